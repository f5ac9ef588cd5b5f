//! `flow`: a data flow / interconnection (luồng dữ liệu, kết nối).

use jiff::civil::Date;
use khung_diag::{Origin, Span, Spanned};

use crate::model::common::{Id, Text, impl_element};
use crate::model::vocabulary::{ConnectionAuth, Format, Method, Protocol, Status};

/// A data flow from one system to another, possibly through intermediaries.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    /// The id.
    pub id: Spanned<Id>,
    /// Where it comes from.
    pub origin: Origin,
    /// The span of the `flow` node.
    pub span: Span,
    /// `name` (optional for flows).
    pub name: Option<Text>,
    /// `description`.
    pub description: Option<Text>,
    /// `status`.
    pub status: Option<Spanned<Status>>,
    /// `since`.
    pub since: Option<Spanned<Date>>,
    /// `retire`.
    pub retire: Option<Spanned<Date>>,
    /// `from` (system ref: where the data comes from). For a flow written inside a system, the
    /// parent system's id with the parent's id span.
    pub from: Option<Spanned<Id>>,
    /// `to` (system ref: the receiver).
    pub to: Option<Spanned<Id>>,
    /// The system this flow was written inside, when nested (`system "a" { flow … }`).
    pub nested_in: Option<Spanned<Id>>,
    /// `data` (dataset refs).
    pub data: Vec<Spanned<Id>>,
    /// `fields` (field-vocabulary names).
    pub fields: Vec<Spanned<String>>,
    /// `via` (system refs, in path order).
    pub via: Vec<Spanned<Id>>,
    /// `api` (`<system>/<api>` ref).
    pub api: Option<Spanned<String>>,
    /// `protocol`.
    pub protocol: Option<Spanned<Protocol>>,
    /// `format`.
    pub format: Option<Spanned<Format>>,
    /// `method`.
    pub method: Option<Spanned<Method>>,
    /// `encrypted`.
    pub encrypted: Option<Spanned<bool>>,
    /// `auth`.
    pub auth: Option<Spanned<ConnectionAuth>>,
    /// `purpose` (text).
    pub purpose: Option<Spanned<String>>,
    /// `grant` (free text: the connection account / authorisation reference).
    pub grant: Option<Spanned<String>>,
    /// `logged`.
    pub logged: Option<Spanned<bool>>,
    /// `retention-days`.
    pub retention_days: Option<Spanned<i64>>,
    /// `contract` (free text).
    pub contract: Option<Spanned<String>>,
    /// `transfer-assessment` (free text).
    pub transfer_assessment: Option<Spanned<String>>,
    /// `transfer-approval` (free text).
    pub transfer_approval: Option<Spanned<String>>,
    /// `direct-justification` (text).
    pub direct_justification: Option<Spanned<String>>,
}

impl Flow {
    /// The systems along the flow, in order: `from`, every `via`, `to` (absent ends skipped).
    pub fn path(&self) -> impl Iterator<Item = &Spanned<Id>> {
        self.from
            .iter()
            .chain(self.via.iter())
            .chain(self.to.iter())
    }
}

impl_element!(Flow, Flow);
