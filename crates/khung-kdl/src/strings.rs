//! Single-line quoted strings (`"…"` with escapes) and raw strings (`#"…"#`, any number of
//! `#`). A string without escapes is borrowed from the source; one with escapes is unescaped
//! into the lexer's scratch buffer and copied out once.

use std::borrow::Cow;

use khung_diag::Message;

use crate::chars::{ASCII, AsciiClass, is_disallowed, is_newline, is_unicode_space};
use crate::lexer::{Lexer, TokenKind, utf8_len};
use crate::report::{ids, quote_source};

/// What one `\` escape produced.
pub(crate) enum Escape {
    /// A character (`\n`, `\u{41}`, …).
    Char(char),
    /// A whitespace escape: `\` and all whitespace and newlines after it, which vanish.
    Whitespace,
    /// A malformed escape (already reported).
    Invalid,
}

impl<'a> Lexer<'a> {
    /// `"…"`, or a multi-line string when the token starts with `"""`.
    pub(crate) fn quoted_string(&mut self) -> TokenKind<'a> {
        let start = self.pos;
        if self.bytes[start..].starts_with(b"\"\"\"") {
            self.pos += 3;
            return self.multiline_string(start, None);
        }
        self.pos += 1;
        let body_start = self.pos;
        // Fast path: up to the closing quote with no escape, borrowed.
        loop {
            self.pos =
                crate::chars::skip_plain(self.bytes, self.pos, crate::chars::PLAIN_IN_STRING);
            match self.bytes.get(self.pos) {
                None => return self.unclosed_string(start),
                Some(b'"') => {
                    let value = &self.text[body_start..self.pos];
                    self.pos += 1;
                    return TokenKind::String(Cow::Borrowed(value));
                }
                Some(b'\\') => break,
                Some(_) => {
                    if !self.string_char() {
                        return self.unclosed_string(start);
                    }
                }
            }
        }
        let mut value = std::mem::take(&mut self.scratch);
        value.clear();
        let mut run_start = body_start;
        let kind = loop {
            self.pos =
                crate::chars::skip_plain(self.bytes, self.pos, crate::chars::PLAIN_IN_STRING);
            match self.bytes.get(self.pos) {
                None => break self.unclosed_string(start),
                Some(b'"') => {
                    value.push_str(&self.text[run_start..self.pos]);
                    self.pos += 1;
                    break TokenKind::String(Cow::Owned(value.as_str().to_owned()));
                }
                Some(b'\\') => {
                    value.push_str(&self.text[run_start..self.pos]);
                    if let Escape::Char(ch) = self.escape() {
                        value.push(ch);
                    }
                    run_start = self.pos;
                }
                Some(_) => {
                    if !self.string_char() {
                        break self.unclosed_string(start);
                    }
                }
            }
        };
        self.scratch = value;
        kind
    }

    /// Consumes one literal string character at `pos` (not `"` or `\`). Returns `false`, without
    /// consuming, at a newline: single-line strings cannot hold one.
    fn string_char(&mut self) -> bool {
        let byte = self.bytes[self.pos];
        if byte < 0x80 {
            match ASCII[usize::from(byte)] {
                AsciiClass::Newline => return false,
                AsciiClass::Disallowed => self.disallowed(self.pos, char::from(byte)),
                _ => {}
            }
            self.pos += 1;
            return true;
        }
        if !crate::chars::lead_byte_may_be_special(byte) {
            self.pos += utf8_len(byte);
            return true;
        }
        let ch = self.char_at(self.pos);
        if is_newline(ch) {
            return false;
        }
        if is_disallowed(ch) {
            self.disallowed(self.pos, ch);
        }
        self.pos += ch.len_utf8();
        true
    }

    fn unclosed_string(&mut self, start: usize) -> TokenKind<'a> {
        let at_newline = self.pos < self.bytes.len();
        let diagnostic = self.report.simple(start, self.pos, ids::UNCLOSED_STRING);
        if at_newline {
            diagnostic.help = Some(Message::new(ids::HELP_MULTILINE_STRING));
        }
        TokenKind::Invalid
    }

    /// Reads the escape at `pos` (a `\`).
    pub(crate) fn escape(&mut self) -> Escape {
        let start = self.pos;
        self.pos += 1;
        if self.pos >= self.bytes.len() {
            // The caller reports the unclosed string.
            return Escape::Invalid;
        }
        let ch = self.char_at(self.pos);
        let simple = match ch {
            '"' => Some('"'),
            '\\' => Some('\\'),
            'b' => Some('\u{0008}'),
            'f' => Some('\u{000C}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            's' => Some(' '),
            _ => None,
        };
        if let Some(simple) = simple {
            self.pos += 1;
            return Escape::Char(simple);
        }
        if ch == 'u' {
            return self.unicode_escape(start);
        }
        if is_unicode_space(ch) || is_newline(ch) {
            while self.pos < self.bytes.len() {
                let next = self.char_at(self.pos);
                if !(is_unicode_space(next) || is_newline(next)) {
                    break;
                }
                self.pos += next.len_utf8();
            }
            return Escape::Whitespace;
        }
        self.pos += ch.len_utf8();
        let message = Message::new(ids::INVALID_ESCAPE)
            .arg("escape", quote_source(&self.text[start..self.pos]));
        self.report.syntax(start, self.pos, message);
        Escape::Invalid
    }

    /// `\u{…}` with 1 to 6 hex digits naming a Unicode scalar value; `pos` is at the `u`.
    fn unicode_escape(&mut self, start: usize) -> Escape {
        self.pos += 1;
        let mut value = None;
        if self.bytes.get(self.pos) == Some(&b'{') {
            self.pos += 1;
            let digits_start = self.pos;
            while self.bytes.get(self.pos).is_some_and(u8::is_ascii_hexdigit) {
                self.pos += 1;
            }
            let digits = &self.text[digits_start..self.pos];
            if self.bytes.get(self.pos) == Some(&b'}') {
                self.pos += 1;
                if (1..=6).contains(&digits.len()) {
                    value = u32::from_str_radix(digits, 16)
                        .ok()
                        .and_then(char::from_u32);
                }
            }
        }
        match value {
            Some(ch) => Escape::Char(ch),
            None => {
                let escape = quote_source(&self.text[start..self.pos]);
                let message = Message::new(ids::INVALID_UNICODE_ESCAPE).arg("escape", escape);
                self.report.syntax(start, self.pos, message);
                Escape::Invalid
            }
        }
    }

    /// `#"…"#` with any number of `#`, or a raw multi-line string `#"""…"""#`.
    pub(crate) fn raw_string(&mut self) -> TokenKind<'a> {
        let start = self.pos;
        while self.bytes.get(self.pos) == Some(&b'#') {
            self.pos += 1;
        }
        let hashes = self.pos - start;
        if self.bytes.get(self.pos) != Some(&b'"') {
            // `##word`: neither a raw string nor a keyword.
            self.skip_identifier_chars();
            let text = quote_source(&self.text[start..self.pos]);
            let message = Message::new(ids::UNKNOWN_KEYWORD).arg("text", text);
            self.report.syntax(start, self.pos, message);
            return TokenKind::Invalid;
        }
        if self.bytes[self.pos..].starts_with(b"\"\"\"") {
            self.pos += 3;
            return self.multiline_string(start, Some(hashes));
        }
        self.pos += 1;
        let body_start = self.pos;
        loop {
            self.pos =
                crate::chars::skip_plain(self.bytes, self.pos, crate::chars::PLAIN_IN_STRING);
            match self.bytes.get(self.pos) {
                Some(b'"') if self.closes_raw(self.pos + 1, hashes) => {
                    let value = &self.text[body_start..self.pos];
                    self.pos += 1 + hashes;
                    return TokenKind::String(Cow::Borrowed(value));
                }
                Some(b'"') => self.pos += 1,
                Some(_) if self.string_char() => {}
                _ => {
                    let closing = format!("\"{}", "#".repeat(hashes));
                    let message = Message::new(ids::UNCLOSED_RAW_STRING).arg("closing", closing);
                    self.report.syntax(start, self.pos, message);
                    return TokenKind::Invalid;
                }
            }
        }
    }

    /// Whether `hashes` `#` follow at `pos`.
    pub(crate) fn closes_raw(&self, pos: usize, hashes: usize) -> bool {
        self.bytes
            .get(pos..pos + hashes)
            .is_some_and(|run| run.iter().all(|&byte| byte == b'#'))
    }
}
