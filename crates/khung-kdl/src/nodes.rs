//! Reading one node: its head (`(type)name`) and its body (arguments, properties, slashdashes,
//! child-block openings, terminator). Child blocks themselves are the parser's business.

use std::borrow::Cow;

use crate::lexer::{Token, TokenKind};
use crate::parser::{Blocks, BodyEnd, Cursor, CursorState, Parser, PendingNode};
use crate::report::ids;
use crate::tree::{
    EntryData, NONE, NumberData, Range32, StrData, TextSpan, TypeData, ValueData, offset,
};

/// A value read from a token (with the span of the token alone); `value` is `None` when the
/// token was malformed, and a placeholder when the value is not kept.
struct ReadValue {
    value: Option<ValueData>,
    start: usize,
    end: usize,
}

/// The key of an argument.
const NO_KEY: StrData = StrData {
    text: Range32 {
        start: NONE,
        len: 0,
    },
    span: TextSpan { start: 0, end: 0 },
};

impl<'a> Parser<'a> {
    /// Reads `(type)? name` at the start of a node.
    pub(crate) fn node_head(&mut self, slashdashed: bool) -> Cursor {
        let keep = self.context_kept() && !slashdashed;
        let start = self.peek().start;
        let mut ok = true;
        let mut ty = None;
        if matches!(self.peek().kind, TokenKind::OpenParen) {
            ty = self.type_annotation(keep);
            ok = ty.is_some();
            self.skip_node_space();
        }
        let token = self.peek();
        let (name_start, name_end) = (token.start, token.end);
        let name = match token.kind {
            TokenKind::String(_) => match self.bump().kind {
                TokenKind::String(value) => {
                    Some(self.str_data(&value, name_start, name_end, keep && ok))
                }
                _ => None,
            },
            TokenKind::Invalid => {
                self.bump();
                None
            }
            TokenKind::Number(..) | TokenKind::Bool(_) | TokenKind::Null | TokenKind::Equals => {
                self.bump();
                self.lexer
                    .report
                    .simple(name_start, name_end, ids::EXPECTED_NODE_NAME);
                None
            }
            TokenKind::CloseParen => {
                self.bump();
                self.unexpected(name_start, name_end);
                None
            }
            _ => {
                // A terminator, brace or slashdash: left for the body to read.
                if ok {
                    self.lexer
                        .report
                        .simple(name_start, name_end, ids::EXPECTED_NODE_NAME);
                }
                None
            }
        };
        let node = match name {
            Some(name) if keep && ok => Some(PendingNode {
                ty,
                name,
                entries: None,
                children: None,
                start,
                end: name_end,
            }),
            _ => None,
        };
        Cursor {
            node,
            state: CursorState {
                blocks: Blocks::None,
                late_entries_reported: false,
            },
        }
    }

    /// Reads entries up to the end of the node or the next `{`.
    pub(crate) fn node_body(&mut self, mut cursor: Cursor) -> BodyEnd {
        let mut space_before = false;
        loop {
            space_before |= self.skip_node_space();
            let token = self.peek();
            let (start, end) = (token.start, token.end);
            match token.kind {
                TokenKind::Newline | TokenKind::Semicolon | TokenKind::LineComment => {
                    self.bump();
                    return BodyEnd::Done(cursor);
                }
                TokenKind::Eof | TokenKind::CloseBrace => return BodyEnd::Done(cursor),
                TokenKind::OpenBrace => {
                    self.bump();
                    if cursor.state.blocks == Blocks::Real {
                        self.lexer
                            .report
                            .simple(start, end, ids::SECOND_CHILD_BLOCK);
                        return BodyEnd::OpenBlock(cursor, start, true);
                    }
                    return BodyEnd::OpenBlock(cursor, start, false);
                }
                TokenKind::Slashdash => {
                    self.bump();
                    self.skip_line_space();
                    let next = self.peek();
                    if matches!(next.kind, TokenKind::OpenBrace) {
                        let open = next.start;
                        self.bump();
                        return BodyEnd::OpenBlock(cursor, open, true);
                    }
                    if starts_entry(next) {
                        self.late_entry_check(&mut cursor);
                        space_before = self.entry(false);
                    } else {
                        self.lexer.report.simple(start, end, ids::SLASHDASH_TARGET);
                        space_before = false;
                    }
                }
                TokenKind::String(_)
                | TokenKind::Number(..)
                | TokenKind::Bool(_)
                | TokenKind::Null
                | TokenKind::Invalid
                | TokenKind::OpenParen => {
                    let late = cursor.state.blocks != Blocks::None;
                    if late {
                        self.late_entry_check(&mut cursor);
                    } else if !space_before && !matches!(token.kind, TokenKind::Invalid) {
                        self.missing_space(start, end);
                    }
                    let keep = cursor.node.is_some() && !late;
                    let before = self.entries.len();
                    space_before = self.entry(keep);
                    if let Some(node) = cursor.node.as_mut()
                        && let Some(last) = self.entries.get(before)
                    {
                        node.end = node.end.max(last.value_span.end as usize);
                    }
                }
                TokenKind::Space | TokenKind::Equals | TokenKind::CloseParen => {
                    self.bump();
                    self.unexpected(start, end);
                    space_before = false;
                }
            }
        }
    }

    /// Reports a value glued to what comes before it; `r"…"` gets a hint about KDL 2.0 raw
    /// strings.
    fn missing_space(&mut self, start: usize, end: usize) {
        let before = &self.lexer.text.as_bytes()[..start];
        let legacy_raw = matches!(self.lexer.text.as_bytes()[start], b'"' | b'#')
            && before.ends_with(b"r")
            && before.len().checked_sub(2).is_none_or(|index| {
                crate::chars::ASCII
                    .get(usize::from(before[index]))
                    .is_some_and(|class| *class != crate::chars::AsciiClass::IdentifierChar)
            });
        let diagnostic = self.lexer.report.simple(start, end, ids::MISSING_SPACE);
        if legacy_raw {
            diagnostic.help = Some(khung_diag::Message::new(ids::HELP_RAW_STRING));
        }
    }

    /// Reports, once per node, an entry after a child block.
    fn late_entry_check(&mut self, cursor: &mut Cursor) {
        if cursor.state.blocks != Blocks::None && !cursor.state.late_entries_reported {
            cursor.state.late_entries_reported = true;
            let token = self.peek();
            let (start, end) = (token.start, token.end);
            self.lexer
                .report
                .simple(start, end, ids::ENTRY_AFTER_CHILDREN);
        }
    }

    /// Reads one argument or property (pushed onto `entries` when `keep`). Returns whether
    /// whitespace followed it (already consumed).
    fn entry(&mut self, keep: bool) -> bool {
        let start = self.peek().start;
        let is_string = matches!(self.peek().kind, TokenKind::String(_));
        if matches!(self.peek().kind, TokenKind::OpenParen) || !is_string {
            let (ty, value) = self.typed_value(keep);
            let had_type = ty.is_some();
            let space_after = self.skip_node_space();
            if matches!(self.peek().kind, TokenKind::Equals) {
                // `(type)key=value` or `12=value`: not a valid key; read the value and drop all.
                let equals = self.bump();
                let id = if had_type {
                    ids::TYPE_BEFORE_KEY
                } else {
                    ids::INVALID_PROPERTY_KEY
                };
                if value.value.is_some() || had_type {
                    self.lexer.report.simple(start, equals.end, id);
                }
                self.skip_node_space();
                self.typed_value(false);
                return self.skip_node_space();
            }
            if keep {
                self.push_entry(None, ty, value, start);
            }
            return space_after;
        }
        // A string: an argument, or the key of a property if `=` follows.
        let token = self.bump();
        let key_value = match token.kind {
            TokenKind::String(value) => value,
            _ => Cow::Borrowed(""),
        };
        let space_after = self.skip_node_space();
        if !matches!(self.peek().kind, TokenKind::Equals) {
            if keep {
                let text = self.store(&key_value);
                let value = ReadValue {
                    value: Some(ValueData::String(text)),
                    start: token.start,
                    end: token.end,
                };
                self.push_entry(None, None, value, start);
            }
            return space_after;
        }
        self.bump();
        self.skip_node_space();
        let key = self.str_data(&key_value, token.start, token.end, keep);
        let (ty, value) = self.typed_value(keep);
        if keep {
            self.push_entry(Some(key), ty, value, start);
        }
        self.skip_node_space()
    }

    fn push_entry(
        &mut self,
        key: Option<StrData>,
        ty: Option<StrData>,
        value: ReadValue,
        start: usize,
    ) {
        let Some(read) = value.value else {
            return;
        };
        let ty = match ty {
            Some(name) => {
                // An annotated argument starts at its `(`.
                self.doc.types.push(TypeData {
                    name,
                    open: offset(start),
                });
                offset(self.doc.types.len() - 1)
            }
            None => NONE,
        };
        self.entries.push(EntryData {
            key: key.unwrap_or(NO_KEY),
            ty,
            value: read,
            value_span: TextSpan::new(value.start, value.end),
        });
    }

    /// Copies `text` to the document's string buffer.
    pub(crate) fn store(&mut self, text: &str) -> Range32 {
        self.doc.strings.store(text)
    }

    /// A string token (its text stored only when `keep`).
    fn str_data(&mut self, text: &str, start: usize, end: usize, keep: bool) -> StrData {
        let text = if keep {
            self.store(text)
        } else {
            Range32::EMPTY
        };
        StrData {
            text,
            span: TextSpan::new(start, end),
        }
    }

    /// The value of a value token (`None` for [`TokenKind::Invalid`]); stored only when `keep`.
    fn value_of(&mut self, token: Token<'_>, keep: bool) -> Option<ValueData> {
        Some(match token.kind {
            _ if !keep && !matches!(token.kind, TokenKind::Invalid) => ValueData::Null,
            TokenKind::String(value) => ValueData::String(self.store(&value)),
            TokenKind::Number(source, value) => {
                let source = self.store(source);
                self.doc.numbers.push(NumberData { source, value });
                ValueData::Number(offset(self.doc.numbers.len() - 1))
            }
            TokenKind::Bool(flag) => ValueData::Bool(flag),
            TokenKind::Null => ValueData::Null,
            _ => return None,
        })
    }

    /// `(type)? value`; the value is `None` when malformed or missing (reported).
    fn typed_value(&mut self, keep: bool) -> (Option<StrData>, ReadValue) {
        let mut ty = None;
        let mut type_ok = true;
        if matches!(self.peek().kind, TokenKind::OpenParen) {
            ty = self.type_annotation(keep);
            type_ok = ty.is_some();
            self.skip_node_space();
        }
        let token = self.peek();
        let (start, end) = (token.start, token.end);
        let value = match token.kind {
            TokenKind::String(_)
            | TokenKind::Number(..)
            | TokenKind::Bool(_)
            | TokenKind::Null
            | TokenKind::Invalid => {
                let token = self.bump();
                self.value_of(token, keep)
            }
            _ => {
                if type_ok {
                    self.lexer.report.simple(start, end, ids::EXPECTED_VALUE);
                }
                None
            }
        };
        let value = value.filter(|_| type_ok);
        (ty, ReadValue { value, start, end })
    }

    /// `'(' node-space* string node-space* ')'`; `None` when malformed (reported). The name is
    /// stored only when `keep`.
    pub(crate) fn type_annotation(&mut self, keep: bool) -> Option<StrData> {
        let open = self.bump();
        self.skip_node_space();
        let token = self.peek();
        let (start, end) = (token.start, token.end);
        let name = match token.kind {
            TokenKind::String(_) => match self.bump().kind {
                TokenKind::String(value) => Some(self.str_data(&value, start, end, keep)),
                _ => None,
            },
            _ => {
                self.lexer
                    .report
                    .simple(start, end, ids::EXPECTED_TYPE_NAME);
                // Skip to the `)` on this line, if any, so the rest of the node still reads.
                while !matches!(
                    self.peek().kind,
                    TokenKind::CloseParen
                        | TokenKind::Newline
                        | TokenKind::Semicolon
                        | TokenKind::OpenBrace
                        | TokenKind::CloseBrace
                        | TokenKind::Eof
                ) {
                    self.bump();
                }
                if matches!(self.peek().kind, TokenKind::CloseParen) {
                    self.bump();
                }
                return None;
            }
        };
        self.skip_node_space();
        if matches!(self.peek().kind, TokenKind::CloseParen) {
            self.bump();
            return name;
        }
        let here = self.peek().start;
        self.lexer
            .report
            .simple(open.start, here, ids::UNCLOSED_TYPE);
        None
    }
}

/// Whether `token` can start an entry.
fn starts_entry(token: &Token<'_>) -> bool {
    matches!(
        token.kind,
        TokenKind::String(_)
            | TokenKind::Number(..)
            | TokenKind::Bool(_)
            | TokenKind::Null
            | TokenKind::Invalid
            | TokenKind::OpenParen
    )
}
