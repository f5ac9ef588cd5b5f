//! `ws`: whether an element comes from the workspace's own files.

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "ws",
        signature: "ws(string) → bool",
        doc: "Whether the element `id` comes from the workspace's own files (origin `workspace`, or the reference agency the manifest names and the model `extend`s); false for reference and imported elements and for unknown ids.",
    },
    params: &[Param::String],
    returns: Returns::Bool,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    Ok(Value::Bool(
        ctx.index.model.is_workspace(string_arg(args, 0)?),
    ))
}
