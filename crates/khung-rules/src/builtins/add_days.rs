//! `add_days`: a date plus a number of days.

use jiff::ToSpan;

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, date_arg, int_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "add_days",
        signature: "add_days(date, int) → date",
        doc: "`d` plus `n` days (`n` may be negative); an absent date stays absent.",
    },
    params: &[Param::Date, Param::Int],
    returns: Returns::Date,
    pure: true,
    call,
};

fn call<'a>(_ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let days = int_arg(args, 1)?;
    let Some(date) = date_arg(args, 0)? else {
        return Ok(Value::Date(None));
    };
    let invalid = || EvalError::InvalidDate {
        text: format!("add_days({date}, {days})"),
    };
    let days = i32::try_from(days).map_err(|_| invalid())?;
    date.checked_add(days.days())
        .map(|date| Value::Date(Some(date)))
        .map_err(|_| invalid())
}
