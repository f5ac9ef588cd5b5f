//! `personal_field`: the `personal` column of the field vocabulary.

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "personal_field",
        signature: "personal_field(string) → bool",
        doc: "Whether the field-vocabulary entry `name` is personal data (`personal=#true`); false for an unknown name.",
    },
    params: &[Param::String],
    returns: Returns::Bool,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let name = string_arg(args, 0)?;
    Ok(Value::Bool(
        ctx.index
            .model
            .field(name)
            .is_some_and(|field| field.is_personal()),
    ))
}

/// Whether `name` is personal data in the model's vocabulary.
pub(crate) fn is_personal(model: &khung_model::Model, name: &str) -> bool {
    model.field(name).is_some_and(|field| field.is_personal())
}
