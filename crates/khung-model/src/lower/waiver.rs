//! Lowering `waiver`.

use khung_diag::{Diagnostic, Origin};
use khung_kdl::Node;

use crate::lower::common::{require, text};
use crate::lower::reader::Reader;
use crate::model::waiver::Waiver;

/// Lowers a `waiver` node (its argument is the rule id it waives).
pub(crate) fn lower_waiver(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Waiver> {
    let mut reader = Reader::new(node);
    let rule = reader.string_argument(diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let target = reader.string(diagnostics, "target");
    let reason = reader.string(diagnostics, "reason");
    let owner = reader.string(diagnostics, "owner");
    let approved_by = reader.string(diagnostics, "approved-by");
    let until = reader.date(diagnostics, "until");
    let reference = reader.string(diagnostics, "ref");
    require(diagnostics, &reader, &target, "target");
    require(diagnostics, &reader, &until, "until");
    reader.finish(diagnostics);
    Some(Waiver {
        rule: rule?,
        origin: origin.clone(),
        span: node.span(),
        name,
        target,
        matches: Vec::new(),
        reason,
        owner,
        approved_by,
        until,
        r#ref: reference,
    })
}
