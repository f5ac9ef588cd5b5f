//! `component_closure`: every system reachable through `components`.

use std::collections::BTreeSet;

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, existing_system, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::{List, Value};

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "component_closure",
        signature: "component_closure(string) → list(string)",
        doc: "The existing systems reachable from `id` through `components`, transitively, stopping at repeats, sorted by id; excludes `id` unless a cycle leads back to it.",
    },
    params: &[Param::String],
    returns: Returns::StringList,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let id = string_arg(args, 0)?;
    let model = ctx.index.model;
    let mut found: BTreeSet<&'a str> = BTreeSet::new();
    let mut stack: Vec<&'a str> = model
        .systems
        .get(id)
        .map(|system| system.components.iter().map(|c| c.value.as_str()).collect())
        .unwrap_or_default();
    while let Some(next) = stack.pop() {
        ctx.charge(1)?;
        let Some(system) = existing_system(ctx, next) else {
            continue;
        };
        if found.insert(system.id.value.as_str()) {
            stack.extend(system.components.iter().map(|c| c.value.as_str()));
        }
    }
    Ok(Value::List(List::from_values(
        found.into_iter().map(Value::str).collect(),
    )))
}
