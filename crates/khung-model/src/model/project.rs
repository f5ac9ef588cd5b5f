//! `project`: a roadmap item or investment (dự án, nhiệm vụ).

use jiff::civil::Date;
use khung_diag::{Origin, Span, Spanned};

use crate::model::common::{Id, Text, impl_element};
use crate::model::vocabulary::Status;

/// A roadmap item.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    /// The id.
    pub id: Spanned<Id>,
    /// Where it comes from.
    pub origin: Origin,
    /// The span of the `project` node.
    pub span: Span,
    /// `name` (required).
    pub name: Option<Text>,
    /// `description`.
    pub description: Option<Text>,
    /// `status`.
    pub status: Option<Spanned<Status>>,
    /// `since`.
    pub since: Option<Spanned<Date>>,
    /// `retire`.
    pub retire: Option<Spanned<Date>>,
    /// `owner` (agency ref).
    pub owner: Option<Spanned<Id>>,
    /// `start`.
    pub start: Option<Spanned<Date>>,
    /// `end`.
    pub end: Option<Spanned<Date>>,
    /// `delivers` (refs to any element).
    pub delivers: Vec<Spanned<Id>>,
    /// `retires` (refs to any element).
    pub retires: Vec<Spanned<Id>>,
    /// `budget N currency="VND"`.
    pub budget: Option<Budget>,
}

/// `budget 12000000000 currency="VND"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    /// The amount.
    pub value: Option<Spanned<i64>>,
    /// `currency` (text, e.g. `VND`).
    pub currency: Option<Spanned<String>>,
    /// The span of the `budget` node.
    pub span: Span,
}

impl_element!(Project, Project);
