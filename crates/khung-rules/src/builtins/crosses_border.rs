//! `crosses_border`: whether a flow has an end or a `via` hosted outside Viet Nam.

use khung_model::ElementKind;

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, existing_system, flow_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "crosses_border",
        signature: "crosses_border(string) → bool; crosses_border(flow) → bool",
        doc: "Whether the flow's `from`, `to` or any `via` is an existing system hosted outside Viet Nam (`hosting country` other than `VN`; an absent country counts as `VN`).",
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
    let abroad = |id: &str| {
        existing_system(ctx, id).is_some_and(|system| {
            system
                .hosting
                .as_ref()
                .and_then(|hosting| hosting.country.as_ref())
                .is_some_and(|country| !country.value.is_empty() && country.value != "VN")
        })
    };
    Ok(Value::Bool(flow.path().any(|hop| abroad(&hop.value))))
}
