//! Output formats of `khung check`.

pub mod findings;
pub mod human;
pub mod item;
pub mod json;
