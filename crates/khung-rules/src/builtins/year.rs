//! `year`: the year of a date.

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, date_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "year",
        signature: "year(date) → int",
        doc: "The year of `d`; `0` for an absent date.",
    },
    params: &[Param::Date],
    returns: Returns::Int,
    pure: true,
    call,
};

fn call<'a>(_ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    Ok(Value::Int(
        date_arg(args, 0)?.map_or(0, |date| i64::from(date.year())),
    ))
}
