//! khung's CEL evaluator: compiled programs ([`program`]) run over the native model structs
//! ([`run`]) with per-check indexes ([`index`]) and a step budget.

mod access;
mod columns;
mod comprehension;
pub mod error;
pub mod id_table;
pub mod index;
pub mod interner;
mod lookup_cache;
pub mod program;
pub mod run;
pub mod value;
