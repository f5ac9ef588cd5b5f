//! The minimum security level of every workspace system, computed by the rule engine's
//! `min_level` built-in over one index (the report does not compute policy itself).

pub use khung_rules::builtins::min_levels;
