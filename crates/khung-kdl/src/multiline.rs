//! Multi-line strings (`"""` and raw `#"""`): the body is unescaped line by line, then
//! dedented by the whitespace of the closing line.
//!
//! The order matters (KDL 2.0): whitespace escapes (`\` + whitespace/newlines) are applied
//! first, so they can join lines and can sit in the closing line; the dedent then compares
//! *literal* whitespace only, so an escaped `\s` never counts as indentation; a line holding
//! only literal whitespace becomes empty whatever its indentation.

use std::borrow::Cow;

use khung_diag::{Label, Message};

use crate::chars::{is_disallowed, is_newline, is_unicode_space};
use crate::lexer::{Lexer, TokenKind};
use crate::report::ids;
use crate::strings::Escape;

/// One line of the unescaped body.
struct Line {
    /// Byte range in the unescaped body.
    start: usize,
    end: usize,
    /// End of the leading run of literal whitespace (in the unescaped body).
    indent_end: usize,
    /// The line holds nothing but literal whitespace.
    blank: bool,
    /// Byte range in the source, for errors.
    source_start: usize,
    source_end: usize,
}

impl<'a> Lexer<'a> {
    /// Reads a multi-line string whose opening quotes (after `hashes` `#` for a raw string) end
    /// at `pos`; `start` is the token start.
    pub(crate) fn multiline_string(
        &mut self,
        start: usize,
        hashes: Option<usize>,
    ) -> TokenKind<'a> {
        let opening_end = self.pos;
        let opening_ok = self.skip_newline();
        if !opening_ok {
            self.report
                .simple(start, opening_end, ids::MULTILINE_OPENING);
        }
        let mut body = String::new();
        let mut lines = Vec::new();
        let mut line = self.new_line(&body);
        loop {
            let Some(&byte) = self.bytes.get(self.pos) else {
                let eof = self.report_eof_label();
                self.report
                    .simple(start, opening_end, ids::UNCLOSED_MULTILINE_STRING)
                    .labels
                    .push(eof);
                return TokenKind::Invalid;
            };
            if byte == b'"'
                && self.bytes[self.pos..].starts_with(b"\"\"\"")
                && self.closes_raw(self.pos + 3, hashes.unwrap_or(0))
            {
                line.end = body.len();
                line.source_end = self.pos;
                self.pos += 3 + hashes.unwrap_or(0);
                break;
            }
            if byte == b'\\' && hashes.is_none() {
                match self.escape() {
                    Escape::Char(ch) => {
                        line.blank = false;
                        body.push(ch);
                    }
                    Escape::Invalid => line.blank = false,
                    Escape::Whitespace => {}
                }
                continue;
            }
            let ch = self.char_at(self.pos);
            if is_newline(ch) {
                line.end = body.len();
                line.source_end = self.pos;
                self.skip_newline();
                lines.push(line);
                line = self.new_line(&body);
                continue;
            }
            if is_disallowed(ch) {
                self.disallowed(self.pos, ch);
            }
            body.push(ch);
            if line.blank && is_unicode_space(ch) {
                line.indent_end = body.len();
            } else {
                line.blank = false;
            }
            self.pos += ch.len_utf8();
        }
        if !opening_ok {
            return TokenKind::Invalid;
        }
        match self.dedent(&body, &lines, &line) {
            Some(value) => TokenKind::String(Cow::Owned(value)),
            None => TokenKind::Invalid,
        }
    }

    fn new_line(&self, body: &str) -> Line {
        Line {
            start: body.len(),
            end: body.len(),
            indent_end: body.len(),
            blank: true,
            source_start: self.pos,
            source_end: self.pos,
        }
    }

    /// Joins `lines` with `\n`, each stripped of the closing line's whitespace.
    fn dedent(&mut self, body: &str, lines: &[Line], closing: &Line) -> Option<String> {
        if !closing.blank {
            self.report.simple(
                closing.source_start,
                closing.source_end,
                ids::MULTILINE_CLOSING_LINE,
            );
            return None;
        }
        let prefix = &body[closing.start..closing.end];
        let mut value = std::mem::take(&mut self.scratch);
        value.clear();
        let mut ok = true;
        for (index, line) in lines.iter().enumerate() {
            if index > 0 {
                value.push('\n');
            }
            if line.blank {
                continue;
            }
            if body[line.start..line.indent_end].starts_with(prefix) {
                value.push_str(&body[line.start + prefix.len()..line.end]);
            } else {
                ok = false;
                let closing_label = Label {
                    span: self.report.span(closing.source_start, closing.source_end),
                    message: Some(Message::new(ids::LABEL_CLOSING_LINE)),
                };
                self.report
                    .simple(
                        line.source_start,
                        line.source_end,
                        ids::MULTILINE_INDENTATION,
                    )
                    .labels
                    .push(closing_label);
            }
        }
        let result = ok.then(|| value.as_str().to_owned());
        self.scratch = value;
        result
    }
}
