//! The evaluator: runs a [`Program`] on one element with a step budget.

use std::cmp::Ordering;
use std::sync::Arc;

use crate::eval::access::{eval_record, find_element, operand, read_field};
use crate::eval::comprehension::comprehension;
use crate::eval::error::EvalError;
use crate::eval::index::CheckIndex;
use crate::eval::lookup_cache::LookupCache;
use crate::eval::program::{ArithOp, CompareOp, Node, Program, StringTest};
use crate::eval::value::{List, MapValue, Str, Value};

use crate::eval::interner::NO_POSITION;
use crate::schema::{Record, RecordKind};

/// Steps one evaluation may take: its instructions (charged up front, and per iteration for a
/// comprehension's body), loop iterations and units of built-in work.
pub const DEFAULT_STEP_BUDGET: u64 = 2_000_000;

/// The state of one evaluation.
pub struct Ctx<'a> {
    /// The per-check indexes.
    pub index: &'a CheckIndex<'a>,
    /// The element under test.
    pub element: Record<'a>,
    /// The element's position among the existing elements of its kind ([`NO_POSITION`] for an
    /// element in a design state only): where its facts are in the columns.
    pub(crate) element_position: u32,
    pub(crate) vars: Vec<Value<'a>>,
    pub(crate) var_records: Vec<Record<'a>>,
    pub(crate) var_positions: Vec<u32>,
    steps_left: u64,
    budget: u64,
    pub(crate) lookups: LookupCache<'a>,
}

impl<'a> Ctx<'a> {
    /// A context for evaluating programs on `element`.
    #[must_use]
    pub fn new(index: &'a CheckIndex<'a>, element: Record<'a>, budget: u64) -> Ctx<'a> {
        Ctx {
            index,
            element,
            element_position: NO_POSITION,
            vars: Vec::new(),
            var_records: Vec::new(),
            var_positions: Vec::new(),
            steps_left: budget,
            budget,
            lookups: LookupCache::new(),
        }
    }

    /// Binds comprehension variable `slot` (and its record and position, over a model map).
    pub(crate) fn bind(
        &mut self,
        slot: usize,
        value: Value<'a>,
        record: Option<(Record<'a>, u32)>,
    ) {
        if let Some(var) = self.vars.get_mut(slot) {
            *var = value;
        }
        if let (Some((record, position)), Some(var_record), Some(var_position)) = (
            record,
            self.var_records.get_mut(slot),
            self.var_positions.get_mut(slot),
        ) {
            *var_record = record;
            *var_position = position;
        }
    }

    /// Reuses the context for another element (a fresh budget), one without a position among
    /// the existing elements.
    pub fn reset(&mut self, element: Record<'a>) {
        self.reset_at(element, NO_POSITION);
    }

    /// Reuses the context for the existing element at `position` of its kind.
    pub fn reset_at(&mut self, element: Record<'a>, position: u32) {
        self.element = element;
        self.element_position = position;
        self.steps_left = self.budget;
    }

    /// Charges `steps` of work; fails when the budget is spent.
    pub fn charge(&mut self, steps: u64) -> Result<(), EvalError> {
        if self.steps_left < steps {
            self.steps_left = 0;
            return Err(EvalError::Budget { steps: self.budget });
        }
        self.steps_left -= steps;
        Ok(())
    }

    /// Steps used so far.
    #[must_use]
    pub fn steps_used(&self) -> u64 {
        self.budget - self.steps_left
    }
}

/// Runs a program.
pub fn run<'a>(program: &'a Program, ctx: &mut Ctx<'a>) -> Result<Value<'a>, EvalError> {
    if ctx.vars.len() < program.slots {
        ctx.vars.resize(program.slots, Value::Bool(false));
        ctx.var_records
            .resize(program.slots, Record::Empty(RecordKind::Api));
        ctx.var_positions.resize(program.slots, NO_POSITION);
    }
    ctx.charge(program.steps)?;
    eval(&program.root, ctx)
}

/// Runs a program that must give a bool.
#[inline]
pub fn run_bool<'a>(program: &'a Program, ctx: &mut Ctx<'a>) -> Result<bool, EvalError> {
    as_bool(run(program, ctx)?)
}

#[inline]
pub(crate) fn as_bool(value: Value<'_>) -> Result<bool, EvalError> {
    match value {
        Value::Bool(value) => Ok(value),
        other => Err(type_error("bool", &other)),
    }
}

fn as_int(value: &Value<'_>) -> Result<i64, EvalError> {
    match value {
        Value::Int(value) => Ok(*value),
        other => Err(type_error("int", other)),
    }
}

pub(crate) fn type_error(expected: &'static str, found: &Value<'_>) -> EvalError {
    EvalError::Type {
        expected,
        found: found.type_name(),
    }
}

/// Evaluates one instruction. The frequent instructions are here, in a small function; the
/// rest are in [`eval_rare`], so the hot path keeps a small stack frame.
pub(crate) fn eval<'a>(node: &'a Node, ctx: &mut Ctx<'a>) -> Result<Value<'a>, EvalError> {
    Ok(match node {
        // The leaves are read where operands read them.
        Node::Const(_) | Node::ElementField(_) | Node::ElementHas(_) | Node::Var(_) => {
            operand(node, ctx)?
        }
        Node::Element | Node::VarRecord(_) | Node::IndexElement { .. } => {
            Value::Record(eval_record(node, ctx)?.0)
        }
        Node::Field { operand, field } => {
            let (record, position) = eval_record(operand, ctx)?;
            read_field(ctx, field, record, position).unwrap_or_else(|| field.zero())
        }
        Node::HasField { operand, field } => {
            let (record, position) = eval_record(operand, ctx)?;
            Value::Bool(read_field(ctx, field, record, position).is_some())
        }
        Node::Not(inner) => Value::Bool(!as_bool(operand(inner, ctx)?)?),
        Node::And(lhs, rhs) => {
            Value::Bool(as_bool(operand(lhs, ctx)?)? && as_bool(operand(rhs, ctx)?)?)
        }
        Node::Or(lhs, rhs) => {
            Value::Bool(as_bool(operand(lhs, ctx)?)? || as_bool(operand(rhs, ctx)?)?)
        }
        Node::Cond(cond, then, otherwise) => {
            if as_bool(operand(cond, ctx)?)? {
                operand(then, ctx)?
            } else {
                operand(otherwise, ctx)?
            }
        }
        Node::Equals { lhs, rhs, negate } => {
            let lhs = operand(lhs, ctx)?;
            let rhs = operand(rhs, ctx)?;
            Value::Bool(lhs.equals(&rhs) != *negate)
        }
        Node::Compare { op, lhs, rhs } => {
            let lhs = operand(lhs, ctx)?;
            let rhs = operand(rhs, ctx)?;
            let ordering = match (&lhs, &rhs) {
                (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
                (Value::Str(a), Value::Str(b)) => Some(a.as_str().cmp(b.as_str())),
                (Value::Date(Some(a)), Value::Date(Some(b))) => Some(a.cmp(b)),
                // An absent date compares false with every date, in both directions.
                (Value::Date(_), Value::Date(_)) => None,
                _ => return Err(type_error(lhs.type_name(), &rhs)),
            };
            Value::Bool(ordering.is_some_and(|ordering| match op {
                CompareOp::Lt => ordering == Ordering::Less,
                CompareOp::Le => ordering != Ordering::Greater,
                CompareOp::Gt => ordering == Ordering::Greater,
                CompareOp::Ge => ordering != Ordering::Less,
            }))
        }
        Node::InList(item, list) => {
            let item = operand(item, ctx)?;
            let list = operand(list, ctx)?;
            let Value::List(list) = list else {
                return Err(type_error("list", &list));
            };
            ctx.charge(list.len() as u64 / 8)?;
            Value::Bool(match item.as_str() {
                Some(text) => list.contains_str(text),
                None => list.iter().any(|candidate| candidate.equals(&item)),
            })
        }
        Node::InElements(key, kind) => {
            let key = operand(key, ctx)?;
            Value::Bool(match key {
                // A numbered id: one array read, not even the record.
                Value::Str(Str::Id(number, _)) => {
                    ctx.index.interner.position(*kind, number).is_some()
                }
                other => find_element(ctx, *kind, &other).is_some(),
            })
        }
        _ => eval_rare(node, ctx)?,
    })
}

#[inline(never)]
#[expect(
    clippy::too_many_lines,
    reason = "one match over the less frequent instructions"
)]
fn eval_rare<'a>(node: &'a Node, ctx: &mut Ctx<'a>) -> Result<Value<'a>, EvalError> {
    Ok(match node {
        Node::AsOf => Value::Date(Some(ctx.index.as_of)),
        Node::Profile => Value::Str(Str::Borrowed(ctx.index.profile)),
        Node::ElementMap(kind) => Value::ElementMap(*kind),
        Node::MapSelect { operand, key } => {
            let map = eval(operand, ctx)?;
            let key_value = Value::Str(Str::Borrowed(key));
            map_get(&map, &key_value)?
        }
        Node::HasMapKey { operand, key } => match eval(operand, ctx)? {
            Value::Map(map) => Value::Bool(map.get(&Value::Str(Str::Borrowed(key))).is_some()),
            other => return Err(type_error("map", &other)),
        },
        Node::IndexList { list, index } => {
            let list = eval(list, ctx)?;
            let index = as_int(&eval(index, ctx)?)?;
            let Value::List(list) = list else {
                return Err(type_error("list", &list));
            };
            usize::try_from(index)
                .ok()
                .and_then(|position| list.get(position))
                .ok_or(EvalError::IndexOutOfRange {
                    index,
                    len: list.len(),
                })?
        }
        Node::IndexMap { map, key } => {
            let map = eval(map, ctx)?;
            let key = eval(key, ctx)?;
            map_get(&map, &key)?
        }
        Node::Neg(operand) => {
            let value = as_int(&eval(operand, ctx)?)?;
            Value::Int(value.checked_neg().ok_or(EvalError::Overflow)?)
        }
        Node::Arith { op, lhs, rhs } => {
            let a = as_int(&eval(lhs, ctx)?)?;
            let b = as_int(&eval(rhs, ctx)?)?;
            let result = match op {
                ArithOp::Add => a.checked_add(b),
                ArithOp::Sub => a.checked_sub(b),
                ArithOp::Mul => a.checked_mul(b),
                ArithOp::Div | ArithOp::Rem if b == 0 => return Err(EvalError::DivisionByZero),
                ArithOp::Div => a.checked_div(b),
                ArithOp::Rem => a.checked_rem(b),
            };
            Value::Int(result.ok_or(EvalError::Overflow)?)
        }
        Node::Concat(lhs, rhs) => {
            let lhs = eval(lhs, ctx)?;
            let rhs = eval(rhs, ctx)?;
            match (&lhs, &rhs) {
                (Value::Str(a), Value::Str(b)) => {
                    ctx.charge(((a.as_str().len() + b.as_str().len()) / 64) as u64)?;
                    let joined: Arc<str> = format!("{}{}", a.as_str(), b.as_str()).into();
                    Value::Str(Str::Shared(joined))
                }
                _ => return Err(type_error("string", &rhs)),
            }
        }
        Node::ListConcat(lhs, rhs) => {
            let (Value::List(a), Value::List(b)) = (eval(lhs, ctx)?, eval(rhs, ctx)?) else {
                return Err(EvalError::Type {
                    expected: "list",
                    found: "other",
                });
            };
            ctx.charge((a.len() + b.len()) as u64)?;
            Value::List(List::from_values(a.iter().chain(b.iter()).collect()))
        }
        Node::InMap(key, map) => {
            let key = eval(key, ctx)?;
            match eval(map, ctx)? {
                Value::Map(map) => Value::Bool(map.get(&key).is_some()),
                Value::ElementMap(kind) => Value::Bool(find_element(ctx, kind, &key).is_some()),
                other => return Err(type_error("map", &other)),
            }
        }
        Node::ListLiteral(items) => {
            let mut values = Vec::with_capacity(items.len());
            for item in items {
                values.push(eval(item, ctx)?);
            }
            Value::List(List::from_values(values))
        }
        Node::MapLiteral(entries) => {
            let mut values = Vec::with_capacity(entries.len());
            for (key, value) in entries {
                values.push((eval(key, ctx)?, eval(value, ctx)?));
            }
            Value::Map(Arc::new(MapValue::new(values)))
        }
        Node::Size(operand) => {
            let size = match eval(operand, ctx)? {
                Value::Str(text) => text.as_str().chars().count(),
                Value::List(list) => list.len(),
                Value::Map(map) => map.entries.len(),
                Value::ElementMap(kind) => ctx.index.existing(kind).ids.len(),
                other => return Err(type_error("list", &other)),
            };
            Value::Int(i64::try_from(size).unwrap_or(i64::MAX))
        }
        Node::StringTest {
            test,
            receiver,
            argument,
        } => {
            let receiver = eval(receiver, ctx)?;
            let argument = eval(argument, ctx)?;
            let (Some(text), Some(part)) = (receiver.as_str(), argument.as_str()) else {
                return Err(type_error("string", &receiver));
            };
            Value::Bool(match test {
                StringTest::StartsWith => text.starts_with(part),
                StringTest::EndsWith => text.ends_with(part),
                StringTest::Contains => text.contains(part),
            })
        }
        Node::Matches { receiver, regex } => {
            let receiver = eval(receiver, ctx)?;
            let text = receiver
                .as_str()
                .ok_or_else(|| type_error("string", &receiver))?;
            ctx.charge(text.len() as u64 / 16)?;
            Value::Bool(regex.is_match(text))
        }
        Node::Call { builtin, args } => {
            let mut values = Vec::with_capacity(args.len());
            for arg in args {
                values.push(eval(arg, ctx)?);
            }
            (builtin.call)(ctx, &values)?
        }
        Node::Comprehension {
            kind,
            range,
            slot,
            filter,
            body,
            body_steps,
        } => comprehension(
            *kind,
            range,
            *slot,
            filter.as_deref(),
            body,
            *body_steps,
            ctx,
        )?,
        // Every other instruction is handled by `eval`, which never sends it here.
        _ => {
            return Err(EvalError::Type {
                expected: "instruction",
                found: "other",
            });
        }
    })
}

fn map_get<'a>(map: &Value<'a>, key: &Value<'_>) -> Result<Value<'a>, EvalError> {
    match map {
        Value::Map(entries) => entries
            .get(key)
            .cloned()
            .ok_or_else(|| EvalError::MissingKey {
                map: "map".to_owned(),
                key: key.render(),
            }),
        other => Err(type_error("map", other)),
    }
}

/// The CEL name of a model map.
#[must_use]
pub fn map_name(kind: khung_model::ElementKind) -> &'static str {
    use khung_model::ElementKind;
    match kind {
        ElementKind::Agency => "agencies",
        ElementKind::System => "systems",
        ElementKind::Dataset => "datasets",
        ElementKind::Flow => "flows",
        ElementKind::Service => "services",
        ElementKind::Zone => "zones",
        ElementKind::Project => "projects",
        ElementKind::Architecture => "architectures",
    }
}
