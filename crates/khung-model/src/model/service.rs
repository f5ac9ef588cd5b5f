//! `service`: a public service / administrative procedure (dịch vụ công, TTHC).

use jiff::civil::Date;
use khung_diag::{Origin, Span, Spanned};

use crate::model::common::{Id, Text, impl_element};
use crate::model::vocabulary::{ServiceMode, Status};

/// A public service; its id is the TTHC code.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// The id (TTHC code, e.g. `1.001234`).
    pub id: Spanned<Id>,
    /// Where it comes from.
    pub origin: Origin,
    /// The span of the `service` node.
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
    /// `provided-by` (system ref: the system that processes it).
    pub provided_by: Option<Spanned<Id>>,
    /// `portal` (system ref: where it is offered online).
    pub portal: Option<Spanned<Id>>,
    /// `mode`.
    pub mode: Option<Spanned<ServiceMode>>,
    /// `partial-justification` (text).
    pub partial_justification: Option<Spanned<String>>,
    /// `fee`: needs an online payment.
    pub fee: Option<Spanned<bool>>,
    /// `form { field … }`.
    pub form: Option<Form>,
}

/// `form { field "full-name" source="ndb-population"; field "x" asked=#true }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// `field` (repeatable).
    pub field: Vec<FormField>,
    /// The span of the `form` node.
    pub span: Span,
}

/// `field "full-name" source="ndb-population" asked=#false`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormField {
    /// The field-vocabulary name.
    pub value: Option<Spanned<String>>,
    /// `source` (system or dataset ref: where it is auto-filled from).
    pub source: Option<Spanned<Id>>,
    /// `asked`: asked from the citizen.
    pub asked: Option<Spanned<bool>>,
    /// The span of the `field` node.
    pub span: Span,
}

impl_element!(Service, Service);
