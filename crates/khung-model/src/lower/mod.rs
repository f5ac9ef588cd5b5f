//! Lowering: one parsed KDL document → the typed elements it defines, with diagnostics. Each
//! file is lowered on its own (so files can be lowered in any order, cached or in parallel);
//! merging, duplicate ids and references are the workspace's and resolver's job.

pub(crate) mod agency;
pub(crate) mod architecture;
pub(crate) mod common;
pub(crate) mod dataset;
pub(crate) mod field;
pub(crate) mod flow;
pub(crate) mod manifest;
pub(crate) mod marks;
pub(crate) mod project;
pub(crate) mod reader;
pub(crate) mod service;
pub(crate) mod system;
pub(crate) mod system_records;
pub mod value;
pub(crate) mod waiver;
pub(crate) mod zone;

use khung_diag::{Code, Diagnostic, Message, Origin, Span};
use khung_kdl::Document;

use crate::lower::agency::{AgencyExtension, lower_agency, lower_extension};
use crate::lower::reader::did_you_mean;
use crate::model::agency::Agency;
use crate::model::architecture::Architecture;
use crate::model::dataset::Dataset;
use crate::model::field::FieldDef;
use crate::model::flow::Flow;
use crate::model::project::Project;
use crate::model::service::Service;
use crate::model::system::System;
use crate::model::waiver::Waiver;
use crate::model::zone::Zone;

/// Everything one file defines, in source order.
#[derive(Debug, Default)]
pub(crate) struct LoweredFile {
    pub(crate) agencies: Vec<Agency>,
    pub(crate) systems: Vec<System>,
    pub(crate) datasets: Vec<Dataset>,
    pub(crate) flows: Vec<Flow>,
    pub(crate) services: Vec<Service>,
    pub(crate) zones: Vec<Zone>,
    pub(crate) projects: Vec<Project>,
    pub(crate) architectures: Vec<Architecture>,
    pub(crate) waivers: Vec<Waiver>,
    pub(crate) fields: Vec<FieldDef>,
    /// `extend "id" { … }`: the facts to add, as an agency whose absent facts are `None`.
    pub(crate) extends: Vec<AgencyExtension>,
}

/// The top-level node names of model files.
const TOP_LEVEL: [&str; 10] = [
    "agency",
    "system",
    "dataset",
    "flow",
    "service",
    "zone",
    "project",
    "architecture",
    "waiver",
    "extend",
];

/// Lowers one parsed document. `field` entries are read only from the reference model (v1:
/// a workspace cannot add fields to the vocabulary). `syntax_errors` are the offsets of the
/// file's `kdl-syntax` errors.
pub(crate) fn lower_document(
    document: &Document,
    origin: &Origin,
    syntax_errors: &[u32],
    diagnostics: &mut Vec<Diagnostic>,
) -> LoweredFile {
    let mut file = LoweredFile::default();
    let fields_allowed = *origin == Origin::Reference;
    for node in document.nodes() {
        let mut node_diagnostics = Vec::new();
        lower_node(
            node,
            origin,
            fields_allowed,
            &mut file,
            &mut node_diagnostics,
        );
        // A node the parser had to recover inside is incomplete: what lowering would say
        // about it (a missing `kind`, a value cut short) only repeats the syntax error.
        let damaged = syntax_errors
            .iter()
            .any(|offset| (node.span().start..=node.span().end).contains(offset));
        if !damaged {
            diagnostics.extend(node_diagnostics);
        }
    }
    file
}

fn lower_node(
    node: khung_kdl::Node<'_>,
    origin: &Origin,
    fields_allowed: bool,
    file: &mut LoweredFile,
    diagnostics: &mut Vec<Diagnostic>,
) {
    match node.name().value {
        "agency" => file
            .agencies
            .extend(lower_agency(node, origin, diagnostics)),
        "extend" => file
            .extends
            .extend(lower_extension(node, origin, diagnostics)),
        "system" => {
            let (system, nested) = system::lower_system(node, origin, diagnostics);
            file.systems.extend(system);
            file.flows.extend(nested);
        }
        "dataset" => file
            .datasets
            .extend(dataset::lower_dataset(node, origin, diagnostics)),
        "flow" => file
            .flows
            .extend(flow::lower_flow(node, origin, None, diagnostics)),
        "service" => file
            .services
            .extend(service::lower_service(node, origin, diagnostics)),
        "zone" => file
            .zones
            .extend(zone::lower_zone(node, origin, diagnostics)),
        "project" => file
            .projects
            .extend(project::lower_project(node, origin, diagnostics)),
        "architecture" => {
            file.architectures
                .extend(architecture::lower_architecture(node, origin, diagnostics))
        }
        "waiver" => file
            .waivers
            .extend(waiver::lower_waiver(node, origin, diagnostics)),
        "field" if fields_allowed => {
            file.fields
                .extend(field::lower_field(node, origin, diagnostics))
        }
        other => diagnostics.push(unknown_node(other, node.name().span, &TOP_LEVEL)),
    }
}

/// `unknown-node` with "did you mean" among `known`.
pub(crate) fn unknown_node(name: &str, span: Span, known: &[&str]) -> Diagnostic {
    Diagnostic::new(
        Code::UnknownNode,
        span,
        Message::new("unknown-node").arg("name", name.to_owned()),
    )
    .with_optional_help(did_you_mean(name, known.iter().copied()))
}

/// `duplicate-id` at `again`, pointing back at `first`.
pub(crate) fn duplicate_id(id: &str, again: Span, first: Span) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateId,
        again,
        Message::new("duplicate-id").arg("id", id.to_owned()),
    )
    .with_label(first, Some(Message::new("first-defined-here")))
}
