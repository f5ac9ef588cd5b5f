//! Rule packs, CEL checking and evaluation over the khung model, findings, waivers, baseline.

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
