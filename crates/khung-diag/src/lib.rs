//! Plain-data diagnostics for khung: files, spans, source maps, diagnostic codes and the
//! bilingual message catalogue.
//!
//! Every other crate reports problems through [`Diagnostic`]; nothing here renders to a
//! terminal (that is `khung-cli`, with miette) and nothing touches the file system.

mod codes;
mod diagnostic;
mod lang;
mod messages;
mod source_map;
mod span;
mod suggest;

pub use codes::{Code, CodeInfo, DOCS_BASE_URL};
pub use diagnostic::{Diagnostic, Label, Severity};
pub use lang::Lang;
pub use messages::{Catalogue, Message};
pub use source_map::{LineCol, Origin, SourceFile, SourceMap};
pub use span::{FileId, Span, Spanned};
pub use suggest::closest;
