//! CEL as the rule language: the syntax tree ([`ast`]) and the wrapper around the `cel` crate's
//! parser ([`parse`]).

pub mod ast;
pub mod parse;
#[cfg(test)]
mod parse_tests;
