//! `agency`: an organisation (cơ quan, đơn vị).

use jiff::civil::Date;
use khung_diag::{Origin, Span, Spanned};

use crate::model::common::{Id, Text, impl_element};
use crate::model::vocabulary::{AgencyKind, Status, Tier};

/// An organisation. Field names are the model's property names in snake_case.
#[derive(Debug, Clone, PartialEq)]
pub struct Agency {
    /// The id.
    pub id: Spanned<Id>,
    /// Where it comes from.
    pub origin: Origin,
    /// The span of the `agency` node.
    pub span: Span,
    /// `name` (required; `None` only when missing, which is reported).
    pub name: Option<Text>,
    /// `description`.
    pub description: Option<Text>,
    /// `status`.
    pub status: Option<Spanned<Status>>,
    /// `since`.
    pub since: Option<Spanned<Date>>,
    /// `retire`.
    pub retire: Option<Spanned<Date>>,
    /// `tier` (required).
    pub tier: Option<Spanned<Tier>>,
    /// `kind`.
    pub kind: Option<Spanned<AgencyKind>>,
    /// `parent` (agency ref).
    pub parent: Option<Spanned<Id>>,
    /// `successor` (agency ref): the agency this one was merged into.
    pub successor: Option<Spanned<Id>>,
    /// `it-unit` (agency ref).
    pub it_unit: Option<Spanned<Id>>,
    /// `security-unit` (agency ref).
    pub security_unit: Option<Spanned<Id>>,
    /// `soc` (agency ref).
    pub soc: Option<Spanned<Id>>,
    /// `assessor` (agency ref).
    pub assessor: Option<Spanned<Id>>,
    /// `sharing-focal-point` (text).
    pub sharing_focal_point: Option<Spanned<String>>,
    /// `dpo` (text).
    pub dpo: Option<Spanned<String>>,
    /// `report year= submitted= to=` (repeatable).
    pub report: Vec<AgencyReport>,
    /// Whether the workspace `extend`s this reference agency (it then counts as a workspace
    /// element for rules, see [`crate::Model::is_workspace`]).
    pub extended: bool,
}

/// `report year=2025 submitted="2025-12-20" to="bca"`: an annual security report.
#[derive(Debug, Clone, PartialEq)]
pub struct AgencyReport {
    /// `year`.
    pub year: Option<Spanned<i64>>,
    /// `submitted`.
    pub submitted: Option<Spanned<Date>>,
    /// `to` (agency ref: the recipient authority).
    pub to: Option<Spanned<Id>>,
    /// The span of the `report` node.
    pub span: Span,
}

impl_element!(Agency, Agency);
