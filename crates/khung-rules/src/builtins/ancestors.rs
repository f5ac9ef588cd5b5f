//! `ancestors`: the `parent` chain of an agency or zone.

use khung_model::ElementRef;

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::{List, Value};

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "ancestors",
        signature: "ancestors(string) → list(string)",
        doc: "The `parent` chain of an agency or zone, nearest first, stopping at the first repeat, so `id in ancestors(id)` holds exactly on a cycle. Ids whether or not they exist at `as_of` (test `p in agencies` before indexing). `[]` for other kinds and unknown ids.",
    },
    params: &[Param::String],
    returns: Returns::StringList,
    pure: false,
    call,
};

fn parent_of<'a>(model: &'a khung_model::Model, id: &str) -> Option<&'a str> {
    match model.element(id)? {
        ElementRef::Agency(agency) => agency.parent.as_ref().map(|p| p.value.as_str()),
        ElementRef::Zone(zone) => zone.parent.as_ref().map(|p| p.value.as_str()),
        _ => None,
    }
}

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let id = string_arg(args, 0)?;
    let model = ctx.index.model;
    let mut chain: Vec<&'a str> = Vec::new();
    let mut current = parent_of(model, id);
    while let Some(parent) = current {
        ctx.charge(1)?;
        if chain.contains(&parent) {
            break;
        }
        chain.push(parent);
        if parent == id {
            break;
        }
        current = parent_of(model, parent);
    }
    Ok(Value::List(List::from_values(
        chain.into_iter().map(Value::str).collect(),
    )))
}
