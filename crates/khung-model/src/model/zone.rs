//! `zone`: a network / trust zone (vùng mạng).

use jiff::civil::Date;
use khung_diag::{Origin, Span, Spanned};

use crate::model::common::{Id, Text, impl_element};
use crate::model::vocabulary::{Network, Status, Trust};

/// A network or trust zone.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    /// The id.
    pub id: Spanned<Id>,
    /// Where it comes from.
    pub origin: Origin,
    /// The span of the `zone` node.
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
    /// `trust`.
    pub trust: Option<Spanned<Trust>>,
    /// `network`.
    pub network: Option<Spanned<Network>>,
    /// `parent` (zone ref): the enclosing zone.
    pub parent: Option<Spanned<Id>>,
}

impl_element!(Zone, Zone);
