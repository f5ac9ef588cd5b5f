//! `referenced`: CORE-004's test, whether anything points at a system.

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "referenced",
        signature: "referenced(string) → bool",
        doc: "Whether the system is an end or a `via` of an existing flow, has `components` or is a component, has a dataset `stored-in` it, is a service's `provided-by` or `portal`, or is named by another system's `monitoring feeds`, `auth citizen` or `auth organisation` (one pass over reverse indexes).",
    },
    params: &[Param::String],
    returns: Returns::Bool,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    Ok(Value::Bool(
        ctx.index
            .reverse()
            .referenced
            .contains(string_arg(args, 0)?),
    ))
}
