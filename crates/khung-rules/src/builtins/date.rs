//! `date`: a date from year, month and day.

use jiff::civil::Date;

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, int_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "date",
        signature: "date(int, int, int) → date",
        doc: "The date `y-m-d`. An invalid date with constant arguments is a load diagnostic, otherwise a `rule-error`. There is no one-argument `date()`: an ISO string literal compared with a date is converted at load time.",
    },
    params: &[Param::Int, Param::Int, Param::Int],
    returns: Returns::Date,
    pure: true,
    call,
};

fn call<'a>(_ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let (year, month, day) = (int_arg(args, 0)?, int_arg(args, 1)?, int_arg(args, 2)?);
    let invalid = || EvalError::InvalidDate {
        text: format!("date({year}, {month}, {day})"),
    };
    let year = i16::try_from(year).map_err(|_| invalid())?;
    let month = i8::try_from(month).map_err(|_| invalid())?;
    let day = i8::try_from(day).map_err(|_| invalid())?;
    Date::new(year, month, day)
        .map(|date| Value::Date(Some(date)))
        .map_err(|_| invalid())
}
