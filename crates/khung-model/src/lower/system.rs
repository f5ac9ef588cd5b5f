//! Lowering `system` (its sub-records are in [`crate::lower::system_records`]; flows written
//! inside it are lowered by [`crate::lower::flow`] with `from` = this system).

use khung_diag::{Diagnostic, Origin, Spanned};
use khung_kdl::Node;

use crate::lower::common::{element_id, lifecycle, require, text};
use crate::lower::flow::lower_flow;
use crate::lower::reader::Reader;
use crate::lower::system_records as records;
use crate::model::flow::Flow;
use crate::model::system::System;
use crate::model::vocabulary::{
    DefenceImpact, IcsClass, InfoClass, Scope, SecurityPlanPart, Signature, SystemKind, SystemType,
};

/// Lowers a `system` node, and the flows nested in it.
pub(crate) fn lower_system(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Option<System>, Vec<Flow>) {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let description = text(&mut reader, diagnostics, "description");
    let life = lifecycle(&mut reader, diagnostics);
    let owner = reader.string(diagnostics, "owner");
    let operator = records::operator(&mut reader, diagnostics);
    let kind = reader.enumerated::<SystemKind>(diagnostics, "kind");
    let written_type = reader.enumerated::<SystemType>(diagnostics, "type");
    let zone = reader.string(diagnostics, "zone");
    let hosting = records::hosting(&mut reader, diagnostics);
    let info = reader.enum_list::<InfoClass>(diagnostics, "info");
    let subjects = records::subjects(&mut reader, diagnostics);
    let handles_tthc = reader.boolean(diagnostics, "handles-tthc");
    let public_service_level = reader.integer(diagnostics, "public-service-level", 1, 4);
    let conditional_business = reader.boolean(diagnostics, "conditional-business");
    let scope = reader.enumerated::<Scope>(diagnostics, "scope");
    let ops_24x7 = reader.boolean(diagnostics, "ops-24x7");
    let defence_impact = reader.enumerated::<DefenceImpact>(diagnostics, "defence-impact");
    let ics_class = reader.enumerated::<IcsClass>(diagnostics, "ics-class");
    let critical_national_data = reader.boolean(diagnostics, "critical-national-data");
    let international_link = reader.boolean(diagnostics, "international-link");
    let national_security = reader.boolean(diagnostics, "national-security");
    let components = reader.string_list(diagnostics, "components");
    let security_level = records::security_level(&mut reader, diagnostics);
    let security_plan = reader.enum_list::<SecurityPlanPart>(diagnostics, "security-plan");
    let regulation = records::regulation(&mut reader, diagnostics);
    let assessment = records::assessment(&mut reader, diagnostics);
    let monitoring = records::monitoring(&mut reader, diagnostics);
    let logs = records::logs(&mut reader, diagnostics);
    let backup = records::backup(&mut reader, diagnostics);
    let auth = records::auth(&mut reader, diagnostics);
    let sdtn = records::sdtn(&mut reader, diagnostics);
    let redundancy = reader.boolean(diagnostics, "redundancy");
    let segmentation = reader.boolean(diagnostics, "segmentation");
    let dpia = records::dpia(&mut reader, diagnostics);
    let processing_since = reader.date(diagnostics, "processing-since");
    let incident_response = records::incident_response(&mut reader, diagnostics);
    let signature = reader.enumerated::<Signature>(diagnostics, "signature");
    let key_management = reader.string(diagnostics, "key-management");
    let new_protection = records::new_protection(&mut reader, diagnostics);
    let transfer_assessment = reader.string(diagnostics, "transfer-assessment");
    let api = records::apis(&mut reader, diagnostics);
    let nested_flows: Vec<Node<'_>> = reader.children("flow");
    require(diagnostics, &reader, &name, "name");
    require(diagnostics, &reader, &owner, "owner");
    require(diagnostics, &reader, &kind, "kind");
    reader.finish(diagnostics);

    let flows = match &id {
        Some(parent) => nested_flows
            .into_iter()
            .filter_map(|flow| lower_flow(flow, origin, Some(parent), diagnostics))
            .collect(),
        None => Vec::new(),
    };
    let type_written = written_type.is_some();
    let system_type = written_type.or_else(|| {
        kind.as_ref()
            .map(|kind| Spanned::new(crate::lifecycle::type_of_kind(kind.value), kind.span))
    });
    let Some(id) = id else {
        return (None, flows);
    };
    let system = System {
        id,
        origin: origin.clone(),
        span: node.span(),
        name,
        description,
        status: life.status,
        since: life.since,
        retire: life.retire,
        owner,
        operator,
        kind,
        r#type: system_type,
        type_written,
        zone,
        hosting,
        info,
        subjects,
        handles_tthc,
        public_service_level,
        conditional_business,
        scope,
        ops_24x7,
        defence_impact,
        ics_class,
        critical_national_data,
        international_link,
        national_security,
        components,
        security_level,
        security_plan,
        regulation,
        assessment,
        monitoring,
        logs,
        backup,
        auth,
        sdtn,
        redundancy,
        segmentation,
        dpia,
        processing_since,
        incident_response,
        signature,
        key_management,
        new_protection,
        transfer_assessment,
        api,
    };
    (Some(system), flows)
}
