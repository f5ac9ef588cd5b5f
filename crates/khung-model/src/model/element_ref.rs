//! [`ElementRef`]: a borrowed element of any kind.

use khung_diag::{Origin, Span, Spanned};

use crate::model::agency::Agency;
use crate::model::architecture::Architecture;
use crate::model::common::{Element, ElementKind, Id, LifecycleFacts, Text};
use crate::model::dataset::Dataset;
use crate::model::flow::Flow;
use crate::model::project::Project;
use crate::model::service::Service;
use crate::model::system::System;
use crate::model::zone::Zone;

/// A borrowed element, tagged with its kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ElementRef<'a> {
    /// An agency.
    Agency(&'a Agency),
    /// A system.
    System(&'a System),
    /// A dataset.
    Dataset(&'a Dataset),
    /// A flow.
    Flow(&'a Flow),
    /// A service.
    Service(&'a Service),
    /// A zone.
    Zone(&'a Zone),
    /// A project.
    Project(&'a Project),
    /// An architecture.
    Architecture(&'a Architecture),
}

macro_rules! dispatch {
    ($self:expr, $element:ident => $body:expr) => {
        match $self {
            ElementRef::Agency($element) => $body,
            ElementRef::System($element) => $body,
            ElementRef::Dataset($element) => $body,
            ElementRef::Flow($element) => $body,
            ElementRef::Service($element) => $body,
            ElementRef::Zone($element) => $body,
            ElementRef::Project($element) => $body,
            ElementRef::Architecture($element) => $body,
        }
    };
}

impl<'a> ElementRef<'a> {
    /// The element's kind.
    #[must_use]
    pub fn kind(self) -> ElementKind {
        fn kind_of<E: Element>(_: &E) -> ElementKind {
            E::KIND
        }
        dispatch!(self, e => kind_of(e))
    }

    /// The id.
    #[must_use]
    pub fn id(self) -> &'a Spanned<Id> {
        dispatch!(self, e => e.id())
    }

    /// Where it comes from.
    #[must_use]
    pub fn origin(self) -> &'a Origin {
        dispatch!(self, e => e.origin())
    }

    /// The span of its node.
    #[must_use]
    pub fn span(self) -> Span {
        dispatch!(self, e => e.span())
    }

    /// Its `name`, when written.
    #[must_use]
    pub fn name(self) -> Option<&'a Text> {
        dispatch!(self, e => e.name())
    }

    /// Its name in `lang` (falling back to the default text), or its id when it has no name.
    #[must_use]
    pub fn label(self, lang: khung_diag::Lang) -> &'a str {
        match self.name() {
            Some(name) => name.get(lang),
            None => &self.id().value,
        }
    }

    /// Its lifecycle facts.
    #[must_use]
    pub fn lifecycle(self) -> LifecycleFacts {
        dispatch!(self, e => e.lifecycle())
    }

    /// The `owner` of a system, dataset, service or project; the `agency` of an architecture.
    #[must_use]
    pub fn owner(self) -> Option<&'a Spanned<Id>> {
        match self {
            ElementRef::System(s) => s.owner.as_ref(),
            ElementRef::Dataset(d) => d.owner.as_ref(),
            ElementRef::Service(s) => s.owner.as_ref(),
            ElementRef::Project(p) => p.owner.as_ref(),
            ElementRef::Architecture(a) => a.agency.as_ref(),
            ElementRef::Agency(_) | ElementRef::Flow(_) | ElementRef::Zone(_) => None,
        }
    }
}
