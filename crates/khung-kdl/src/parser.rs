//! The parser: an explicit-stack state machine over the lexer's tokens. Nothing here recurses,
//! so nesting depth only costs heap (a few words per open block), never call stack.
//!
//! The only nesting in KDL is the child block. Opening one pushes a [`Frame`] (and, when its
//! owner is kept, parks the owner node on `owners`); closing it pops the frame and resumes the
//! owner right after its `}` — the only place a block can return to. A finished node is stored
//! in the document at once and its position goes on one shared `finished` stack; a block moves
//! its suffix to the document's list of children when it closes, so every block's list is
//! contiguous there. A node's entries are moved to the entry array when its entries end, so
//! they are contiguous too.
//!
//! Slashdashed and too-deep content is parsed the same way (so its errors are found) but not
//! built: `Frame::keep_content` is false for it and everything inside.

use khung_diag::{Code, Diagnostic, FileId, Message};

use crate::chunked::Chunked;
use crate::lexer::{Lexer, Token, TokenKind};
use crate::report::ids;
use crate::text_store::TextStore;
use crate::tree::{
    Document, EntryData, NONE, NodeData, Range32, StrData, TextSpan, TypeData, offset,
};

/// Parses `text` into a document and its diagnostics.
pub(crate) fn parse(file: FileId, text: &str, max_depth: usize) -> (Document, Vec<Diagnostic>) {
    let mut parser = Parser {
        lexer: Lexer::new(file, text),
        peeked: None,
        max_depth,
        too_deep_reported: false,
        frames: Vec::new(),
        owners: Vec::new(),
        finished: Vec::new(),
        entries: Vec::new(),
        doc: Document {
            file,
            strings: TextStore::for_source(text.len()),
            nodes: Chunked::default(),
            children: Vec::new(),
            entries: Chunked::default(),
            types: Vec::new(),
            numbers: Vec::new(),
            roots: Range32::EMPTY,
        },
    };
    parser.run();
    let roots = parser.move_finished(0);
    let mut doc = parser.doc;
    doc.roots = roots;
    let mut diagnostics = parser.lexer.report.diagnostics;
    // Found in reading order; an unclosed block, say, is found at the end but sits earlier.
    diagnostics
        .sort_by_key(|diagnostic| diagnostic.primary_span().map(|span| (span.start, span.end)));
    (doc, diagnostics)
}

pub(crate) struct Parser<'a> {
    pub(crate) lexer: Lexer<'a>,
    pub(crate) peeked: Option<Token<'a>>,
    max_depth: usize,
    too_deep_reported: bool,
    /// Open child blocks, innermost last.
    frames: Vec<Frame>,
    /// Kept nodes whose child block is open (one per frame with `owner_kept`).
    owners: Vec<PendingNode>,
    /// Positions of finished kept nodes; each open kept block owns the suffix from its
    /// `nodes_start`.
    finished: Vec<u32>,
    /// Entries of the node being read (moved to the document when its first block opens or it
    /// ends).
    pub(crate) entries: Vec<EntryData>,
    /// The document being built.
    pub(crate) doc: Document,
}

/// An open `{ … }`.
struct Frame {
    /// Offset of the `{`.
    open: usize,
    /// Where this block's nodes start in `Parser::finished`.
    nodes_start: usize,
    /// The owner node is kept (and parked on `Parser::owners`).
    owner_kept: bool,
    /// The nodes inside are kept (false when slashdashed, too deep or inside discarded content).
    keep_content: bool,
    /// The block is slashdashed (`/- { … }`), so the owner gets no children from it.
    slashdashed: bool,
    /// The owner's reading state, resumed after the `}`.
    cursor: CursorState,
}

/// A node being read: its head and entries so far.
pub(crate) struct PendingNode {
    pub(crate) ty: Option<StrData>,
    pub(crate) name: StrData,
    pub(crate) entries: Option<Range32>,
    pub(crate) children: Option<(Range32, TextSpan)>,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Which child blocks a node has had so far.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Blocks {
    None,
    OnlySlashdashed,
    Real,
}

/// The reading state of a node besides its data.
#[derive(Clone, Copy)]
pub(crate) struct CursorState {
    pub(crate) blocks: Blocks,
    /// An error already said that entries after a child block are not allowed.
    pub(crate) late_entries_reported: bool,
}

/// The node being read: `node` is `None` when it is not kept (slashdashed, malformed, or in
/// discarded content).
pub(crate) struct Cursor {
    pub(crate) node: Option<PendingNode>,
    pub(crate) state: CursorState,
}

/// How a node's body ended.
pub(crate) enum BodyEnd {
    /// The node is complete.
    Done(Cursor),
    /// A `{` opened a child block (slashdashed or not) at the given offset.
    OpenBlock(Cursor, usize, bool),
}

impl<'a> Parser<'a> {
    /// The next token, without consuming it.
    pub(crate) fn peek(&mut self) -> &Token<'a> {
        if self.peeked.is_none() {
            self.peeked = Some(self.lexer.next_token());
        }
        match &self.peeked {
            Some(token) => token,
            None => unreachable!("filled above"),
        }
    }

    /// Consumes and returns the next token.
    pub(crate) fn bump(&mut self) -> Token<'a> {
        match self.peeked.take() {
            Some(token) => token,
            None => self.lexer.next_token(),
        }
    }

    /// Whether nodes read now are kept in the tree.
    pub(crate) fn context_kept(&self) -> bool {
        self.frames.last().is_none_or(|frame| frame.keep_content)
    }

    fn run(&mut self) {
        let mut resumed: Option<Cursor> = None;
        loop {
            let cursor = match resumed.take() {
                Some(cursor) => cursor,
                None => match self.between_nodes() {
                    Between::End => break,
                    Between::Close(end) => {
                        resumed = self.close_block(end);
                        continue;
                    }
                    Between::Node { slashdashed } => self.node_head(slashdashed),
                },
            };
            match self.node_body(cursor) {
                BodyEnd::Done(cursor) => self.finish_node(cursor),
                BodyEnd::OpenBlock(cursor, open, slashdashed) => {
                    self.open_block(cursor, open, slashdashed);
                }
            }
        }
        if let Some(outermost) = self.frames.first() {
            let open = outermost.open;
            let eof = self.lexer.report_eof_label();
            self.lexer
                .report
                .simple(open, open + 1, ids::UNCLOSED_BLOCK)
                .labels
                .push(eof);
        }
        let end = self.lexer.text.len();
        while !self.frames.is_empty() {
            if let Some(cursor) = self.close_block(end) {
                self.finish_node(cursor);
            }
        }
    }

    /// Skips line space and slashdashes between nodes; says what comes next.
    fn between_nodes(&mut self) -> Between {
        loop {
            self.skip_line_space();
            let token = self.peek();
            let (start, end) = (token.start, token.end);
            match token.kind {
                TokenKind::Eof => return Between::End,
                TokenKind::CloseBrace => {
                    self.bump();
                    return Between::Close(end);
                }
                TokenKind::Semicolon => {
                    self.bump();
                    let message = Message::new(ids::UNEXPECTED_TOKEN).arg("token", ";");
                    self.lexer.report.syntax(start, end, message);
                }
                TokenKind::Slashdash => {
                    self.bump();
                    self.skip_line_space();
                    if matches!(self.peek().kind, TokenKind::Eof | TokenKind::CloseBrace) {
                        self.lexer.report.simple(start, end, ids::SLASHDASH_TARGET);
                        continue;
                    }
                    return Between::Node { slashdashed: true };
                }
                _ => return Between::Node { slashdashed: false },
            }
        }
    }

    /// Skips whitespace, newlines and comments.
    pub(crate) fn skip_line_space(&mut self) {
        while matches!(
            self.peek().kind,
            TokenKind::Space | TokenKind::Newline | TokenKind::LineComment
        ) {
            self.bump();
        }
    }

    /// Skips `node-space` (whitespace, block comments, line continuations); returns whether
    /// there was any.
    pub(crate) fn skip_node_space(&mut self) -> bool {
        let mut any = false;
        while matches!(self.peek().kind, TokenKind::Space) {
            self.bump();
            any = true;
        }
        any
    }

    fn open_block(&mut self, cursor: Cursor, open: usize, slashdashed: bool) {
        let within_depth = self.frames.len() < self.max_depth;
        if !within_depth && !self.too_deep_reported {
            self.too_deep_reported = true;
            let message = Message::new("too-deep").arg("limit", self.max_depth.to_string());
            let span = self.lexer.report.span(open, open + 1);
            self.lexer
                .report
                .push(Diagnostic::new(Code::TooDeep, span, message));
        }
        let owner_kept = cursor.node.is_some();
        if let Some(mut node) = cursor.node {
            self.take_entries(&mut node);
            self.owners.push(node);
        }
        self.frames.push(Frame {
            open,
            nodes_start: self.finished.len(),
            owner_kept,
            keep_content: owner_kept && !slashdashed && within_depth,
            slashdashed,
            cursor: cursor.state,
        });
    }

    /// Closes the innermost block at `end` (after its `}`); returns its owner to resume, or
    /// `None` after reporting a `}` that closes nothing.
    fn close_block(&mut self, end: usize) -> Option<Cursor> {
        let Some(frame) = self.frames.pop() else {
            let start = end.saturating_sub(1);
            self.lexer
                .report
                .simple(start, end, ids::UNMATCHED_CLOSE_BRACE);
            return None;
        };
        let mut node = None;
        if frame.owner_kept {
            node = self.owners.pop();
        }
        if let Some(owner) = node.as_mut().filter(|_| !frame.slashdashed) {
            // A too-deep block keeps its span but none of its content.
            let nodes = if frame.keep_content {
                self.move_finished(frame.nodes_start)
            } else {
                Range32::EMPTY
            };
            let span = TextSpan::new(frame.open, end);
            owner.children = Some((nodes, span));
            owner.end = end;
        }
        let blocks = match (frame.slashdashed, frame.cursor.blocks) {
            (false, _) | (true, Blocks::Real) => Blocks::Real,
            (true, _) => Blocks::OnlySlashdashed,
        };
        Some(Cursor {
            node,
            state: CursorState {
                blocks,
                ..frame.cursor
            },
        })
    }

    /// Moves the positions of the finished nodes from `start` on to the document's list of
    /// children; returns where they are.
    fn move_finished(&mut self, start: usize) -> Range32 {
        let first = offset(self.doc.children.len());
        let moved = self.finished.get(start..).map_or(0, <[u32]>::len);
        self.doc
            .children
            .extend(self.finished.drain(start.min(self.finished.len())..));
        Range32 {
            start: first,
            len: offset(moved),
        }
    }

    /// Moves the entries read so far to the document, for `node` (once).
    fn take_entries(&mut self, node: &mut PendingNode) {
        if node.entries.is_none() {
            let start = offset(self.doc.entries.len());
            let len = offset(self.entries.len());
            for entry in self.entries.drain(..) {
                self.doc.entries.push(entry);
            }
            node.entries = Some(Range32 { start, len });
        }
    }

    fn finish_node(&mut self, cursor: Cursor) {
        let Some(mut pending) = cursor.node else {
            self.entries.clear();
            return;
        };
        self.take_entries(&mut pending);
        let ty = match pending.ty {
            Some(name) => {
                self.doc.types.push(TypeData {
                    name,
                    open: offset(pending.start),
                });
                offset(self.doc.types.len() - 1)
            }
            None => NONE,
        };
        let (children, children_span) = pending.children.unwrap_or((
            Range32 {
                start: NONE,
                len: 0,
            },
            TextSpan { start: 0, end: 0 },
        ));
        self.finished.push(offset(self.doc.nodes.len()));
        self.doc.nodes.push(NodeData {
            name: pending.name,
            ty,
            entries: pending.entries.unwrap_or(Range32::EMPTY),
            children,
            children_span,
            span: TextSpan::new(pending.start, pending.end),
        });
    }

    /// Reports an unexpected token over `start..end`, quoting it.
    pub(crate) fn unexpected(&mut self, start: usize, end: usize) {
        let text = crate::report::quote_source(&self.lexer.text[start..end]);
        let message = Message::new(ids::UNEXPECTED_TOKEN).arg("token", text);
        self.lexer.report.syntax(start, end, message);
    }
}

/// What comes after line space between nodes.
enum Between {
    /// The end of the text.
    End,
    /// A `}` ending at the offset.
    Close(usize),
    /// The start of a node.
    Node { slashdashed: bool },
}
