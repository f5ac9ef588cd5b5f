//! `sensitive_field`: the sensitivity column of the field vocabulary for the active profile.

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "sensitive_field",
        signature: "sensitive_field(string) → bool",
        doc: "Whether the field-vocabulary entry `name` is sensitive personal data under the active profile (`sensitive=\"vn-2019 vn-2026\"`); false for an unknown name.",
    },
    params: &[Param::String],
    returns: Returns::Bool,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let name = string_arg(args, 0)?;
    Ok(Value::Bool(is_sensitive(ctx, name)))
}

/// Whether `name` is sensitive under the active regime.
pub(crate) fn is_sensitive(ctx: &Ctx<'_>, name: &str) -> bool {
    ctx.index
        .model
        .field(name)
        .is_some_and(|field| field.is_sensitive(ctx.index.regime.as_str()))
}
