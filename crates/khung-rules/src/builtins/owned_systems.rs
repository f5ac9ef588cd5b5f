//! `owned_systems`: Ids of the existing systems whose `owner` is the agency `a` (reverse index; lets an agency rule look at its systems without a comprehension over `systems`).

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, ids, string_arg};
use crate::eval::error::EvalError;
use crate::eval::index::CheckIndex;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "owned_systems",
        signature: "owned_systems(string) → list(string)",
        doc: "Ids of the existing systems whose `owner` is the agency `a` (reverse index; lets an agency rule look at its systems without a comprehension over `systems`). Sorted by id; `[]` for an unknown id.",
    },
    params: &[Param::String],
    returns: Returns::StringList,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let key = string_arg(args, 0)?;
    let found = CheckIndex::lookup(&ctx.index.reverse().owned_systems, key);
    ctx.charge(found.len() as u64)?;
    Ok(ids(found))
}
