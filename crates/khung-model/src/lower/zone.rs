//! Lowering `zone`.

use khung_diag::{Diagnostic, Origin};
use khung_kdl::Node;

use crate::lower::common::{element_id, lifecycle, require, text};
use crate::lower::reader::Reader;
use crate::model::vocabulary::{Network, Trust};
use crate::model::zone::Zone;

/// Lowers a `zone` node.
pub(crate) fn lower_zone(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Zone> {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let description = text(&mut reader, diagnostics, "description");
    let life = lifecycle(&mut reader, diagnostics);
    let trust = reader.enumerated::<Trust>(diagnostics, "trust");
    let network = reader.enumerated::<Network>(diagnostics, "network");
    let parent = reader.string(diagnostics, "parent");
    require(diagnostics, &reader, &name, "name");
    reader.finish(diagnostics);
    Some(Zone {
        id: id?,
        origin: origin.clone(),
        span: node.span(),
        name,
        description,
        status: life.status,
        since: life.since,
        retire: life.retire,
        trust,
        network,
        parent,
    })
}
