//! `dataset`: a database or data asset (cơ sở dữ liệu, dữ liệu).

use jiff::civil::Date;
use khung_diag::{Origin, Span, Spanned};

use crate::model::common::{Id, Text, impl_element};
use crate::model::vocabulary::{
    Classification, DataCategory, DatasetKind, Format, ItemSharing, PersonalLevel, Sharing, Status,
};

/// A database or data asset.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// The id.
    pub id: Spanned<Id>,
    /// Where it comes from.
    pub origin: Origin,
    /// The span of the `dataset` node.
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
    /// `owner` (required, agency ref).
    pub owner: Option<Spanned<Id>>,
    /// `kind` (required).
    pub kind: Option<Spanned<DatasetKind>>,
    /// `stored-in` (system ref; required unless a reference-model `national-db`).
    pub stored_in: Option<Spanned<Id>>,
    /// `entities` (entity names, not ids).
    pub entities: Vec<Spanned<String>>,
    /// `master-of` (entity names).
    pub master_of: Vec<Spanned<String>>,
    /// `fields` (field-vocabulary names).
    pub fields: Vec<Spanned<String>>,
    /// `personal`.
    pub personal: Option<Spanned<PersonalLevel>>,
    /// `subjects`: number of persons whose data it holds.
    pub subjects: Option<Spanned<i64>>,
    /// `classification`.
    pub classification: Option<Spanned<Classification>>,
    /// `category`.
    pub category: Option<Spanned<DataCategory>>,
    /// `sharing`.
    pub sharing: Option<Spanned<Sharing>>,
    /// `restriction-basis` (text).
    pub restriction_basis: Option<Spanned<String>>,
    /// `usage-regulation` (text).
    pub usage_regulation: Option<Spanned<String>>,
    /// `usage-validity-days`.
    pub usage_validity_days: Option<Spanned<i64>>,
    /// `code-lists` (`national:<list>` names, not resolved).
    pub code_lists: Vec<Spanned<String>>,
    /// `catalogue purpose= update= source= { item … }`.
    pub catalogue: Option<Catalogue>,
    /// `open #true portal= format=`.
    pub open: Option<OpenData>,
    /// `encrypted-at-rest`.
    pub encrypted_at_rest: Option<Spanned<bool>>,
    /// `access-policy` (text).
    pub access_policy: Option<Spanned<String>>,
    /// `provides` (field names it can serve to others).
    pub provides: Vec<Spanned<String>>,
}

/// `catalogue purpose="…" update="monthly" source="…" { item "full-name" sharing="open" }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    /// `purpose` (text).
    pub purpose: Option<Spanned<String>>,
    /// `update` (text: how often it is updated).
    pub update: Option<Spanned<String>>,
    /// `source` (text: where the data comes from).
    pub source: Option<Spanned<String>>,
    /// `item` (repeatable).
    pub item: Vec<CatalogueItem>,
    /// The span of the `catalogue` node.
    pub span: Span,
}

/// `item "full-name" sharing="default"`.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueItem {
    /// The data item's name (kebab-case; not checked against the vocabulary).
    pub value: Option<Spanned<String>>,
    /// `sharing`.
    pub sharing: Option<Spanned<ItemSharing>>,
    /// The span of the `item` node.
    pub span: Span,
}

/// `open #false portal="open-data" format="csv"`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenData {
    /// Whether it is published as open data.
    pub value: Option<Spanned<bool>>,
    /// `portal` (system ref).
    pub portal: Option<Spanned<Id>>,
    /// `format`.
    pub format: Option<Spanned<Format>>,
    /// The span of the `open` node.
    pub span: Span,
}

impl_element!(Dataset, Dataset);
