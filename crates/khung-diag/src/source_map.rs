use serde::Serialize;

use crate::span::{FileId, Span};

/// Where a file (and so every element written in it) comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "name")]
pub enum Origin {
    /// The workspace being checked.
    Workspace,
    /// An imported model folder, by its import name.
    Import(String),
    /// The national reference model embedded in khung.
    Reference,
}

/// One loaded file: its display path, its text and a line index.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as shown to users: relative to the workspace root, `import:<name>/<path>` or
    /// `reference:<path>`.
    pub path: String,
    /// The full text (valid UTF-8; files that are not are reported and stored empty).
    pub text: String,
    /// Which model the file belongs to.
    pub origin: Origin,
    line_starts: Vec<u32>,
}

/// A 1-based line and column; the column counts Unicode scalar values, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column in Unicode scalar values.
    pub column: u32,
}

impl SourceFile {
    /// Builds the line index of `text`. Lines end at `\n`, at `\r\n` and at a lone `\r`, and at
    /// the other KDL newlines (NEL, FF, LS, PS), so reported lines match what editors show.
    #[must_use]
    pub fn new(path: String, text: String, origin: Origin) -> SourceFile {
        let mut line_starts = vec![0u32];
        let mut chars = text.char_indices().peekable();
        while let Some((offset, ch)) = chars.next() {
            let next_line = match ch {
                '\r' => {
                    if let Some(&(_, '\n')) = chars.peek() {
                        chars.next();
                        Some(offset + 2)
                    } else {
                        Some(offset + 1)
                    }
                }
                '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                    Some(offset + ch.len_utf8())
                }
                _ => None,
            };
            if let Some(start) = next_line {
                line_starts.push(u32::try_from(start).unwrap_or(u32::MAX));
            }
        }
        SourceFile {
            path,
            text,
            origin,
            line_starts,
        }
    }

    /// Line and column of a byte offset (clamped into the file and onto a char boundary).
    #[must_use]
    pub fn line_col(&self, offset: u32) -> LineCol {
        let mut offset = (offset as usize).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let offset32 = u32::try_from(offset).unwrap_or(u32::MAX);
        let line_index = match self.line_starts.binary_search(&offset32) {
            Ok(index) => index,
            Err(index) => index.saturating_sub(1),
        };
        let line_start = self.line_starts.get(line_index).copied().unwrap_or(0) as usize;
        let column = self
            .text
            .get(line_start..offset)
            .map_or(0, |prefix| prefix.chars().count());
        LineCol {
            line: u32::try_from(line_index + 1).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
        }
    }
}

/// Every file of a check: the workspace's, the imported models' and the reference model's.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    #[must_use]
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file and returns its id.
    pub fn add(
        &mut self,
        path: impl Into<String>,
        text: impl Into<String>,
        origin: Origin,
    ) -> FileId {
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX - 1));
        self.files
            .push(SourceFile::new(path.into(), text.into(), origin));
        id
    }

    /// The file with this id, if it exists.
    #[must_use]
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    /// All files with their ids, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(index, file)| (FileId(u32::try_from(index).unwrap_or(u32::MAX)), file))
    }

    /// Start and end line/column of a span, or `None` for a span into no known file.
    #[must_use]
    pub fn locate(&self, span: Span) -> Option<(LineCol, LineCol)> {
        let file = self.get(span.file)?;
        Some((file.line_col(span.start), file.line_col(span.end)))
    }

    /// The source text a span covers (empty when out of range).
    #[must_use]
    pub fn text(&self, span: Span) -> &str {
        self.get(span.file)
            .and_then(|file| file.text.get(span.range()))
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_unicode_scalar_values() {
        let file = SourceFile::new(
            "a.kdl".into(),
            "agency \"ủy-ban\"\nname \"Quảng Ninh\" x".into(),
            Origin::Workspace,
        );
        let offset = file.text.find('x').map(|o| o as u32).unwrap_or(0);
        assert_eq!(
            file.line_col(offset),
            LineCol {
                line: 2,
                column: 19
            }
        );
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let file = SourceFile::new("a.kdl".into(), "a\r\nb\rc".into(), Origin::Workspace);
        assert_eq!(file.line_col(5), LineCol { line: 3, column: 1 });
        assert_eq!(file.line_col(3), LineCol { line: 2, column: 1 });
    }
}
