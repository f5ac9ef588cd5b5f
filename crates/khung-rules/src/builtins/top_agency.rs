//! `top_agency`: the ministry, province or national agency an element belongs to.

use khung_model::{Element, ElementRef, Model, Tier};

use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, string_arg};
use crate::eval::error::EvalError;
use crate::eval::index::exists_at;
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "top_agency",
        signature: "top_agency(string) → string",
        doc: "For an agency: its nearest ancestor-or-self of tier `ministry`, `province` or `national` (walking `parent` whatever the lifecycle; a retired agency with a `successor` gives the successor). For a system, dataset, service or project: the same for its `owner`; for an architecture: for its `agency`. `''` when the chain ends or loops before reaching such an agency, and for an unknown id.",
    },
    params: &[Param::String],
    returns: Returns::String,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let id = string_arg(args, 0)?;
    ctx.charge(8)?;
    Ok(Value::str(top_agency(ctx.index.model, ctx.index.as_of, id)))
}

/// The top agency of the element `id` (`''` when there is none).
#[must_use]
pub(crate) fn top_agency<'a>(model: &'a Model, as_of: jiff::civil::Date, id: &str) -> &'a str {
    let start = match model.element(id) {
        Some(ElementRef::Agency(agency)) => agency.id.value.as_str(),
        Some(element) => match element.owner() {
            Some(owner) => owner.value.as_str(),
            None => return "",
        },
        None => return "",
    };
    let mut seen: Vec<&str> = Vec::new();
    let mut current = start;
    loop {
        let Some(agency) = model.agencies.get(current) else {
            return "";
        };
        if seen.contains(&agency.id.value.as_str()) {
            return "";
        }
        seen.push(&agency.id.value);
        let tier = agency.tier.as_ref().map(|tier| tier.value);
        if matches!(tier, Some(Tier::Ministry | Tier::Province | Tier::National)) {
            return successor_of(model, as_of, agency);
        }
        match &agency.parent {
            Some(parent) => current = &parent.value,
            None => return "",
        }
    }
}

/// The agency itself, or, when it is retired at `as_of`, its successor chain's first agency
/// that is not (bounded, so a successor loop ends).
fn successor_of<'a>(
    model: &'a Model,
    as_of: jiff::civil::Date,
    agency: &'a khung_model::Agency,
) -> &'a str {
    let mut current = agency;
    for _ in 0..16 {
        if exists_at(current.lifecycle(), as_of) {
            break;
        }
        let Some(next) = current
            .successor
            .as_ref()
            .and_then(|successor| model.agencies.get(&successor.value))
        else {
            break;
        };
        current = next;
    }
    &current.id.value
}
