//! `min_level`: the minimum security level of a system under the active profile's criteria
//! (`security-levels.md` §3). Also the subject counts `sb`/`ss` it derives (§1.3).

use std::collections::BTreeSet;

use khung_model::lifecycle::type_of_kind;
use khung_model::{
    DefenceImpact, ElementKind, IcsClass, InfoClass, PersonalLevel, Scope, System, SystemType, Tier,
};

use crate::builtins::top_agency::top_agency;
use crate::builtins::{Builtin, BuiltinDoc, Param, Returns, existing_system, system_arg};
use crate::eval::error::EvalError;
use crate::eval::index::{CheckIndex, Regime};
use crate::eval::run::Ctx;
use crate::eval::value::Value;

pub(crate) const DEF: Builtin = Builtin {
    doc: BuiltinDoc {
        name: "min_level",
        signature: "min_level(string) → int; min_level(system) → int",
        doc: "The minimum security level (1–5) of the system computed from its facts under the active profile's criteria (Decree 85/2016 for `vn-2019`, Decree 331/2026 for `vn-2026`; `security-levels.md`), the highest over the system and its existing components, transitively (a component cycle is cut at the first repeat). A lower bound: absent facts contribute nothing. `0` for an unknown id. Memoised per check.",
    },
    params: &[Param::IdOr(ElementKind::System)],
    returns: Returns::Int,
    pure: false,
    call,
};

fn call<'a>(ctx: &mut Ctx<'a>, args: &[Value<'a>]) -> Result<Value<'a>, EvalError> {
    let Some(system) = system_arg(ctx, args, 0)? else {
        return Ok(Value::Int(0));
    };
    let id = system.id.value.as_str();
    if let Some(level) = ctx.index.min_level_memo.borrow().get(id) {
        return Ok(Value::Int(*level));
    }
    // The system itself (which may be a design-stage system that does not exist) and every
    // existing system reachable through `components`.
    let mut members: BTreeSet<&'a str> = BTreeSet::new();
    let mut level = base_level(ctx.index, system);
    let mut stack: Vec<&'a str> = system.components.iter().map(|c| c.value.as_str()).collect();
    while let Some(next) = stack.pop() {
        ctx.charge(4)?;
        let Some(component) = existing_system(ctx, next) else {
            continue;
        };
        if component.id.value == id || !members.insert(component.id.value.as_str()) {
            continue;
        }
        level = level.max(base_level(ctx.index, component));
        stack.extend(component.components.iter().map(|c| c.value.as_str()));
    }
    ctx.index.min_level_memo.borrow_mut().insert(id, level);
    Ok(Value::Int(level))
}

/// The Decree 85 type of a system: written, filled from the kind, else `other`.
fn system_type(system: &System) -> SystemType {
    system
        .r#type
        .as_ref()
        .map(|ty| ty.value)
        .or_else(|| system.kind.as_ref().map(|kind| type_of_kind(kind.value)))
        .unwrap_or(SystemType::Other)
}

fn flag(value: Option<&khung_diag::Spanned<bool>>) -> bool {
    value.is_some_and(|value| value.value)
}

/// The existing datasets stored in the system.
fn stored_datasets<'i, 'a: 'i>(
    index: &'i CheckIndex<'a>,
    id: &str,
) -> impl Iterator<Item = &'a khung_model::Dataset> + 'i {
    CheckIndex::lookup(&index.reverse().stored, id)
        .iter()
        .filter_map(move |dataset_id| {
            match index.existing(ElementKind::Dataset).by_id.get(dataset_id) {
                Some(crate::schema::Record::Dataset(dataset)) => Some(*dataset),
                _ => None,
            }
        })
}

/// `sb(id)`: distinct persons whose basic personal data the system processes.
pub(crate) fn subjects_basic(index: &CheckIndex<'_>, system: &System) -> i64 {
    if let Some(subjects) = &system.subjects {
        return subjects.basic.as_ref().map_or(0, |basic| basic.value);
    }
    stored_datasets(index, &system.id.value)
        .filter(|dataset| {
            matches!(
                dataset.personal.as_ref().map(|p| p.value),
                Some(PersonalLevel::Basic | PersonalLevel::Sensitive)
            )
        })
        .filter_map(|dataset| dataset.subjects.as_ref().map(|s| s.value))
        .max()
        .unwrap_or(0)
}

/// `ss(id)`: distinct persons whose sensitive personal data the system processes.
pub(crate) fn subjects_sensitive(index: &CheckIndex<'_>, system: &System) -> i64 {
    if let Some(subjects) = &system.subjects {
        return subjects
            .sensitive
            .as_ref()
            .map_or(0, |sensitive| sensitive.value);
    }
    stored_datasets(index, &system.id.value)
        .filter(|dataset| {
            matches!(
                dataset.personal.as_ref().map(|p| p.value),
                Some(PersonalLevel::Sensitive)
            )
        })
        .filter_map(|dataset| dataset.subjects.as_ref().map(|s| s.value))
        .max()
        .unwrap_or(0)
}

/// `base(s, p)` of `security-levels.md` §3.1.
#[must_use]
pub(crate) fn base_level(index: &CheckIndex<'_>, system: &System) -> i64 {
    let regime = index.regime;
    let ty = system_type(system);
    let has_info = |class: InfoClass| system.info.iter().any(|info| info.value == class);
    let defence = system.defence_impact.as_ref().map(|d| d.value);
    let sb = subjects_basic(index, system);
    let ss = subjects_sensitive(index, system);
    let personal = has_info(InfoClass::Personal)
        || sb > 0
        || ss > 0
        || stored_datasets(index, &system.id.value).any(|dataset| {
            matches!(
                dataset.personal.as_ref().map(|p| p.value),
                Some(PersonalLevel::Basic | PersonalLevel::Sensitive)
            )
        });
    let scope = system.scope.as_ref().map(|s| s.value);
    let top = top_agency(index.model, index.as_of, &system.id.value);
    let national = scope == Some(Scope::National)
        || (!top.is_empty()
            && index
                .model
                .agencies
                .get(top)
                .and_then(|agency| agency.tier.as_ref())
                .is_some_and(|tier| tier.value == Tier::National));
    let ics_class = system.ics_class.as_ref().map(|c| c.value);
    let national_security = flag(system.national_security.as_ref());

    let mut level = 1;
    let mut raise = |to: i64| level = level.max(to);
    // A. information class and defence
    if has_info(InfoClass::StateSecret) || defence == Some(DefenceImpact::Harm) {
        raise(3);
    }
    if defence == Some(DefenceImpact::Serious) {
        raise(4);
    }
    if defence == Some(DefenceImpact::EspeciallySerious) {
        raise(5);
    }
    // B. internal / other
    if matches!(ty, SystemType::Internal | SystemType::Other)
        && (has_info(InfoClass::Private) || personal)
    {
        raise(2);
    }
    // C. citizen-facing
    if ty == SystemType::CitizenService {
        raise(2);
        if flag(system.conditional_business.as_ref()) {
            raise(3);
        }
        match regime {
            Regime::Vn2019 => {
                let public_service_level =
                    system.public_service_level.as_ref().map_or(0, |l| l.value);
                if public_service_level >= 3 || sb.max(ss) >= 10_000 {
                    raise(3);
                }
            }
            Regime::Vn2026 => {
                if sb >= 100_000 || ss >= 10_000 {
                    raise(3);
                }
            }
        }
    }
    // D. TTHC (vn-2026 only; any type)
    if regime == Regime::Vn2026 && flag(system.handles_tthc.as_ref()) {
        raise(3);
    }
    // E. infrastructure
    if ty == SystemType::Infrastructure {
        raise(2);
        if matches!(
            scope,
            Some(Scope::Sector | Scope::Province | Scope::MultiProvince | Scope::National)
        ) {
            raise(3);
        }
    }
    // F. national system, 24/7
    if national && flag(system.ops_24x7.as_ref()) && ty != SystemType::Ics {
        raise(4);
    }
    // G. industrial control
    if ty == SystemType::Ics {
        raise(3);
        if ics_class == Some(IcsClass::I) {
            raise(4);
        }
        if ics_class == Some(IcsClass::Special) {
            raise(5);
        }
        if regime == Regime::Vn2019 && national_security {
            raise(5);
        }
    }
    // H. other level-5 facts
    if flag(system.critical_national_data.as_ref()) || flag(system.international_link.as_ref()) {
        raise(5);
    }
    if regime == Regime::Vn2026 && national_security {
        raise(5);
    }
    level
}

/// `min_level` of every workspace system of `model` at `as_of` under `profile`, by id, over one
/// index (the built-in memoises across systems, so this is linear in the model). The security
/// view and the report read these; they do not compute policy themselves.
#[must_use]
pub fn min_levels(
    model: &khung_model::Model,
    profile: &str,
    as_of: jiff::civil::Date,
) -> std::collections::BTreeMap<String, i64> {
    let index = CheckIndex::new(model, as_of, profile, Regime::of_profile(profile));
    model
        .systems
        .iter()
        .filter(|(id, _)| model.is_workspace(id))
        .filter_map(|(id, system)| Some((id.clone(), level_with(&index, system)?)))
        .collect()
}

/// `min_level` of the system `id` in `model` at `as_of` under `profile`; `0` for an unknown id.
#[must_use]
pub fn min_level_of(
    model: &khung_model::Model,
    profile: &str,
    as_of: jiff::civil::Date,
    id: &str,
) -> i64 {
    let Some(system) = model.systems.get(id) else {
        return 0;
    };
    let index = CheckIndex::new(model, as_of, profile, Regime::of_profile(profile));
    level_with(&index, system).unwrap_or(0)
}

/// Calls the built-in on one system over an existing index.
fn level_with<'a>(index: &'a CheckIndex<'a>, system: &'a khung_model::System) -> Option<i64> {
    let record = crate::schema::Record::System(system);
    let mut ctx = Ctx::new(index, record, crate::eval::run::DEFAULT_STEP_BUDGET);
    match call(&mut ctx, &[Value::Record(record)]) {
        Ok(Value::Int(level)) => Some(level),
        _ => None,
    }
}
