//! The syntax tree, stored flat: chunked arrays of node and entry records and one chunked
//! string store per document, with `u32` offsets. A node costs 56 bytes (with its place in its
//! block's list) and an entry 40 (an owned tree of `String`s and `Vec`s cost 96 each, plus an
//! allocation per string), and a tree of any depth is freed without recursion. Lowering reads
//! it through small `Copy` handles ([`Node`], [`Entry`], [`Str`], [`Value`]) that borrow the
//! document.

use khung_diag::{FileId, Span};

use crate::chunked::Chunked;
use crate::text_store::TextStore;
use crate::value::{Number, NumberValue, Value};

/// Marks an absent optional part (no key, no type annotation, no child block).
pub(crate) const NONE: u32 = u32::MAX;

/// A range of a document's arrays or string buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Range32 {
    pub(crate) start: u32,
    pub(crate) len: u32,
}

impl Range32 {
    pub(crate) const EMPTY: Range32 = Range32 { start: 0, len: 0 };

    fn to_range(self) -> std::ops::Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }
}

/// A byte range of the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextSpan {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl TextSpan {
    /// `start..end` (an `end` before `start` becomes empty), clamped to `u32` offsets as every
    /// span of the parser is.
    #[inline]
    pub(crate) fn new(start: usize, end: usize) -> TextSpan {
        TextSpan {
            start: offset(start),
            end: offset(end.max(start)),
        }
    }
}

/// A `u32` offset (texts over 4 GiB are not read this far: offsets saturate, as spans do).
#[inline]
pub(crate) fn offset(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// A string token: its text in the string buffer and its span in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StrData {
    pub(crate) text: Range32,
    pub(crate) span: TextSpan,
}

/// A stored type annotation: its name and where its `(` is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TypeData {
    pub(crate) name: StrData,
    pub(crate) open: u32,
}

/// A stored node.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NodeData {
    pub(crate) name: StrData,
    /// Index in [`Document::types`], or [`NONE`].
    pub(crate) ty: u32,
    pub(crate) entries: Range32,
    /// Range of [`Document::children`]; `start` is [`NONE`] when there is no block.
    pub(crate) children: Range32,
    pub(crate) children_span: TextSpan,
    pub(crate) span: TextSpan,
}

/// A stored value.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ValueData {
    String(Range32),
    /// Index in [`Document::numbers`].
    Number(u32),
    Bool(bool),
    Null,
}

/// A stored entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EntryData {
    /// `key.text.start` is [`NONE`] for an argument.
    pub(crate) key: StrData,
    /// Index in [`Document::types`], or [`NONE`].
    pub(crate) ty: u32,
    pub(crate) value: ValueData,
    pub(crate) value_span: TextSpan,
}

/// A stored number: its source text and value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberData {
    pub(crate) source: Range32,
    pub(crate) value: NumberValue,
}

/// A parsed KDL document.
#[derive(Debug, Clone)]
pub struct Document {
    pub(crate) file: FileId,
    /// Every string.
    pub(crate) strings: TextStore,
    /// Nodes, each stored when it is finished (children before their parent).
    pub(crate) nodes: Chunked<NodeData>,
    /// Positions in `nodes`: the top-level nodes and each block's nodes, each list contiguous.
    pub(crate) children: Vec<u32>,
    /// Entries; each node's are contiguous.
    pub(crate) entries: Chunked<EntryData>,
    pub(crate) types: Vec<TypeData>,
    pub(crate) numbers: Vec<NumberData>,
    /// Range of `children`: the top-level nodes.
    pub(crate) roots: Range32,
}

impl Document {
    /// The top-level nodes in source order (slashdashed nodes are left out).
    #[must_use]
    pub fn nodes(&self) -> Nodes<'_> {
        Nodes {
            doc: self,
            range: self.roots.to_range(),
        }
    }

    /// The file the spans point into.
    #[must_use]
    pub fn file(&self) -> FileId {
        self.file
    }

    fn text(&self, range: Range32) -> &str {
        self.strings.get(range)
    }

    fn span(&self, span: TextSpan) -> Span {
        Span {
            file: self.file,
            start: span.start,
            end: span.end,
        }
    }

    fn str(&self, data: StrData) -> Str<'_> {
        Str {
            value: self.text(data.text),
            span: self.span(data.span),
        }
    }

    fn ty(&self, index: u32) -> Option<Str<'_>> {
        self.types
            .get(index as usize)
            .map(|data| self.str(data.name))
    }
}

/// The nodes of a block (or the top level), in source order.
#[derive(Debug, Clone)]
pub struct Nodes<'a> {
    doc: &'a Document,
    range: std::ops::Range<usize>,
}

impl<'a> Nodes<'a> {
    fn node(&self, index: usize) -> Option<Node<'a>> {
        let position = *self.doc.children.get(index)?;
        self.doc.nodes.get(position as usize).map(|data| Node {
            doc: self.doc,
            data,
        })
    }
}

impl<'a> Iterator for Nodes<'a> {
    type Item = Node<'a>;

    fn next(&mut self) -> Option<Node<'a>> {
        let index = self.range.next()?;
        self.node(index)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }
}

impl DoubleEndedIterator for Nodes<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let index = self.range.next_back()?;
        self.node(index)
    }
}

impl ExactSizeIterator for Nodes<'_> {}

/// A string-valued token (a node name, property key or type annotation) with its span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Str<'a> {
    /// The value after unquoting and unescaping.
    pub value: &'a str,
    /// The token's span in the source.
    pub span: Span,
}

/// One KDL node.
#[derive(Clone, Copy)]
pub struct Node<'a> {
    doc: &'a Document,
    data: &'a NodeData,
}

impl std::fmt::Debug for Node<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Children are left out: a deep tree would recurse once per level.
        f.debug_struct("Node")
            .field("name", &self.name().value)
            .field("entries", &self.entries().collect::<Vec<_>>())
            .field("children", &self.child_nodes().len())
            .finish_non_exhaustive()
    }
}

impl<'a> Node<'a> {
    /// The `(type)` annotation before the name, if any.
    #[must_use]
    pub fn ty(&self) -> Option<Str<'a>> {
        self.doc.ty(self.data.ty)
    }

    /// The node name.
    #[must_use]
    pub fn name(&self) -> Str<'a> {
        self.doc.str(self.data.name)
    }

    /// Arguments and properties in source order (slashdashed entries are left out).
    #[must_use]
    pub fn entries(&self) -> Entries<'a> {
        Entries {
            doc: self.doc,
            range: self.data.entries.to_range(),
        }
    }

    /// The arguments, in order.
    pub fn arguments(&self) -> impl DoubleEndedIterator<Item = Entry<'a>> + 'a {
        self.entries().filter(|entry| entry.key().is_none())
    }

    /// The properties, in order (duplicates included; the last one wins in KDL).
    pub fn properties(&self) -> impl DoubleEndedIterator<Item = Entry<'a>> + 'a {
        self.entries().filter(|entry| entry.key().is_some())
    }

    /// The child nodes (none when there is no block).
    #[must_use]
    pub fn child_nodes(&self) -> Nodes<'a> {
        let range = if self.data.children.start == NONE {
            0..0
        } else {
            self.data.children.to_range()
        };
        Nodes {
            doc: self.doc,
            range,
        }
    }

    /// The `{ … }` block's span, if the node has a block (even an empty one).
    #[must_use]
    pub fn children_span(&self) -> Option<Span> {
        (self.data.children.start != NONE).then(|| self.doc.span(self.data.children_span))
    }

    /// The whole node, from its type annotation or name to its last entry or closing brace.
    #[must_use]
    pub fn span(&self) -> Span {
        self.doc.span(self.data.span)
    }
}

/// The entries of a node, in source order.
#[derive(Debug, Clone)]
pub struct Entries<'a> {
    doc: &'a Document,
    range: std::ops::Range<usize>,
}

impl<'a> Iterator for Entries<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        let index = self.range.next()?;
        self.doc.entries.get(index).map(|data| Entry {
            doc: self.doc,
            data,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }
}

impl DoubleEndedIterator for Entries<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let index = self.range.next_back()?;
        self.doc.entries.get(index).map(|data| Entry {
            doc: self.doc,
            data,
        })
    }
}

impl ExactSizeIterator for Entries<'_> {}

/// An argument (no key) or a property (`key=value`).
#[derive(Clone, Copy)]
pub struct Entry<'a> {
    doc: &'a Document,
    data: &'a EntryData,
}

impl std::fmt::Debug for Entry<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entry")
            .field("key", &self.key().map(|key| key.value))
            .field("value", &self.value())
            .finish()
    }
}

impl<'a> Entry<'a> {
    /// The property key; `None` for an argument.
    #[must_use]
    pub fn key(&self) -> Option<Str<'a>> {
        (self.data.key.text.start != NONE).then(|| self.doc.str(self.data.key))
    }

    /// The `(type)` annotation of the value, if any.
    #[must_use]
    pub fn ty(&self) -> Option<Str<'a>> {
        self.doc.ty(self.data.ty)
    }

    /// The value.
    #[must_use]
    pub fn value(&self) -> Value<'a> {
        match self.data.value {
            ValueData::String(range) => Value::String(self.doc.text(range)),
            ValueData::Number(index) => match self.doc.numbers.get(index as usize) {
                Some(number) => Value::Number(Number {
                    source: self.doc.text(number.source),
                    value: number.value,
                }),
                None => Value::Null,
            },
            ValueData::Bool(flag) => Value::Bool(flag),
            ValueData::Null => Value::Null,
        }
    }

    /// The span of the value token alone.
    #[must_use]
    pub fn value_span(&self) -> Span {
        self.doc.span(self.data.value_span)
    }

    /// The span of the whole entry (key, `=`, annotation and value).
    #[must_use]
    pub fn span(&self) -> Span {
        // The entry starts with its key, else its type annotation's `(`, else its value.
        let start = match (self.key(), self.doc.types.get(self.data.ty as usize)) {
            (Some(key), _) => key.span.start,
            (None, Some(ty)) => ty.open,
            (None, None) => self.data.value_span.start,
        };
        Span {
            file: self.doc.file,
            start,
            end: self.data.value_span.end,
        }
    }
}
