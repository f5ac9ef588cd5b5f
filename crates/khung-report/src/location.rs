//! [`Location`]: file, line and column of a span, as every output shows them.

use khung_diag::{SourceMap, Span};
use serde::Serialize;

/// 1-based location of a span; columns count Unicode scalar values (code points).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    /// Display path: relative to the workspace root, `import:<name>/<path>` or
    /// `reference:<path>`.
    pub file: String,
    /// First line.
    pub line: u32,
    /// First column.
    pub column: u32,
    /// Last line.
    pub end_line: u32,
    /// Column just past the end.
    pub end_column: u32,
}

impl Location {
    /// Locates a span; `None` for a span into no known file.
    #[must_use]
    pub fn of(span: Span, sources: &SourceMap) -> Option<Location> {
        let file = sources.get(span.file)?;
        let (start, end) = sources.locate(span)?;
        Some(Location {
            file: file.path.clone(),
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        })
    }

    /// `file:line:column`.
    #[must_use]
    pub fn display(&self) -> String {
        format!("{}:{}:{}", self.file, self.line, self.column)
    }
}
