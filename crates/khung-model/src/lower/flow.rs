//! Lowering `flow`, top-level or nested in a system (then `from` is the parent system).

use khung_diag::{Diagnostic, Origin, Spanned};
use khung_kdl::Node;

use crate::lower::common::{element_id, lifecycle, text};
use crate::lower::reader::{Reader, duplicate};
use crate::model::flow::Flow;
use crate::model::vocabulary::{ConnectionAuth, Format, Method, Protocol};

/// Lowers a `flow` node; `parent` is the enclosing system's id for a nested flow.
pub(crate) fn lower_flow(
    node: Node<'_>,
    origin: &Origin,
    parent: Option<&Spanned<String>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Flow> {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let description = text(&mut reader, diagnostics, "description");
    let life = lifecycle(&mut reader, diagnostics);
    let written_from = reader.string(diagnostics, "from");
    let from = match (parent, written_from) {
        // A nested flow's `from` is its parent: writing it again is a duplicate.
        (Some(parent), Some(written)) => {
            diagnostics.push(duplicate("from", written.span, parent.span));
            Some(parent.clone())
        }
        (Some(parent), None) => Some(parent.clone()),
        (None, written) => written,
    };
    let to = reader.string(diagnostics, "to");
    let data = reader.string_list(diagnostics, "data");
    let fields = reader.string_list(diagnostics, "fields");
    let via = reader.string_list(diagnostics, "via");
    let api = reader.string(diagnostics, "api");
    let protocol = reader.enumerated::<Protocol>(diagnostics, "protocol");
    let format = reader.enumerated::<Format>(diagnostics, "format");
    let method = reader.enumerated::<Method>(diagnostics, "method");
    let encrypted = reader.boolean(diagnostics, "encrypted");
    let auth = reader.enumerated::<ConnectionAuth>(diagnostics, "auth");
    let purpose = reader.string(diagnostics, "purpose");
    let grant = reader.string(diagnostics, "grant");
    let logged = reader.boolean(diagnostics, "logged");
    let retention_days = reader.count(diagnostics, "retention-days");
    let contract = reader.string(diagnostics, "contract");
    let transfer_assessment = reader.string(diagnostics, "transfer-assessment");
    let transfer_approval = reader.string(diagnostics, "transfer-approval");
    let direct_justification = reader.string(diagnostics, "direct-justification");
    crate::lower::common::require(diagnostics, &reader, &from, "from");
    crate::lower::common::require(diagnostics, &reader, &to, "to");
    reader.finish(diagnostics);
    Some(Flow {
        id: id?,
        origin: origin.clone(),
        span: node.span(),
        name,
        description,
        status: life.status,
        since: life.since,
        retire: life.retire,
        from,
        to,
        nested_in: parent.cloned(),
        data,
        fields,
        via,
        api,
        protocol,
        format,
        method,
        encrypted,
        auth,
        purpose,
        grant,
        logged,
        retention_days,
        contract,
        transfer_assessment,
        transfer_approval,
        direct_justification,
    })
}
