//! Constant folding: a sub-expression that reads nothing but constants is evaluated once, when
//! the rule is loaded (so `x in K_NET` does not rebuild the list per element, and an invalid
//! constant date is a load diagnostic).

use std::sync::Arc;

use jiff::civil::Date;
use khung_model::Model;

use crate::eval::error::EvalError;
use crate::eval::index::{CheckIndex, Regime};
use crate::eval::program::{Node, Program};
use crate::eval::run::{Ctx, run};
use crate::eval::value::{List, MapValue, Str, Value};
use crate::schema::Record;

/// Whether `node` can be folded: every operand is a constant and the node reads no context.
pub(crate) fn foldable(node: &Node) -> bool {
    let reads_context = match node {
        // Already constant, or reads the element, the date, the profile, a variable or the
        // model.
        Node::Const(_)
        | Node::Element
        | Node::ElementField(_)
        | Node::ElementHas(_)
        | Node::AsOf
        | Node::Profile
        | Node::ElementMap(_)
        | Node::Var(_)
        | Node::VarRecord(_)
        | Node::IndexElement { .. }
        | Node::InElements(..)
        | Node::Comprehension { .. } => true,
        Node::Call { builtin, .. } => !builtin.pure,
        _ => false,
    };
    if reads_context {
        return false;
    }
    let mut operands = Vec::new();
    node.push_operands(&mut operands);
    operands
        .iter()
        .all(|operand| matches!(operand, Node::Const(_)))
}

/// Evaluates a foldable node into a constant.
pub(crate) fn fold(node: Node) -> Result<Node, EvalError> {
    let model = Model::default();
    let index = CheckIndex::new(&model, Date::constant(2000, 1, 1), "", Regime::Vn2026);
    let program = Program::new(node, 0);
    let mut ctx = Ctx::new(
        &index,
        Record::Empty(crate::schema::RecordKind::Api),
        100_000,
    );
    let value = run(&program, &mut ctx)?;
    Ok(Node::Const(to_static(&value)))
}

/// A deep copy that borrows nothing.
pub(crate) fn to_static(value: &Value<'_>) -> Value<'static> {
    match value {
        Value::Bool(value) => Value::Bool(*value),
        Value::Int(value) => Value::Int(*value),
        Value::Str(text) => Value::Str(Str::Shared(Arc::from(text.as_str()))),
        Value::Date(date) => Value::Date(*date),
        Value::List(list) => Value::List(List::from_values(
            list.iter().map(|item| to_static(&item)).collect(),
        )),
        Value::Map(map) => Value::Map(Arc::new(MapValue::new(
            map.entries
                .iter()
                .map(|(key, value)| (to_static(key), to_static(value)))
                .collect(),
        ))),
        Value::Record(record) => Value::Record(Record::Empty(record.kind())),
        Value::ElementMap(kind) => Value::ElementMap(*kind),
    }
}
