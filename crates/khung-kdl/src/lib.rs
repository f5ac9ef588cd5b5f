//! KDL 2.0 for khung: the syntax tree that lowering reads ([`Document`], [`Node`], [`Entry`],
//! [`Value`]), with a byte span on every node name, type annotation, argument, property key and
//! value, and [`parse`], which builds it from text and reports every syntax error as a
//! `kdl-syntax` diagnostic.
//!
//! Lowering never sees a third-party type, so the parser underneath can change freely.

mod adapter;
mod tree;

pub use tree::{Children, Document, Entry, Node, Number, NumberValue, Str, Value};

use khung_diag::{Diagnostic, FileId};

/// Limits applied while parsing untrusted text.
#[derive(Debug, Clone, Copy)]
pub struct ParseOptions {
    /// Deepest allowed nesting of child blocks; deeper content is reported once as `too-deep`
    /// and left out of the tree.
    pub max_depth: usize,
}

impl Default for ParseOptions {
    fn default() -> ParseOptions {
        ParseOptions { max_depth: 256 }
    }
}

/// Parses a KDL 2.0 document. Always returns a tree (empty when nothing could be read) and every
/// problem found as diagnostics with spans into `file`.
#[must_use]
pub fn parse(file: FileId, text: &str, options: &ParseOptions) -> (Document, Vec<Diagnostic>) {
    adapter::parse(file, text, options)
}
