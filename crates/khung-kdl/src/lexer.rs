//! The lexer: turns text into tokens with byte offsets. Lexical errors (bad escapes, unclosed
//! strings and comments, malformed numbers, disallowed code points) are reported here, and the
//! token stream carries on after each so the parser can still find later errors.
//!
//! Strings are scanned in `strings.rs` and multi-line strings in `multiline.rs`; both add
//! methods to [`Lexer`].

use std::borrow::Cow;

use khung_diag::{FileId, Message};

use crate::chars::{
    self, ASCII, AsciiClass, is_disallowed, is_newline, is_unicode_space, lead_byte_may_be_special,
};
use crate::numbers::parse_number;
use crate::report::{Reporter, ids, quote_source};
use crate::value::NumberValue;

/// One token and where it is.
pub(crate) struct Token<'a> {
    pub(crate) kind: TokenKind<'a>,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// What a token is.
pub(crate) enum TokenKind<'a> {
    /// `node-space`: whitespace, a block comment or a line continuation (`\` + newline).
    Space,
    /// One newline (CRLF counts once).
    Newline,
    /// `// …` up to, not including, the newline.
    LineComment,
    /// `/-`.
    Slashdash,
    /// `;`.
    Semicolon,
    /// `{`.
    OpenBrace,
    /// `}`.
    CloseBrace,
    /// `(`.
    OpenParen,
    /// `)`.
    CloseParen,
    /// `=`.
    Equals,
    /// An identifier, quoted, raw or multi-line string, already unescaped.
    String(Cow<'a, str>),
    /// A number, including `#inf`, `#-inf` and `#nan`: its source text and value.
    Number(&'a str, NumberValue),
    /// `#true` or `#false`.
    Bool(bool),
    /// `#null`.
    Null,
    /// A value-like token that was malformed; its error is already reported.
    Invalid,
    /// The end of the text.
    Eof,
}

/// The lexer state: the text, the position and the diagnostics found so far.
pub(crate) struct Lexer<'a> {
    pub(crate) text: &'a str,
    pub(crate) bytes: &'a [u8],
    pub(crate) pos: usize,
    pub(crate) report: Reporter,
    /// Reused buffer for unescaping strings, so each string value is allocated exactly once.
    pub(crate) scratch: String,
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(file: FileId, text: &'a str) -> Lexer<'a> {
        // A BOM is allowed only as the very first code point.
        let pos = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        Lexer {
            text,
            bytes: text.as_bytes(),
            pos,
            report: Reporter::new(file),
            scratch: String::new(),
        }
    }

    /// The next token; at the end, [`TokenKind::Eof`] forever.
    pub(crate) fn next_token(&mut self) -> Token<'a> {
        let start = self.pos;
        let Some(&byte) = self.bytes.get(start) else {
            return Token {
                kind: TokenKind::Eof,
                start,
                end: start,
            };
        };
        let kind = if byte < 0x80 {
            match ASCII[usize::from(byte)] {
                AsciiClass::Space => {
                    self.skip_spaces();
                    TokenKind::Space
                }
                AsciiClass::Newline => {
                    self.skip_newline();
                    TokenKind::Newline
                }
                AsciiClass::Disallowed => {
                    // Reported, then read as whitespace so the tokens around it still parse.
                    self.disallowed(start, char::from(byte));
                    self.pos += 1;
                    TokenKind::Space
                }
                AsciiClass::Punctuation => self.punctuation(byte),
                AsciiClass::IdentifierChar => self.word(),
            }
        } else {
            let ch = self.char_at(start);
            if is_unicode_space(ch) {
                self.skip_spaces();
                TokenKind::Space
            } else if is_newline(ch) {
                self.pos += ch.len_utf8();
                TokenKind::Newline
            } else if is_disallowed(ch) {
                self.disallowed(start, ch);
                self.pos += ch.len_utf8();
                TokenKind::Space
            } else {
                self.word()
            }
        };
        Token {
            kind,
            start,
            end: self.pos,
        }
    }

    /// The code point at byte offset `pos` (a char boundary; `\0` past the end).
    pub(crate) fn char_at(&self, pos: usize) -> char {
        self.text
            .get(pos..)
            .and_then(|rest| rest.chars().next())
            .unwrap_or('\0')
    }

    /// Reports a disallowed literal code point at `pos`.
    pub(crate) fn disallowed(&mut self, pos: usize, ch: char) {
        let id = match ch {
            '\u{FEFF}' => ids::DISALLOWED_BOM,
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                ids::DISALLOWED_BIDI
            }
            _ => ids::DISALLOWED_CONTROL,
        };
        let message = Message::new(id).arg("code_point", chars::code_point_name(ch));
        self.report.syntax(pos, pos + ch.len_utf8(), message);
    }

    /// Skips `unicode-space` code points.
    fn skip_spaces(&mut self) {
        while let Some(&byte) = self.bytes.get(self.pos) {
            if byte == b' ' || byte == b'\t' {
                self.pos += 1;
            } else if byte >= 0x80 && lead_byte_may_be_special(byte) {
                let ch = self.char_at(self.pos);
                if !is_unicode_space(ch) {
                    break;
                }
                self.pos += ch.len_utf8();
            } else {
                break;
            }
        }
    }

    /// Skips one newline at `pos` if there is one (CRLF as one); returns whether it did.
    pub(crate) fn skip_newline(&mut self) -> bool {
        match self.bytes.get(self.pos) {
            Some(b'\r') => {
                self.pos += if self.bytes.get(self.pos + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                true
            }
            Some(b'\n' | 0x0B | 0x0C) => {
                self.pos += 1;
                true
            }
            Some(&byte) if byte >= 0x80 => {
                let ch = self.char_at(self.pos);
                if is_newline(ch) {
                    self.pos += ch.len_utf8();
                }
                is_newline(ch)
            }
            _ => false,
        }
    }

    fn punctuation(&mut self, byte: u8) -> TokenKind<'a> {
        let start = self.pos;
        let single = |lexer: &mut Lexer<'a>, kind| {
            lexer.pos += 1;
            kind
        };
        match byte {
            b'(' => single(self, TokenKind::OpenParen),
            b')' => single(self, TokenKind::CloseParen),
            b'{' => single(self, TokenKind::OpenBrace),
            b'}' => single(self, TokenKind::CloseBrace),
            b';' => single(self, TokenKind::Semicolon),
            b'=' => single(self, TokenKind::Equals),
            b'"' => self.quoted_string(),
            b'#' => self.hash(),
            b'\\' => self.line_continuation(),
            b'/' => match self.bytes.get(start + 1) {
                Some(b'/') => {
                    self.skip_line_comment();
                    TokenKind::LineComment
                }
                Some(b'*') => {
                    self.skip_block_comment();
                    TokenKind::Space
                }
                Some(b'-') => {
                    self.pos += 2;
                    TokenKind::Slashdash
                }
                _ => self.unexpected_character(),
            },
            // `[` and `]` are reserved; read as whitespace after the error.
            _ => self.unexpected_character(),
        }
    }

    fn unexpected_character(&mut self) -> TokenKind<'a> {
        let ch = self.char_at(self.pos);
        let message =
            Message::new(ids::UNEXPECTED_CHARACTER).arg("char", quote_source(&ch.to_string()));
        self.report
            .syntax(self.pos, self.pos + ch.len_utf8(), message);
        self.pos += ch.len_utf8();
        TokenKind::Space
    }

    /// `// …` up to the newline (not consumed) or the end.
    fn skip_line_comment(&mut self) {
        self.pos += 2;
        while let Some(&byte) = self.bytes.get(self.pos) {
            if byte < 0x80 {
                match ASCII[usize::from(byte)] {
                    AsciiClass::Newline => return,
                    AsciiClass::Disallowed => self.disallowed(self.pos, char::from(byte)),
                    _ => {}
                }
                self.pos += 1;
            } else if lead_byte_may_be_special(byte) {
                let ch = self.char_at(self.pos);
                if is_newline(ch) {
                    return;
                }
                if is_disallowed(ch) {
                    self.disallowed(self.pos, ch);
                }
                self.pos += ch.len_utf8();
            } else {
                self.pos += 1;
            }
        }
    }

    /// `/* … */`, nested; unclosed comments run to the end and are reported.
    fn skip_block_comment(&mut self) {
        let start = self.pos;
        self.pos += 2;
        let mut depth = 1usize;
        while let Some(&byte) = self.bytes.get(self.pos) {
            match byte {
                b'*' if self.bytes.get(self.pos + 1) == Some(&b'/') => {
                    self.pos += 2;
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                b'/' if self.bytes.get(self.pos + 1) == Some(&b'*') => {
                    self.pos += 2;
                    depth += 1;
                }
                _ if byte < 0x80 => {
                    if ASCII[usize::from(byte)] == AsciiClass::Disallowed {
                        self.disallowed(self.pos, char::from(byte));
                    }
                    self.pos += 1;
                }
                _ if lead_byte_may_be_special(byte) => {
                    let ch = self.char_at(self.pos);
                    if is_disallowed(ch) {
                        self.disallowed(self.pos, ch);
                    }
                    self.pos += ch.len_utf8();
                }
                _ => self.pos += 1,
            }
        }
        let eof = self.report_eof_label();
        self.report
            .simple(start, start + 2, ids::UNCLOSED_BLOCK_COMMENT)
            .labels
            .push(eof);
    }

    /// A label pointing at the end of the text.
    pub(crate) fn report_eof_label(&self) -> khung_diag::Label {
        khung_diag::Label {
            span: self.report.span(self.text.len(), self.text.len()),
            message: Some(Message::new(ids::LABEL_FILE_ENDS_HERE)),
        }
    }

    /// `escline := '\\' ws* (single-line-comment | newline | eof)`; read as whitespace.
    fn line_continuation(&mut self) -> TokenKind<'a> {
        let start = self.pos;
        self.pos += 1;
        loop {
            self.skip_spaces();
            if self.bytes.get(self.pos) == Some(&b'/')
                && self.bytes.get(self.pos + 1) == Some(&b'*')
            {
                self.skip_block_comment();
            } else {
                break;
            }
        }
        if self.pos >= self.bytes.len() || self.skip_newline() {
            return TokenKind::Space;
        }
        if self.bytes.get(self.pos) == Some(&b'/') && self.bytes.get(self.pos + 1) == Some(&b'/') {
            self.skip_line_comment();
            self.skip_newline();
            return TokenKind::Space;
        }
        self.report
            .simple(start, start + 1, ids::INVALID_LINE_CONTINUATION);
        TokenKind::Space
    }

    /// Advances over `identifier-char`s (disallowed code points inside are reported and kept).
    pub(crate) fn skip_identifier_chars(&mut self) {
        loop {
            self.pos = chars::skip_plain(self.bytes, self.pos, chars::PLAIN_IN_IDENTIFIER);
            let Some(&byte) = self.bytes.get(self.pos) else {
                return;
            };
            if byte < 0x80 {
                match ASCII[usize::from(byte)] {
                    AsciiClass::IdentifierChar => self.pos += 1,
                    AsciiClass::Disallowed => {
                        self.disallowed(self.pos, char::from(byte));
                        self.pos += 1;
                    }
                    _ => return,
                }
            } else {
                // A special lead byte (others were skipped as plain).
                let ch = self.char_at(self.pos);
                if is_unicode_space(ch) || is_newline(ch) {
                    return;
                }
                if is_disallowed(ch) {
                    self.disallowed(self.pos, ch);
                }
                self.pos += ch.len_utf8();
            }
        }
    }

    /// An identifier or a number: the longest run of identifier characters.
    fn word(&mut self) -> TokenKind<'a> {
        let start = self.pos;
        let bytes = self.bytes;
        let byte_at = |offset: usize| bytes.get(start + offset).copied().unwrap_or(0);
        let signed = matches!(byte_at(0), b'+' | b'-');
        let unsigned_at = usize::from(signed);
        let numeric = byte_at(unsigned_at).is_ascii_digit();
        // `.5` and `+.5` are neither numbers nor identifiers.
        let dot_digit = byte_at(unsigned_at) == b'.' && byte_at(unsigned_at + 1).is_ascii_digit();
        self.skip_identifier_chars();
        let text = &self.text[start..self.pos];
        if numeric || dot_digit {
            return match parse_number(text).filter(|_| numeric) {
                Some(value) => TokenKind::Number(text, value),
                None => {
                    let message = Message::new(ids::INVALID_NUMBER).arg("text", quote_source(text));
                    self.report.syntax(start, self.pos, message);
                    TokenKind::Invalid
                }
            };
        }
        if matches!(text, "true" | "false" | "null" | "inf" | "-inf" | "nan") {
            let message = Message::new(ids::BARE_KEYWORD).arg("word", text);
            self.report.syntax(start, self.pos, message);
            return TokenKind::Invalid;
        }
        TokenKind::String(Cow::Borrowed(text))
    }

    /// `#"…"#` raw strings and the keywords `#true`, `#false`, `#null`, `#inf`, `#-inf`, `#nan`.
    fn hash(&mut self) -> TokenKind<'a> {
        let start = self.pos;
        if matches!(self.bytes.get(start + 1), Some(b'"' | b'#')) {
            return self.raw_string();
        }
        self.pos += 1;
        self.skip_identifier_chars();
        let keyword_number = |value, source: &'static str| TokenKind::Number(source, value);
        match &self.text[start..self.pos] {
            "#true" => TokenKind::Bool(true),
            "#false" => TokenKind::Bool(false),
            "#null" => TokenKind::Null,
            "#inf" => keyword_number(NumberValue::Inf, "#inf"),
            "#-inf" => keyword_number(NumberValue::NegInf, "#-inf"),
            "#nan" => keyword_number(NumberValue::NaN, "#nan"),
            text => {
                let message = Message::new(ids::UNKNOWN_KEYWORD).arg("text", quote_source(text));
                self.report.syntax(start, self.pos, message);
                TokenKind::Invalid
            }
        }
    }
}

/// The length of the UTF-8 sequence that starts with `lead`.
pub(crate) fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}
