//! Lowering a `field` entry of the field vocabulary.

use khung_diag::{Diagnostic, Origin, Spanned};
use khung_kdl::Node;

use crate::lower::common::{element_id, require, text};
use crate::lower::reader::Reader;
use crate::model::field::FieldDef;

/// Lowers `field "name" personal=#true sensitive="vn-2019 vn-2026" { name …; name … lang="en" }`.
pub(crate) fn lower_field(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<FieldDef> {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let personal = reader.boolean(diagnostics, "personal");
    let sensitive = reader
        .string(diagnostics, "sensitive")
        .map(|profiles| split_profiles(&profiles))
        .unwrap_or_default();
    require(diagnostics, &reader, &personal, "personal");
    reader.finish(diagnostics);
    Some(FieldDef {
        id: id?,
        origin: origin.clone(),
        span: node.span(),
        name,
        personal,
        sensitive,
    })
}

/// `"vn-2019 vn-2026"` → each profile, each with the span of the whole string (escapes could
/// make offsets inside it differ from the text).
fn split_profiles(profiles: &Spanned<String>) -> Vec<Spanned<String>> {
    profiles
        .value
        .split_whitespace()
        .map(|profile| Spanned::new(profile.to_owned(), profiles.span))
        .collect()
}
