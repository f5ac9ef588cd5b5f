//! The minimum security level of every workspace system, computed once per report by the rule
//! engine's `min_level` built-in (the report does not compute policy itself).

use std::collections::BTreeMap;

use jiff::civil::Date;
use khung_model::Model;
use khung_rules::builtins::lookup;
use khung_rules::eval::index::{CheckIndex, Regime};
use khung_rules::eval::run::{Ctx, DEFAULT_STEP_BUDGET};
use khung_rules::eval::value::Value;
use khung_rules::schema::Record;

/// `min_level` of each workspace system at `as_of` under `profile`, by id. One index is built
/// for all of them (the built-in memoises across systems), so this is linear in the model.
#[must_use]
pub fn min_levels(model: &Model, profile: &str, as_of: Date) -> BTreeMap<String, i64> {
    let mut levels = BTreeMap::new();
    let Some(builtin) = lookup("min_level") else {
        return levels;
    };
    // The same choice of criteria as the rule engine's (`vn-2019`: Decree 85).
    let regime = if profile == "vn-2019" {
        Regime::Vn2019
    } else {
        Regime::Vn2026
    };
    let index = CheckIndex::new(model, as_of, profile, regime);
    for (id, system) in &model.systems {
        if !model.is_workspace(id) {
            continue;
        }
        let record = Record::System(system);
        let mut ctx = Ctx::new(&index, record, DEFAULT_STEP_BUDGET);
        if let Ok(Value::Int(level)) = (builtin.call)(&mut ctx, &[Value::Record(record)]) {
            levels.insert(id.clone(), level);
        }
    }
    levels
}
