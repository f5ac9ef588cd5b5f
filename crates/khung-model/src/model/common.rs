//! Pieces every element kind shares: names, ids, kinds and the element trait.

use jiff::civil::Date;
use khung_diag::{Lang, Origin, Span, Spanned};

use crate::model::vocabulary::Status;

/// An element id or a reference to one (kebab-case ASCII, global across the workspace).
pub type Id = String;

/// A human text in Vietnamese (the default) with an optional English translation:
/// `name "…"` and `name "…" lang="en"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The Vietnamese / default text.
    pub default: Spanned<String>,
    /// The English translation, when written.
    pub en: Option<Spanned<String>>,
}

impl Text {
    /// The text in `lang`, falling back to the default when there is no translation.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.en) {
            (Lang::En, Some(english)) => &english.value,
            _ => &self.default.value,
        }
    }

    /// Every spelling (default first), e.g. to compare with a free-text approver.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.default.value.as_str()).chain(self.en.iter().map(|e| e.value.as_str()))
    }
}

/// The kinds of element that live in the id namespace (waivers are not elements).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ElementKind {
    /// `agency`.
    Agency,
    /// `system`.
    System,
    /// `dataset`.
    Dataset,
    /// `flow`.
    Flow,
    /// `service`.
    Service,
    /// `zone`.
    Zone,
    /// `project`.
    Project,
    /// `architecture`.
    Architecture,
}

impl ElementKind {
    /// Every kind, in the order of the design.
    pub const ALL: [ElementKind; 8] = [
        ElementKind::Agency,
        ElementKind::System,
        ElementKind::Dataset,
        ElementKind::Flow,
        ElementKind::Service,
        ElementKind::Zone,
        ElementKind::Project,
        ElementKind::Architecture,
    ];

    /// The node name (`agency`, `system`, …), also the CEL variable of an element under test.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            ElementKind::Agency => "agency",
            ElementKind::System => "system",
            ElementKind::Dataset => "dataset",
            ElementKind::Flow => "flow",
            ElementKind::Service => "service",
            ElementKind::Zone => "zone",
            ElementKind::Project => "project",
            ElementKind::Architecture => "architecture",
        }
    }

    /// Reads a node name.
    #[must_use]
    pub fn parse(text: &str) -> Option<ElementKind> {
        ElementKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

impl std::fmt::Display for ElementKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The lifecycle facts of an element, borrowed (see [`crate::lifecycle`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LifecycleFacts {
    /// `status`, when written (the default is `operating`).
    pub status: Option<Status>,
    /// `since`, when written.
    pub since: Option<Date>,
    /// `retire`, when written.
    pub retire: Option<Date>,
}

/// What every element kind has: an id, an origin, a node span, names and a lifecycle.
pub trait Element {
    /// The element's kind.
    const KIND: ElementKind;
    /// The id (the node's first argument).
    fn id(&self) -> &Spanned<Id>;
    /// Where the element comes from.
    fn origin(&self) -> &Origin;
    /// The span of the element's node.
    fn span(&self) -> Span;
    /// `name`, when written.
    fn name(&self) -> Option<&Text>;
    /// The lifecycle facts.
    fn lifecycle(&self) -> LifecycleFacts;
}

/// Implements [`Element`] for a struct with the common fields `id`, `origin`, `span`, `name`,
/// `status`, `since`, `retire`.
macro_rules! impl_element {
    ($type:ty, $kind:ident) => {
        impl $crate::model::common::Element for $type {
            const KIND: $crate::model::common::ElementKind =
                $crate::model::common::ElementKind::$kind;
            fn id(&self) -> &khung_diag::Spanned<$crate::model::common::Id> {
                &self.id
            }
            fn origin(&self) -> &khung_diag::Origin {
                &self.origin
            }
            fn span(&self) -> khung_diag::Span {
                self.span
            }
            fn name(&self) -> Option<&$crate::model::common::Text> {
                self.name.as_ref()
            }
            fn lifecycle(&self) -> $crate::model::common::LifecycleFacts {
                $crate::model::common::LifecycleFacts {
                    status: self.status.as_ref().map(|s| s.value),
                    since: self.since.as_ref().map(|s| s.value),
                    retire: self.retire.as_ref().map(|s| s.value),
                }
            }
        }
    };
}

pub(crate) use impl_element;
