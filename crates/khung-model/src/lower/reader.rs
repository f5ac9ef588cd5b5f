//! A reader over one KDL node that keeps track of what was read, so that [`Reader::finish`] can
//! report everything nobody read (`unknown-property` with "did you mean"). It implements the
//! "written forms" rule: a scalar may be a property of the node or a one-argument child node,
//! and writing it twice is `duplicate-property`.

use khung_diag::{Code, Diagnostic, Message, Span, closest};
use khung_kdl::{Entry, Node};

use crate::lower::marks::{Marks, NameSet};

/// Where a scalar or record was written: as `key=value` on the parent, or as a child node.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Source<'n> {
    /// `key=value` on the parent node.
    Property(Entry<'n>),
    /// A child node `key …`.
    Child(Node<'n>),
}

impl<'n> Source<'n> {
    /// The span of the whole property or child node.
    pub(crate) fn span(self) -> Span {
        match self {
            Source::Property(entry) => entry.span(),
            Source::Child(node) => node.span(),
        }
    }

    /// A reader over the record: for the property form, one argument and nothing else.
    pub(crate) fn reader(self) -> Reader<'n> {
        match self {
            Source::Property(entry) => Reader::from_property(entry),
            Source::Child(node) => Reader::new(node),
        }
    }
}

/// Reads one node (or one property standing for a record with only a value).
pub(crate) struct Reader<'n> {
    /// The node, unless this reader stands for a `key=value` property.
    node: Option<Node<'n>>,
    /// For the property form: the property (its value is argument 0).
    property: Option<Entry<'n>>,
    /// The node's (or property's) name, for messages.
    name: &'n str,
    span: Span,
    entry_read: Marks,
    child_read: Marks,
    /// The keys of the node's properties, and the names of its child nodes (to skip the scan
    /// for a key that was not written).
    property_keys: NameSet,
    child_names: NameSet,
    /// Every key this node understands (asked for by the lowering), for "did you mean".
    known: Vec<&'static str>,
    /// Every key found written (even with an invalid value), so that a required fact with a
    /// bad value is not also reported missing.
    written: Vec<&'static str>,
}

impl<'n> Reader<'n> {
    /// A reader over a node.
    pub(crate) fn new(node: Node<'n>) -> Reader<'n> {
        Reader {
            node: Some(node),
            property: None,
            name: node.name().value,
            span: node.span(),
            entry_read: Marks::new(node.entries().len()),
            child_read: Marks::new(node.child_nodes().len()),
            property_keys: NameSet::of(
                node.entries()
                    .filter_map(|entry| entry.key().map(|key| key.value)),
            ),
            child_names: NameSet::of(node.child_nodes().map(|c| c.name().value)),
            known: Vec::new(),
            written: Vec::new(),
        }
    }

    fn from_property(entry: Entry<'n>) -> Reader<'n> {
        Reader {
            node: None,
            property: Some(entry),
            name: entry.key().map_or("", |key| key.value),
            span: entry.span(),
            entry_read: Marks::new(1),
            child_read: Marks::new(0),
            property_keys: NameSet::default(),
            child_names: NameSet::default(),
            known: Vec::new(),
            written: Vec::new(),
        }
    }

    /// The node's name.
    pub(crate) fn name(&self) -> &'n str {
        self.name
    }

    /// The span of the node's name (the whole property for the property form).
    pub(crate) fn name_span(&self) -> Span {
        self.node.map_or(self.span, |node| node.name().span)
    }

    /// The `index`-th argument, marked as read.
    pub(crate) fn argument(&mut self, index: usize) -> Option<Entry<'n>> {
        if let Some(property) = self.property {
            if index == 0 {
                self.entry_read.set(0);
                return Some(property);
            }
            return None;
        }
        let node = self.node?;
        let (position, entry) = node
            .entries()
            .enumerate()
            .filter(|(_, entry)| entry.key().is_none())
            .nth(index)?;
        self.entry_read.set(position);
        Some(entry)
    }

    /// Every argument from `from` on, marked as read.
    pub(crate) fn arguments_from(&mut self, from: usize) -> Vec<Entry<'n>> {
        let mut all = Vec::new();
        let mut index = from;
        while let Some(entry) = self.argument(index) {
            all.push(entry);
            index += 1;
        }
        all
    }

    /// The first argument, reported as `missing-argument` when absent.
    pub(crate) fn required_argument(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Entry<'n>> {
        let entry = self.argument(0);
        if entry.is_none() {
            diagnostics.push(Diagnostic::new(
                Code::MissingRequired,
                self.name_span(),
                Message::new("missing-argument").arg("node", self.name),
            ));
        }
        entry
    }

    /// The property `key` of this node (marked read). Written twice: `duplicate-property`, and
    /// the last one wins as in KDL.
    pub(crate) fn property(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Option<Entry<'n>> {
        self.learn(key);
        let node = self.node?;
        if !self.property_keys.may_contain(key) {
            return None;
        }
        let mut found: Option<Entry<'n>> = None;
        for (position, entry) in node.entries().enumerate() {
            if entry.key().is_some_and(|k| k.value == key) {
                self.entry_read.set(position);
                if let Some(first) = found {
                    diagnostics.push(duplicate(key, entry.span(), first.span()));
                }
                found = Some(entry);
            }
        }
        if found.is_some() {
            self.mark_written(key);
        }
        found
    }

    /// Child nodes named `key` (marked read), in order.
    pub(crate) fn children(&mut self, key: &'static str) -> Vec<Node<'n>> {
        self.learn(key);
        let Some(node) = self.node else {
            return Vec::new();
        };
        if !self.child_names.may_contain(key) {
            return Vec::new();
        }
        let mut found = Vec::new();
        for (position, child) in node.child_nodes().enumerate() {
            if child.name().value == key {
                self.child_read.set(position);
                found.push(child);
            }
        }
        if !found.is_empty() {
            self.mark_written(key);
        }
        found
    }

    fn mark_written(&mut self, key: &'static str) {
        if !self.written.contains(&key) {
            self.written.push(key);
        }
    }

    /// Whether `key` was written at all (as a property or a child), valid or not.
    pub(crate) fn was_written(&self, key: &str) -> bool {
        self.written.contains(&key)
    }

    /// A scalar or record written either as `key=value` or as child node(s) `key …`. When it
    /// is written more than once, every later occurrence is `duplicate-property` and the first
    /// one is used.
    pub(crate) fn source(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Option<Source<'n>> {
        let property = self.property(diagnostics, key).map(Source::Property);
        let children = self.children(key);
        let mut first = property;
        for child in children {
            match first {
                None => first = Some(Source::Child(child)),
                Some(earlier) => {
                    diagnostics.push(duplicate(key, child.name().span, earlier.span()))
                }
            }
        }
        first
    }

    /// A scalar: `key=value` or a child `key value` with exactly one argument and nothing else.
    pub(crate) fn scalar(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Option<Entry<'n>> {
        let source = self.source(diagnostics, key)?;
        let mut reader = source.reader();
        let value = reader.required_argument(diagnostics);
        reader.finish(diagnostics);
        value
    }

    /// A list: child nodes `key a b c`, possibly repeated; every argument of each, in order.
    pub(crate) fn list(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Vec<Entry<'n>> {
        let mut values = Vec::new();
        for child in self.children(key) {
            let mut reader = Reader::new(child);
            let items = reader.arguments_from(0);
            if items.is_empty() {
                reader.required_argument(diagnostics);
            }
            values.extend(items);
            reader.finish(diagnostics);
        }
        values
    }

    /// Remembers a key this node understands (for "did you mean" on the others). A key may be
    /// remembered twice (a scalar asks as a property and as a child): the list is only
    /// searched and handed to [`closest`], which does not depend on order or repetition, so
    /// it is not deduplicated on this hot path.
    pub(crate) fn learn(&mut self, key: &'static str) {
        self.known.push(key);
    }

    /// Reports everything nobody read: unknown properties and child nodes
    /// (`unknown-property` with "did you mean"), extra arguments, and type annotations on
    /// nodes (values' annotations are checked where values are read).
    pub(crate) fn finish(self, diagnostics: &mut Vec<Diagnostic>) {
        let Some(node) = self.node else {
            return;
        };
        if let Some(annotation) = node.ty() {
            diagnostics.push(unexpected_annotation(annotation.value, annotation.span));
        }
        let known = || self.known.iter().copied();
        for (position, entry) in node.entries().enumerate() {
            if self.entry_read.get(position) {
                continue;
            }
            match entry.key() {
                Some(key) => {
                    // A known key written as a property where only a child node is allowed
                    // (a list or a record): say how to write it instead of "did you mean".
                    let help = if self.known.contains(&key.value) {
                        Some(Message::new("write-as-child").arg("name", key.value))
                    } else {
                        did_you_mean(key.value, known())
                    };
                    diagnostics.push(
                        Diagnostic::new(
                            Code::UnknownProperty,
                            key.span,
                            Message::new("unknown-property")
                                .arg("name", key.value)
                                .arg("node", self.name),
                        )
                        .with_optional_help(help),
                    );
                }
                None => diagnostics.push(Diagnostic::new(
                    Code::UnknownProperty,
                    entry.span(),
                    Message::new("unexpected-argument")
                        .arg("value", entry.value().display())
                        .arg("node", self.name),
                )),
            }
        }
        for (position, child) in node.child_nodes().enumerate() {
            if !self.child_read.get(position) {
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnknownProperty,
                        child.name().span,
                        Message::new("unknown-property")
                            .arg("name", child.name().value)
                            .arg("node", self.name),
                    )
                    .with_optional_help(did_you_mean(child.name().value, known())),
                );
            }
        }
    }
}

/// "did you mean `x`?" for the candidate closest to `input`, if any is close enough.
pub(crate) fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Message> {
    closest(input, candidates).map(|name| Message::new("did-you-mean").arg("name", name))
}

/// `duplicate-property` at `again`, pointing back at `first`.
pub(crate) fn duplicate(key: &str, again: Span, first: Span) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateProperty,
        again,
        Message::new("duplicate-property").arg("name", key.to_owned()),
    )
    .with_label(first, Some(Message::new("first-defined-here")))
}

/// `invalid-value` for a type annotation where none is allowed.
pub(crate) fn unexpected_annotation(annotation: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::InvalidValue,
        span,
        Message::new("unexpected-annotation").arg("annotation", annotation.to_owned()),
    )
}
