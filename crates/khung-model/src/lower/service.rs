//! Lowering `service`.

use khung_diag::{Diagnostic, Origin};
use khung_kdl::Node;

use crate::lower::common::{element_id, lifecycle, require, text};
use crate::lower::reader::Reader;
use crate::lower::system_records::single_child;
use crate::model::service::{Form, FormField, Service};
use crate::model::vocabulary::ServiceMode;

/// Lowers a `service` node.
pub(crate) fn lower_service(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Service> {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let description = text(&mut reader, diagnostics, "description");
    let life = lifecycle(&mut reader, diagnostics);
    let owner = reader.string(diagnostics, "owner");
    let provided_by = reader.string(diagnostics, "provided-by");
    let portal = reader.string(diagnostics, "portal");
    let mode = reader.enumerated::<ServiceMode>(diagnostics, "mode");
    let partial_justification = reader.string(diagnostics, "partial-justification");
    let fee = reader.boolean(diagnostics, "fee");
    let form = single_child(&mut reader, diagnostics, "form").map(|form_node| {
        let mut form_reader = Reader::new(form_node);
        let field = form_reader
            .children("field")
            .into_iter()
            .map(|child| {
                let mut field_reader = Reader::new(child);
                let value = field_reader.string_argument(diagnostics);
                let source = field_reader.string(diagnostics, "source");
                let asked = field_reader.boolean(diagnostics, "asked");
                field_reader.finish(diagnostics);
                FormField {
                    value,
                    source,
                    asked,
                    span: child.span(),
                }
            })
            .collect();
        form_reader.finish(diagnostics);
        Form {
            field,
            span: form_node.span(),
        }
    });
    require(diagnostics, &reader, &name, "name");
    reader.finish(diagnostics);
    Some(Service {
        id: id?,
        origin: origin.clone(),
        span: node.span(),
        name,
        description,
        status: life.status,
        since: life.since,
        retire: life.retire,
        owner,
        provided_by,
        portal,
        mode,
        partial_justification,
        fee,
        form,
    })
}
