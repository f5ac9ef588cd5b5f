//! KDL 2.0 for khung: the syntax tree that lowering reads ([`Document`], [`Node`], [`Entry`],
//! [`Value`]) and [`parse`], khung's own KDL 2.0 parser that builds it.
//!
//! # What the parser guarantees
//!
//! - **The whole language**, as the current specification and the official test suite have it
//!   (`tests/kdl-spec/`, all 336 cases pass): identifiers, quoted strings with every escape
//!   (`\u{…}`, whitespace escapes), raw strings with any number of `#`, multi-line strings with
//!   their dedent rules, all number forms, keywords, type annotations, slashdash on nodes,
//!   entries and child blocks (no whitespace needed before it), line continuations, nested
//!   block comments, a leading BOM, every newline and whitespace code point of the spec, and
//!   the disallowed code points (controls, DEL, bidirectional controls, a late BOM) rejected
//!   anywhere, comments included.
//! - **Spans everywhere**: every node name, type annotation, property key, value
//!   ([`Entry::value_span`]), entry ([`Entry::span`]), node ([`Node::span`]) and child block
//!   ([`Node::children_span`]).
//! - **All errors, with recovery**: every syntax error of a file is a `kdl-syntax` diagnostic
//!   with a span and a specific message from khung's catalogue (`messages/*/kdl.ftl`, English
//!   and Vietnamese); the parser carries on at the next token or node, so one run finds them
//!   all, and still returns every node it could read.
//! - **No recursion**: the parser runs on an explicit stack, the tree is flat (arrays of
//!   node and entry records, so freeing it never recurses), and [`ParseOptions::max_depth`]
//!   bounds the depth of the tree that is built: deeper content is read to the end but
//!   reported once as `too-deep` and left out. No input can overflow the stack.
//! - **Small**: nodes, entries and strings live in chunked arrays with `u32` offsets and are
//!   read through `Copy` handles ([`Node`], [`Entry`], [`Str`], [`Value`]) borrowing the
//!   [`Document`]: a 20 MiB model peaks at about 4× its size (`cargo bench -p khung-kdl
//!   --bench memory`).
//! - **Exact numbers**: [`Number::source`] keeps the text as written, so `1.23E+1000` or a
//!   40-digit integer is not silently turned into infinity or lost.
//! - Duplicate properties are all kept, in source order (lowering reports them; KDL's rule is
//!   that the last one wins).
//!
//! It is checked against the `kdl` crate on the suite and on thousands of generated documents
//! (`tests/differential.rs`), fuzzed (`fuzz/`), and benchmarked (`cargo bench -p khung-kdl`).
//! [`Document::to_canonical_kdl`] prints a tree in the suite's canonical form.
//!
//! Lowering never sees a third-party type.

mod canonical;
mod chars;
mod chunked;
mod lexer;
mod multiline;
mod nodes;
mod numbers;
mod parser;
mod report;
mod strings;
mod text_store;
mod tree;
mod value;

pub use tree::{Document, Entries, Entry, Node, Nodes, Str};
pub use value::{Number, NumberValue, Value};

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
/// every problem found as diagnostics with spans into `file`, ordered by position.
#[must_use]
pub fn parse(file: FileId, text: &str, options: &ParseOptions) -> (Document, Vec<Diagnostic>) {
    parser::parse(file, text, options.max_depth)
}
