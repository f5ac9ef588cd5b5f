//! `api_sys`: the system part of an api reference `<system>/<api>`.

use std::sync::Arc;

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::{Str, Value};

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "api_sys",
        signature: "api_sys(string) → string",
        doc: "The part of an api reference `<system>/<api>` before `/` (the whole text when it has no `/`); `''` for `''`.",
    },
    params: &[Param::String],
    returns: Returns::String,
    pure: true,
    call,
};

fn call<'a>(_ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let reference = string_arg(args, 0)?;
    let system = reference
        .split_once('/')
        .map_or(reference, |(system, _)| system);
    let borrowed = match args.first() {
        Some(Value::Str(text)) => text.as_borrowed(),
        _ => None,
    };
    Ok(match borrowed {
        // The model's own text: no copy.
        Some(text) => Value::Str(Str::Borrowed(
            text.split_once('/').map_or(text, |(system, _)| system),
        )),
        None => Value::Str(Str::Shared(Arc::from(system))),
    })
}
