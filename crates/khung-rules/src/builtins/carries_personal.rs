//! `carries_personal`: whether a flow carries personal data.

use khung_model::{ElementKind, PersonalLevel};

use crate::builtins::personal_field::is_personal;
use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, existing_dataset, flow_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "carries_personal",
        signature: "carries_personal(string) → bool; carries_personal(flow) → bool",
        doc: "If the flow lists `fields`, whether any of them is personal (`personal_field`); otherwise whether any existing dataset in its `data` has `personal` basic or sensitive or a personal field; otherwise false.",
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
    let model = ctx.index.model;
    if !flow.fields.is_empty() {
        return Ok(Value::Bool(
            flow.fields
                .iter()
                .any(|field| is_personal(model, &field.value)),
        ));
    }
    ctx.charge(flow.data.len() as u64)?;
    Ok(Value::Bool(flow.data.iter().any(|id| {
        existing_dataset(ctx, &id.value).is_some_and(|dataset| {
            matches!(
                dataset.personal.as_ref().map(|p| p.value),
                Some(PersonalLevel::Basic | PersonalLevel::Sensitive)
            ) || dataset
                .fields
                .iter()
                .any(|field| is_personal(model, &field.value))
        })
    })))
}
