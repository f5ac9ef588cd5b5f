//! `path_via`: whether every path between two systems passes a system of a kind.

use crate::builtins::reachable::search;
use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "path_via",
        signature: "path_via(string, string, string) → bool",
        doc: "Whether `b` is reachable from `a` along existing flows and every such path passes, between its ends, an existing system whose `kind` is `kind`.",
    },
    params: &[Param::String, Param::String, Param::String],
    returns: Returns::Bool,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let from = string_arg(args, 0)?;
    let to = string_arg(args, 1)?;
    let kind = string_arg(args, 2)?;
    if !search(ctx, from, to, |_| true)? {
        return Ok(Value::Bool(false));
    }
    let index = ctx.index;
    let avoids_kind = |id: &str| {
        index
            .model
            .systems
            .get(id)
            .and_then(|system| system.kind.as_ref())
            .is_none_or(|system_kind| system_kind.value.as_str() != kind)
    };
    Ok(Value::Bool(!search(ctx, from, to, avoids_kind)?))
}
