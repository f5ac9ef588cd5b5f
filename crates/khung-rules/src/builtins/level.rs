//! `level`: the declared security level of a system.

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, system_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;
use khung_model::ElementKind;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "level",
        signature: "level(string) → int; level(system) → int",
        doc: "The declared `security-level` value of the system; `0` when none is declared or the id is unknown.",
    },
    params: &[Param::IdOr(ElementKind::System)],
    returns: Returns::Int,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let level = system_arg(ctx, args, 0)?
        .and_then(|system| system.security_level.as_ref())
        .and_then(|level| level.value.as_ref())
        .map_or(0, |value| value.value);
    Ok(Value::Int(level))
}
