//! `days_until`: days from `as_of` to a date.

use crate::builtins::days_since::days_between;
use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, date_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "days_until",
        signature: "days_until(date) → int",
        doc: "Days from `as_of` to `d` (negative when `d` is earlier); `0` for an absent date.",
    },
    params: &[Param::Date],
    returns: Returns::Int,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    Ok(Value::Int(
        date_arg(args, 0)?.map_or(0, |date| days_between(ctx.index.as_of, date)),
    ))
}
