//! Lowering `agency` (and the facts of an `extend`).

use khung_diag::{Diagnostic, Origin};
use khung_kdl::Node;

use crate::lower::common::{TextParts, element_id, into_text, lifecycle, require, text_parts};
use crate::lower::reader::Reader;
use crate::model::agency::{Agency, AgencyReport};
use crate::model::vocabulary::{AgencyKind, Tier};

/// Whether required facts are checked: an `extend` only adds facts to an agency that has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AgencyForm {
    /// `agency "id" { … }`.
    Definition,
    /// `extend "id" { … }`.
    Extension,
}

/// The facts of `extend "id" { … }`: an agency whose absent facts are `None`, and its texts
/// as written (an extension may add only a translation).
#[derive(Debug)]
pub(crate) struct AgencyExtension {
    pub(crate) facts: Agency,
    pub(crate) name: TextParts,
    pub(crate) description: TextParts,
}

/// Lowers an `agency` node.
pub(crate) fn lower_agency(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Agency> {
    read_agency(node, origin, AgencyForm::Definition, diagnostics).map(|(agency, _, _)| agency)
}

/// Lowers an `extend` node.
pub(crate) fn lower_extension(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<AgencyExtension> {
    read_agency(node, origin, AgencyForm::Extension, diagnostics).map(
        |(facts, name, description)| AgencyExtension {
            facts,
            name,
            description,
        },
    )
}

fn read_agency(
    node: Node<'_>,
    origin: &Origin,
    form: AgencyForm,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(Agency, TextParts, TextParts)> {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let mut name_parts = text_parts(&mut reader, diagnostics, "name");
    let mut description_parts = text_parts(&mut reader, diagnostics, "description");
    let (name, description) = if form == AgencyForm::Definition {
        (
            into_text(
                std::mem::take(&mut name_parts),
                &reader,
                diagnostics,
                "name",
            ),
            into_text(
                std::mem::take(&mut description_parts),
                &reader,
                diagnostics,
                "description",
            ),
        )
    } else {
        (None, None)
    };
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
    let agency = Agency {
        id: id?,
        origin: origin.clone(),
        span: node.span(),
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
    };
    Some((agency, name_parts, description_parts))
}

fn lower_report(node: Node<'_>, diagnostics: &mut Vec<Diagnostic>) -> AgencyReport {
    let mut reader = Reader::new(node);
    let year = reader.integer(diagnostics, "year", 1900, 9999);
    let submitted = reader.date(diagnostics, "submitted");
    let to = reader.string(diagnostics, "to");
    reader.finish(diagnostics);
    AgencyReport {
        year,
        submitted,
        to,
        span: node.span(),
    }
}
