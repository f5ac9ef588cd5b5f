//! `carries_sensitive`: whether a flow carries sensitive personal data.

use khung_model::{ElementKind, PersonalLevel};

use crate::builtins::sensitive_field::is_sensitive;
use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, existing_dataset, flow_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "carries_sensitive",
        signature: "carries_sensitive(string) → bool; carries_sensitive(flow) → bool",
        doc: "As `carries_personal`, with `personal == 'sensitive'` and `sensitive_field` (the active profile's sensitivity column).",
    },
    params: &[Param::IdOr(ElementKind::Flow)],
    returns: Returns::Bool,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let Some(flow) = flow_arg(ctx, args, 0)? else {
        return Ok(Value::Bool(false));
    };
    if !flow.fields.is_empty() {
        return Ok(Value::Bool(
            flow.fields
                .iter()
                .any(|field| is_sensitive(ctx, &field.value)),
        ));
    }
    ctx.charge(flow.data.len() as u64)?;
    Ok(Value::Bool(flow.data.iter().any(|id| {
        existing_dataset(ctx, &id.value).is_some_and(|dataset| {
            matches!(
                dataset.personal.as_ref().map(|p| p.value),
                Some(PersonalLevel::Sensitive)
            ) || dataset
                .fields
                .iter()
                .any(|field| is_sensitive(ctx, &field.value))
        })
    })))
}
