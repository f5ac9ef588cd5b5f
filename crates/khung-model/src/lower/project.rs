//! Lowering `project`.

use khung_diag::{Diagnostic, Origin};
use khung_kdl::Node;

use crate::lower::common::{element_id, lifecycle, require, text};
use crate::lower::reader::Reader;
use crate::model::project::{Budget, Project};

/// Lowers a `project` node.
pub(crate) fn lower_project(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Project> {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let description = text(&mut reader, diagnostics, "description");
    let life = lifecycle(&mut reader, diagnostics);
    let owner = reader.string(diagnostics, "owner");
    let start = reader.date(diagnostics, "start");
    let end = reader.date(diagnostics, "end");
    let delivers = reader.string_list(diagnostics, "delivers");
    let retires = reader.string_list(diagnostics, "retires");
    let budget = reader.source(diagnostics, "budget").map(|source| {
        let mut budget_reader = source.reader();
        let value = budget_reader.integer_argument(diagnostics, 0, i64::MAX);
        let currency = budget_reader.string(diagnostics, "currency");
        budget_reader.finish(diagnostics);
        Budget {
            value,
            currency,
            span: source.span(),
        }
    });
    require(diagnostics, &reader, &name, "name");
    reader.finish(diagnostics);
    Some(Project {
        id: id?,
        origin: origin.clone(),
        span: node.span(),
        name,
        description,
        status: life.status,
        since: life.since,
        retire: life.retire,
        owner,
        start,
        end,
        delivers,
        retires,
        budget,
    })
}
