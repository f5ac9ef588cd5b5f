//! How the evaluator reads the model: an operand's value (the frequent leaves inline), a
//! record's field (from its per-check column when the record has a position, else through the
//! schema's accessor), and an element by id (a numbered id by one array read, any other through
//! the id table and the context's memo).

use khung_model::ElementKind;

use crate::eval::error::EvalError;
use crate::eval::interner::NO_POSITION;
use crate::eval::program::Node;
use crate::eval::run::{Ctx, eval, map_name, type_error};
use crate::eval::value::{Str, Value};
use crate::schema::{FieldSchema, Record, RecordKind};

/// Evaluates an operand: the leaves most operands are (constants, the element's facts,
/// variables) inline, without a call; the rest through [`eval`].
#[inline(always)]
pub(crate) fn operand<'a>(node: &'a Node, ctx: &mut Ctx<'a>) -> Result<Value<'a>, EvalError> {
    match node {
        Node::Const(value) => Ok(Value::reborrow(value)),
        Node::ElementField(field) => Ok(read_field(ctx, field, ctx.element, ctx.element_position)
            .unwrap_or_else(|| field.zero())),
        Node::ElementHas(field) => Ok(Value::Bool(
            read_field(ctx, field, ctx.element, ctx.element_position).is_some(),
        )),
        Node::Var(slot) => Ok(ctx.vars.get(*slot).cloned().unwrap_or(Value::Bool(false))),
        _ => eval(node, ctx),
    }
}

/// A record field, from its column when the record has a position, else by its accessor.
#[inline]
pub(crate) fn read_field<'a>(
    ctx: &Ctx<'a>,
    field: &'a FieldSchema,
    record: Record<'a>,
    position: u32,
) -> Option<Value<'a>> {
    match ctx.index.column(field, position) {
        Some(value) => value,
        None => (field.get)(&record),
    }
}

/// Evaluates an instruction that gives a record, with the record's position among the existing
/// elements of its kind when it has one ([`NO_POSITION`] otherwise).
#[inline]
pub(crate) fn eval_record<'a>(
    node: &'a Node,
    ctx: &mut Ctx<'a>,
) -> Result<(Record<'a>, u32), EvalError> {
    Ok(match node {
        Node::Element => (ctx.element, ctx.element_position),
        Node::VarRecord(slot) => (
            ctx.var_records
                .get(*slot)
                .copied()
                .unwrap_or(Record::Empty(RecordKind::Api)),
            ctx.var_positions.get(*slot).copied().unwrap_or(NO_POSITION),
        ),
        Node::IndexElement { kind, key } => index_element(*kind, key, ctx)?,
        other => match eval(other, ctx)? {
            Value::Record(record) => (record, NO_POSITION),
            value => return Err(type_error("record", &value)),
        },
    })
}

/// `systems[key]`: the record and its position; a missing id is an error.
fn index_element<'a>(
    kind: ElementKind,
    key: &'a Node,
    ctx: &mut Ctx<'a>,
) -> Result<(Record<'a>, u32), EvalError> {
    let key = operand(key, ctx)?;
    match find_element(ctx, kind, &key) {
        Some(found) => Ok(found),
        None => Err(EvalError::MissingKey {
            map: map_name(kind).to_owned(),
            key: key
                .as_str()
                .ok_or_else(|| type_error("string", &key))?
                .to_owned(),
        }),
    }
}

/// The existing element of `kind` whose id is `key`, with its position (`None` for a missing
/// id or a key that is not a string). A numbered id is found by one array read; ids borrowed
/// from the model or the program go through the context's memo.
#[inline]
pub(crate) fn find_element<'a>(
    ctx: &mut Ctx<'a>,
    kind: ElementKind,
    key: &Value<'a>,
) -> Option<(Record<'a>, u32)> {
    let existing = ctx.index.existing(kind);
    match key {
        Value::Str(Str::Id(number, _)) => {
            let position = ctx.index.interner.position(kind, *number)?;
            existing
                .records
                .get(position as usize)
                .map(|record| (*record, position))
        }
        Value::Str(Str::Borrowed(id)) => ctx.lookups.find(ctx.index, kind, id),
        other => {
            let position = existing.by_id.position(other.as_str()?)?;
            Some((
                *existing.records.get(position)?,
                u32::try_from(position).ok()?,
            ))
        }
    }
}
