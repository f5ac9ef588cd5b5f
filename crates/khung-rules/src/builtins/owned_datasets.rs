//! `owned_datasets`: Ids of the existing datasets whose `owner` is the agency `a` (reverse index).

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, ids, string_arg};
use crate::eval::error::EvalError;
use crate::eval::index::CheckIndex;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "owned_datasets",
        signature: "owned_datasets(string) → list(string)",
        doc: "Ids of the existing datasets whose `owner` is the agency `a` (reverse index). Sorted by id; `[]` for an unknown id.",
    },
    params: &[Param::String],
    returns: Returns::StringList,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let key = string_arg(args, 0)?;
    let found = CheckIndex::lookup(&ctx.index.reverse().owned_datasets, key);
    ctx.charge(found.len() as u64)?;
    Ok(ids(found))
}
