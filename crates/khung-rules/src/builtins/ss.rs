//! `ss`: sensitive-data subject count of a system.

use crate::builtins::min_level::subjects_sensitive;
use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, system_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "ss",
        signature: "ss(string) → int",
        doc: "Distinct persons whose sensitive personal data the system processes: `subjects sensitive=` when the system writes `subjects`, else the largest `subjects` of its existing stored datasets with `personal` sensitive (`security-levels.md` §1.3). `0` for an unknown id.",
    },
    params: &[Param::String],
    returns: Returns::Int,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    Ok(Value::Int(
        system_arg(ctx, args, 0)?.map_or(0, |system| subjects_sensitive(ctx.index, system)),
    ))
}
