//! Lowering a `field` entry of the field vocabulary.

use khung_diag::{Diagnostic, Origin, Spanned};
use khung_kdl::Node;

use crate::lower::common::{element_id, require, text};
use crate::lower::reader::Reader;
use crate::model::field::FieldDef;

/// Lowers `field "name" personal=#true sensitive="vn-2019 vn-2026" { name …; name … lang="en" }`.
pub(crate) fn lower_field(
    node: &Node,
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
        span: node.span,
        name,
        personal,
        sensitive,
    })
}

/// `"vn-2019 vn-2026"` → each profile with its own span inside the string.
fn split_profiles(profiles: &Spanned<String>) -> Vec<Spanned<String>> {
    // The value span includes the opening quote of a plain string; offsets inside the text
    // are exact for strings without escapes, which profile lists are.
    let quote = 1;
    let base = profiles.span.start as usize + quote;
    let mut parts = Vec::new();
    let mut offset = 0;
    for word in profiles.value.split(' ') {
        if !word.is_empty() {
            let start = base + offset;
            parts.push(Spanned::new(
                word.to_owned(),
                khung_diag::Span::new(profiles.span.file, start, start + word.len()),
            ));
        }
        offset += word.len() + 1;
    }
    parts
}
