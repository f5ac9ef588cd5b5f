//! `days_since`: days from a date to `as_of`.

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, date_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "days_since",
        signature: "days_since(date) → int",
        doc: "Days from `d` to `as_of` (negative when `d` is later); `0` for an absent date.",
    },
    params: &[Param::Date],
    returns: Returns::Int,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    Ok(Value::Int(
        date_arg(args, 0)?.map_or(0, |date| days_between(date, ctx.index.as_of)),
    ))
}

/// Whole days from `from` to `to`.
pub(crate) fn days_between(from: jiff::civil::Date, to: jiff::civil::Date) -> i64 {
    to.since(from)
        .ok()
        .map_or(0, |span| i64::from(span.get_days()))
}
