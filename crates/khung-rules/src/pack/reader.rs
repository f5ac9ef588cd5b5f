//! [`NodeReader`]: reads one KDL node of a pack file (arguments in order, properties by name)
//! and reports every entry nobody read as `rule-pack-invalid`.

use khung_diag::{Code, Diagnostic, Message, Span};
use khung_kdl::{Entry, Node};

fn invalid(span: Span, message: Message) -> Diagnostic {
    Diagnostic::new(Code::RulePackInvalid, span, message)
}

/// A small reader over one node: arguments in order, properties by name, and a final check
/// that reports anything unread.
pub(crate) struct NodeReader<'n> {
    node: Node<'n>,
    read: Vec<bool>,
    children_allowed: bool,
}

impl<'n> NodeReader<'n> {
    pub(crate) fn new(node: Node<'n>) -> NodeReader<'n> {
        NodeReader {
            node,
            read: vec![false; node.entries().len()],
            children_allowed: false,
        }
    }

    /// A reader for a node whose children the caller reads itself.
    pub(crate) fn with_children(node: Node<'n>) -> NodeReader<'n> {
        NodeReader {
            children_allowed: true,
            ..NodeReader::new(node)
        }
    }

    pub(crate) fn argument(&mut self, position: usize) -> Option<Entry<'n>> {
        let (index, entry) = self
            .node
            .entries()
            .enumerate()
            .filter(|(_, entry)| entry.key().is_none())
            .nth(position)?;
        self.read[index] = true;
        Some(entry)
    }

    pub(crate) fn property(&mut self, name: &str) -> Option<Entry<'n>> {
        let (index, entry) = self
            .node
            .entries()
            .enumerate()
            .rfind(|(_, entry)| entry.key().is_some_and(|key| key.value == name))?;
        self.read[index] = true;
        Some(entry)
    }

    pub(crate) fn string_argument(
        &mut self,
        position: usize,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<(&'n str, Entry<'n>)> {
        match self.argument(position) {
            Some(entry) => match entry.value().as_str() {
                Some(text) => Some((text, entry)),
                None => {
                    diagnostics.push(invalid(
                        entry.value_span(),
                        Message::new("pack-expected-string")
                            .arg("node", self.node.name().value.to_owned()),
                    ));
                    None
                }
            },
            None => {
                diagnostics.push(invalid(
                    self.node.name().span,
                    Message::new("pack-missing-argument")
                        .arg("node", self.node.name().value.to_owned()),
                ));
                None
            }
        }
    }

    pub(crate) fn finish(self, diagnostics: &mut Vec<Diagnostic>) {
        for (entry, read) in self.node.entries().zip(self.read) {
            if !read {
                let name = entry
                    .key()
                    .map_or_else(|| entry.value().display(), |key| key.value.to_owned());
                diagnostics.push(invalid(
                    entry.span(),
                    Message::new("pack-unexpected-entry")
                        .arg("name", name)
                        .arg("node", self.node.name().value.to_owned()),
                ));
            }
        }
        if let Some(span) = self.node.children_span().filter(|_| !self.children_allowed)
            && self.node.child_nodes().len() > 0
        {
            diagnostics.push(invalid(
                span,
                Message::new("pack-unexpected-children")
                    .arg("node", self.node.name().value.to_owned()),
            ));
        }
    }
}
