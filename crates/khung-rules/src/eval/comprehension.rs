//! The list macros at run time: iteration over lists, literal maps and model maps.

use crate::cel::ast::ComprehensionKind;
use crate::eval::access::operand;
use crate::eval::error::EvalError;
use crate::eval::program::Node;
use crate::eval::run::{Ctx, as_bool, eval, type_error};
use crate::eval::value::{List, Value};
use crate::schema::Record;

pub(crate) fn comprehension<'a>(
    kind: ComprehensionKind,
    range: &'a Node,
    slot: usize,
    filter: Option<&'a Node>,
    body: &'a Node,
    body_steps: u64,
    ctx: &mut Ctx<'a>,
) -> Result<Value<'a>, EvalError> {
    // Over a model map, the records come along with the ids (for `VarRecord`).
    let mut records: &'a [Record<'a>] = &[];
    let items: List<'a> = match eval(range, ctx)? {
        Value::List(list) => list,
        Value::Map(map) => {
            List::from_values(map.entries.iter().map(|(key, _)| key.clone()).collect())
        }
        Value::ElementMap(element_kind) => {
            let existing = ctx.index.existing(element_kind);
            records = existing.records.as_slice();
            List::Ids(existing.ids.as_slice())
        }
        other => return Err(type_error("list", &other)),
    };
    let mut count = 0usize;
    let mut mapped = Vec::new();
    for (position, item) in items.iter().enumerate() {
        ctx.charge(1 + body_steps)?;
        let record = records
            .get(position)
            .copied()
            .zip(u32::try_from(position).ok());
        ctx.bind(slot, item.clone(), record);
        match kind {
            ComprehensionKind::All => {
                if !as_bool(operand(body, ctx)?)? {
                    return Ok(Value::Bool(false));
                }
            }
            ComprehensionKind::Exists => {
                if as_bool(operand(body, ctx)?)? {
                    return Ok(Value::Bool(true));
                }
            }
            ComprehensionKind::ExistsOne => {
                if as_bool(operand(body, ctx)?)? {
                    count += 1;
                }
            }
            ComprehensionKind::Filter => {
                if as_bool(operand(body, ctx)?)? {
                    mapped.push(item);
                }
            }
            ComprehensionKind::Map => {
                let keep = match filter {
                    Some(filter) => as_bool(operand(filter, ctx)?)?,
                    None => true,
                };
                if keep {
                    mapped.push(operand(body, ctx)?);
                }
            }
        }
    }
    Ok(match kind {
        ComprehensionKind::All => Value::Bool(true),
        ComprehensionKind::Exists => Value::Bool(false),
        ComprehensionKind::ExistsOne => Value::Bool(count == 1),
        ComprehensionKind::Filter | ComprehensionKind::Map => {
            Value::List(List::from_values(mapped))
        }
    })
}
