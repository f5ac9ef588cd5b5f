//! `architecture`: a ministry's or province's architecture document (Amendments, G-1).

use jiff::civil::Date;
use khung_diag::{Origin, Span, Spanned};

use crate::model::common::{Id, Text, impl_element};
use crate::model::vocabulary::{ArchitecturePart, Framework, Status, View};

/// An architecture document.
#[derive(Debug, Clone, PartialEq)]
pub struct Architecture {
    /// The id.
    pub id: Spanned<Id>,
    /// Where it comes from.
    pub origin: Origin,
    /// The span of the `architecture` node.
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
    /// `agency` (agency ref): whose architecture it is.
    pub agency: Option<Spanned<Id>>,
    /// `framework`.
    pub framework: Option<Spanned<Framework>>,
    /// `issued "date" ref="…"`.
    pub issued: Option<Issued>,
    /// `views` (list).
    pub views: Vec<Spanned<View>>,
    /// `parts` (list).
    pub parts: Vec<Spanned<ArchitecturePart>>,
    /// `nas-synced`: last update on the National Digital Architecture Management System.
    pub nas_synced: Option<Spanned<Date>>,
    /// `review-months`.
    pub review_months: Option<Spanned<i64>>,
}

/// `issued "2025-09-15" ref="QĐ 2011/QĐ-UBND"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Issued {
    /// The issue date.
    pub value: Option<Spanned<Date>>,
    /// `ref` (free text: the decision number).
    pub r#ref: Option<Spanned<String>>,
    /// The span of the `issued` node.
    pub span: Span,
}

impl_element!(Architecture, Architecture);
