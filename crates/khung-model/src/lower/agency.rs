//! Lowering `agency` (and the facts of an `extend`).

use khung_diag::{Diagnostic, Origin};
use khung_kdl::Node;

use crate::lower::common::{element_id, lifecycle, require, text};
use crate::lower::reader::Reader;
use crate::model::agency::{Agency, AgencyReport};
use crate::model::vocabulary::{AgencyKind, Tier};

/// Whether required facts are checked: an `extend` only adds facts to an agency that has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AgencyForm {
    /// `agency "id" { … }`.
    Definition,
    /// `extend "id" { … }`.
    Extension,
}

/// Lowers an `agency` node (or the body of an `extend`).
pub(crate) fn lower_agency(
    node: &Node,
    origin: &Origin,
    form: AgencyForm,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Agency> {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let description = text(&mut reader, diagnostics, "description");
    let life = lifecycle(&mut reader, diagnostics);
    let tier = reader.enumerated::<Tier>(diagnostics, "tier");
    let kind = reader.enumerated::<AgencyKind>(diagnostics, "kind");
    let parent = reader.string(diagnostics, "parent");
    let successor = reader.string(diagnostics, "successor");
    let it_unit = reader.string(diagnostics, "it-unit");
    let security_unit = reader.string(diagnostics, "security-unit");
    let soc = reader.string(diagnostics, "soc");
    let assessor = reader.string(diagnostics, "assessor");
    let sharing_focal_point = reader.string(diagnostics, "sharing-focal-point");
    let dpo = reader.string(diagnostics, "dpo");
    let report = reader
        .children("report")
        .into_iter()
        .map(|child| lower_report(child, diagnostics))
        .collect();
    if form == AgencyForm::Definition {
        require(diagnostics, &reader, &name, "name");
        require(diagnostics, &reader, &tier, "tier");
    }
    reader.finish(diagnostics);
    Some(Agency {
        id: id?,
        origin: origin.clone(),
        span: node.span,
        name,
        description,
        status: life.status,
        since: life.since,
        retire: life.retire,
        tier,
        kind,
        parent,
        successor,
        it_unit,
        security_unit,
        soc,
        assessor,
        sharing_focal_point,
        dpo,
        report,
        extended: false,
    })
}

fn lower_report(node: &Node, diagnostics: &mut Vec<Diagnostic>) -> AgencyReport {
    let mut reader = Reader::new(node);
    let year = reader.integer(diagnostics, "year", 1900, 9999);
    let submitted = reader.date(diagnostics, "submitted");
    let to = reader.string(diagnostics, "to");
    reader.finish(diagnostics);
    AgencyReport {
        year,
        submitted,
        to,
        span: node.span,
    }
}
