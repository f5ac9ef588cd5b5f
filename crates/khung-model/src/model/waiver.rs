//! `waiver`: an accepted exception to a rule (not an element: no id, no lifecycle).

use jiff::civil::Date;
use khung_diag::{Origin, Span, Spanned};

use crate::model::common::{Id, Text};

/// An accepted exception.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiver {
    /// The rule id it waives (the node's argument).
    pub rule: Spanned<String>,
    /// Where it comes from.
    pub origin: Origin,
    /// The span of the `waiver` node.
    pub span: Span,
    /// `name` (optional).
    pub name: Option<Text>,
    /// `target`: a workspace element id or a glob (`qn-*`).
    pub target: Option<Spanned<String>>,
    /// The workspace element ids `target` matches, sorted (filled by resolution).
    pub matches: Vec<Id>,
    /// `reason` (text).
    pub reason: Option<Spanned<String>>,
    /// `owner` (agency ref).
    pub owner: Option<Spanned<Id>>,
    /// `approved-by` (text: the approving person or body).
    pub approved_by: Option<Spanned<String>>,
    /// `until` (required): after this date the finding is back.
    pub until: Option<Spanned<Date>>,
    /// `ref` (free text).
    pub r#ref: Option<Spanned<String>>,
}
