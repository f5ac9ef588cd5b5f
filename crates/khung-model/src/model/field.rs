//! `field`: an entry of the field vocabulary (`models/vn-national/fields.kdl`). Not an element:
//! field names are a namespace of their own.

use khung_diag::{Origin, Span, Spanned};

use crate::model::common::Text;

/// `field "ethnicity" personal=#true sensitive="vn-2019 vn-2026" { name …; name … lang="en" }`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldDef {
    /// The field name.
    pub id: Spanned<String>,
    /// Where it comes from (the reference model in v1).
    pub origin: Origin,
    /// The span of the `field` node.
    pub span: Span,
    /// `name` (Vietnamese and English).
    pub name: Option<Text>,
    /// `personal`: is it personal data at all.
    pub personal: Option<Spanned<bool>>,
    /// `sensitive`: the profiles under which it is sensitive (space-separated in the file).
    pub sensitive: Vec<Spanned<String>>,
}

impl FieldDef {
    /// Whether the field is personal data (`personal=#true`).
    #[must_use]
    pub fn is_personal(&self) -> bool {
        self.personal.as_ref().is_some_and(|p| p.value)
    }

    /// Whether the field is sensitive under `profile` (e.g. `vn-2026`).
    #[must_use]
    pub fn is_sensitive(&self, profile: &str) -> bool {
        self.sensitive.iter().any(|p| p.value == profile)
    }
}
