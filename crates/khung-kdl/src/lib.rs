//! KDL 2.0 for khung: the syntax tree that lowering reads ([`Document`], [`Node`], [`Entry`],
//! [`Value`]), with a byte span on every node name, type annotation, argument, property key and
//! value, and [`parse`], khung's own KDL 2.0 parser, which builds it from text and reports every
//! syntax error of a file as a `kdl-syntax` diagnostic.
//!
//! The parser is iterative (an explicit stack, no recursion), so nesting depth cannot overflow
//! the call stack; [`ParseOptions::max_depth`] bounds the depth of the tree that is built. It
//! recovers after each error and carries on, so one run reports all the errors it can find.
//! It passes the whole official KDL 2.0 test suite (`tests/kdl-spec/`) and is checked against
//! the `kdl` crate on the suite and on generated documents.
//!
//! Lowering never sees a third-party type.

mod canonical;
mod chars;
mod lexer;
mod multiline;
mod nodes;
mod numbers;
mod parser;
mod report;
mod strings;
mod tree;

pub use tree::{Children, Document, Entry, Node, Number, NumberValue, Str, Value};

use khung_diag::{Diagnostic, FileId};

/// Limits applied while parsing untrusted text.
#[derive(Debug, Clone, Copy)]
pub struct ParseOptions {
    /// Deepest allowed nesting of child blocks; deeper content is still read (so later errors
    /// are found) but reported once as `too-deep` and left out of the tree.
    pub max_depth: usize,
}

impl Default for ParseOptions {
    fn default() -> ParseOptions {
        ParseOptions { max_depth: 256 }
    }
}

/// Parses a KDL 2.0 document. Always returns a tree (with every node that could be read) and
/// every problem found as diagnostics with spans into `file`, in source order.
#[must_use]
pub fn parse(file: FileId, text: &str, options: &ParseOptions) -> (Document, Vec<Diagnostic>) {
    parser::parse(file, text, options.max_depth)
}
