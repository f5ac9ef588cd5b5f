//! Rule packs, CEL checking and evaluation over the khung model, findings, waivers, baseline.
//!
//! ```text
//! rules/<pack>/*.kdl ─▶ pack::read ─▶ pack::expand (const, macro) ─▶ cel::parse (the `cel`
//!   crate, spans) ─▶ check (schema, types, bounds) ─▶ eval::program ─▶ engine::check over the
//!   native model structs ─▶ Finding (+ waivers, baseline)
//! ```
//!
//! The public entry points:
//! - [`RuleSet::builtin`] / [`RuleSet::load`]: the packs of a profile (plus a workspace's own),
//!   checked and compiled; [`RuleSet::rules`] lists them with their metadata.
//! - [`check`]: runs a rule set over a model with [`CheckOptions`], giving a [`CheckOutcome`]
//!   of [`Finding`]s, diagnostics and statistics.
//! - [`Baseline`]: parse and write the baseline file's JSON.
//! - [`builtins::BUILTINS`]: the documentation of every built-in function.
//!
//! The CEL subset: literals (bool, int, string, list, map), field selection, `has()`, map and
//! list indexing, `== != < <= > >=`, `&& || !`, `?:`, `+ - * / %`, `in`, `size()`, the string
//! methods `startsWith`, `endsWith`, `contains`, `matches` (constant pattern), the list macros
//! `all`, `exists`, `exists_one`, `map`, `filter`, and the built-ins. Everything else is an
//! `unsupported-expression` diagnostic when the pack is loaded.

pub mod builtins;
pub mod cel;
pub mod check;
pub mod engine;
pub mod eval;
pub mod pack;
pub mod schema;
mod serde_date;
#[cfg(feature = "testgen")]
pub mod testgen;

pub use engine::baseline::{Baseline, BaselineError};
pub use engine::finding::{Finding, Suppression};
pub use engine::{CheckOptions, CheckOutcome, CheckStats, RuleCounts, check};
pub use pack::load::LoadRules;
pub use pack::{Basis, Example, PackInfo, Rule, RuleSet, Texts};
