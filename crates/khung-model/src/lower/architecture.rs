//! Lowering `architecture`.

use khung_diag::{Diagnostic, Origin};
use khung_kdl::Node;

use crate::lower::common::{element_id, lifecycle, require, text};
use crate::lower::reader::Reader;
use crate::model::architecture::{Architecture, Issued};
use crate::model::vocabulary::{ArchitecturePart, Framework, View};

/// Lowers an `architecture` node.
pub(crate) fn lower_architecture(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Architecture> {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let description = text(&mut reader, diagnostics, "description");
    let life = lifecycle(&mut reader, diagnostics);
    let agency = reader.string(diagnostics, "agency");
    let framework = reader.enumerated::<Framework>(diagnostics, "framework");
    let issued = reader.source(diagnostics, "issued").map(|source| {
        let mut issued_reader = source.reader();
        let value = issued_reader.date_argument(diagnostics, false);
        let reference = issued_reader.string(diagnostics, "ref");
        issued_reader.finish(diagnostics);
        Issued {
            value,
            r#ref: reference,
            span: source.span(),
        }
    });
    let views = reader.enum_list::<View>(diagnostics, "views");
    let parts = reader.enum_list::<ArchitecturePart>(diagnostics, "parts");
    let nas_synced = reader.date(diagnostics, "nas-synced");
    let review_months = reader.count(diagnostics, "review-months");
    require(diagnostics, &reader, &name, "name");
    reader.finish(diagnostics);
    Some(Architecture {
        id: id?,
        origin: origin.clone(),
        span: node.span(),
        name,
        description,
        status: life.status,
        since: life.since,
        retire: life.retire,
        agency,
        framework,
        issued,
        views,
        parts,
        nas_synced,
        review_months,
    })
}
