//! `months_ago`: `as_of` minus a number of calendar months.

use jiff::ToSpan;

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, int_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "months_ago",
        signature: "months_ago(int) → date",
        doc: "`as_of` minus `n` calendar months, the day clamped to the end of the month (2026-05-31 minus 3 months is 2026-02-28).",
    },
    params: &[Param::Int],
    returns: Returns::Date,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let months = int_arg(args, 0)?;
    let as_of = ctx.index.as_of;
    let invalid = || EvalError::InvalidDate {
        text: format!("months_ago({months})"),
    };
    let months = i32::try_from(months).map_err(|_| invalid())?;
    // jiff clamps the day to the month's end when adding calendar months.
    as_of
        .checked_sub(months.months())
        .map(|date| Value::Date(Some(date)))
        .map_err(|_| invalid())
}
