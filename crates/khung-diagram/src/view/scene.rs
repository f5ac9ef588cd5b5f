//! What every view builds with: model elements as nodes (with their names in the chosen
//! language), agency or zone clusters, and flows aggregated per pair of nodes.

use std::collections::BTreeMap;

use jiff::civil::Date;
use khung_diag::{Lang, Message, Origin};
use khung_model::{Flow, Model, SystemKind};

use crate::graph::{
    ClusterKind, ElementKind, Marker, Provenance, Tone, ViewCluster, ViewEdge, ViewGraph, ViewNode,
};

use super::edges::{EdgeAccumulator, crosses_border, to_view_edge};
use super::legend;

/// How nodes are grouped into clusters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clustering {
    /// By owner agency, nested up to its top agency.
    Agencies,
    /// By network zone, nested along zone parents.
    Zones,
}

/// Nodes, clusters and aggregated edges being collected for one view.
pub(crate) struct Scene<'a> {
    pub(crate) model: &'a Model,
    pub(crate) lang: Lang,
    pub(crate) as_of: Date,
    clustering: Clustering,
    nodes: BTreeMap<String, ViewNode>,
    clusters: BTreeMap<String, ViewCluster>,
    edges: BTreeMap<(String, String, Tone, bool), EdgeAccumulator>,
}

impl<'a> Scene<'a> {
    pub(crate) fn new(
        model: &'a Model,
        lang: Lang,
        as_of: Date,
        clustering: Clustering,
    ) -> Scene<'a> {
        Scene {
            model,
            lang,
            as_of,
            clustering,
            nodes: BTreeMap::new(),
            clusters: BTreeMap::new(),
            edges: BTreeMap::new(),
        }
    }

    pub(crate) fn text(&self, message: Message) -> String {
        message.render(self.lang)
    }

    /// The element's name in the chosen language, or its id.
    pub(crate) fn name_of(&self, id: &str) -> String {
        self.model
            .element(id)
            .and_then(|element| element.name())
            .map_or_else(|| id.to_owned(), |name| name.get(self.lang).to_owned())
    }

    pub(crate) fn exists(&self, id: &str) -> bool {
        self.model.exists_at(id, self.as_of)
    }

    pub(crate) fn has_node(&self, id: &str) -> bool {
        self.nodes.contains_key(id)
    }

    pub(crate) fn provenance(&self, id: &str) -> Provenance {
        if self.model.is_workspace(id) {
            return Provenance::Workspace;
        }
        match self
            .model
            .element(id)
            .map(|element| element.origin().clone())
        {
            Some(Origin::Import(_)) => Provenance::Imported,
            Some(Origin::Reference) => Provenance::Reference,
            _ => Provenance::Workspace,
        }
    }

    /// The declared security level as a tone: own systems without one are "undeclared",
    /// external ones plain (their level is not the workspace's to declare).
    pub(crate) fn level_tone(&self, system_id: &str) -> Tone {
        let declared = self.declared_level(system_id);
        match declared {
            Some(level) => Tone::SecurityLevel(level),
            None if self.provenance(system_id) == Provenance::Workspace => Tone::LevelUndeclared,
            None => Tone::Plain,
        }
    }

    /// The declared level, when it is 1–5.
    pub(crate) fn declared_level(&self, system_id: &str) -> Option<u8> {
        self.model
            .systems
            .get(system_id)
            .and_then(|s| s.security_level.as_ref())
            .and_then(|level| level.value.as_ref())
            .and_then(|value| u8::try_from(value.value).ok())
            .filter(|level| (1..=5).contains(level))
    }

    /// Adds a system node (once); false when `id` is no system.
    pub(crate) fn add_system(&mut self, id: &str, tone: Tone) -> bool {
        let Some(system) = self.model.systems.get(id) else {
            return false;
        };
        if self.nodes.contains_key(id) {
            return true;
        }
        let kind = match system.kind.as_ref().map(|k| k.value) {
            Some(
                SystemKind::IntegrationPlatform
                | SystemKind::NationalIntegrationPlatform
                | SystemKind::DocumentAxis,
            ) => ElementKind::Platform,
            _ => ElementKind::System,
        };
        let owner = system.owner.as_ref().map(|o| o.value.clone());
        let cluster = match self.clustering {
            Clustering::Agencies => owner.as_deref().and_then(|o| self.agency_cluster(o)),
            Clustering::Zones => system
                .zone
                .as_ref()
                .and_then(|z| self.zone_cluster(&z.value.clone())),
        };
        let mut parts = Vec::new();
        if let Some(owner) = &owner {
            parts.push(
                self.text(Message::new("diagram-describe-owner").arg("owner", self.name_of(owner))),
            );
        }
        if let Some(level) = self.declared_level(id) {
            parts.push(
                self.text(Message::new("diagram-describe-level").arg("level", level.to_string())),
            );
        }
        if let Some(zone) = &system.zone {
            parts.push(self.text(
                Message::new("diagram-describe-zone").arg("zone", self.name_of(&zone.value)),
            ));
        }
        self.insert_node(id, kind, tone, cluster, parts);
        true
    }

    /// Adds a dataset node (once); false when `id` is no dataset.
    pub(crate) fn add_dataset(&mut self, id: &str, tone: Tone) -> bool {
        let Some(dataset) = self.model.datasets.get(id) else {
            return false;
        };
        if self.nodes.contains_key(id) {
            return true;
        }
        let owner = dataset.owner.as_ref().map(|o| o.value.clone());
        let cluster = match self.clustering {
            Clustering::Agencies => owner.as_deref().and_then(|o| self.agency_cluster(o)),
            Clustering::Zones => None,
        };
        let parts = owner
            .iter()
            .map(|o| {
                self.text(Message::new("diagram-describe-owner").arg("owner", self.name_of(o)))
            })
            .collect();
        self.insert_node(id, ElementKind::Dataset, tone, cluster, parts);
        true
    }

    fn insert_node(
        &mut self,
        id: &str,
        kind: ElementKind,
        tone: Tone,
        cluster: Option<String>,
        parts: Vec<String>,
    ) {
        let label = self.name_of(id);
        let mut description = format!("{label} ({id})");
        for part in parts {
            description.push_str("; ");
            description.push_str(&part);
        }
        let node = ViewNode {
            caption: Some(id.to_owned()),
            provenance: self.provenance(id),
            tone,
            cluster,
            description,
            ..ViewNode::new(id, label, kind)
        };
        self.nodes.insert(id.to_owned(), node);
    }

    /// Adds a note to a node's description, and a marker (the security view's
    /// below-minimum marker) when given.
    pub(crate) fn annotate(&mut self, id: &str, marker: Option<Marker>, note: String) {
        if let Some(node) = self.nodes.get_mut(id) {
            node.marker = marker.or(node.marker);
            node.description.push_str("; ");
            node.description.push_str(&note);
        }
    }

    /// The cluster of an agency, created with its enclosing agencies up to its top agency.
    fn agency_cluster(&mut self, agency_id: &str) -> Option<String> {
        let top = self
            .model
            .top_agency(agency_id, self.as_of)
            .map(str::to_owned);
        let mut chain: Vec<String> = Vec::new();
        let mut current = Some(agency_id.to_owned());
        while let Some(id) = current {
            let Some(agency) = self.model.agencies.get(&id) else {
                break;
            };
            if chain.contains(&id) {
                break;
            }
            chain.push(id.clone());
            if top.as_deref() == Some(id.as_str()) || top.is_none() {
                break;
            }
            current = agency.parent.as_ref().map(|p| p.value.clone());
        }
        self.add_cluster_chain(&chain, ClusterKind::Agency)
    }

    /// The cluster of a zone, created with its enclosing zones.
    fn zone_cluster(&mut self, zone_id: &str) -> Option<String> {
        let mut chain: Vec<String> = Vec::new();
        let mut current = Some(zone_id.to_owned());
        while let Some(id) = current {
            let Some(zone) = self.model.zones.get(&id) else {
                break;
            };
            if chain.contains(&id) {
                break;
            }
            chain.push(id.clone());
            current = zone.parent.as_ref().map(|p| p.value.clone());
        }
        self.add_cluster_chain(&chain, ClusterKind::Zone)
    }

    /// `chain` is innermost first; returns the innermost cluster's id.
    fn add_cluster_chain(&mut self, chain: &[String], kind: ClusterKind) -> Option<String> {
        for (index, id) in chain.iter().enumerate() {
            if self.clusters.contains_key(id) {
                continue;
            }
            let mut cluster = ViewCluster::new(id.clone(), self.name_of(id), kind);
            cluster.parent = chain.get(index + 1).cloned();
            cluster.description = format!("{} ({id})", cluster.label);
            self.clusters.insert(id.clone(), cluster);
        }
        chain.first().cloned()
    }

    /// Adds `flow` as an edge `from → to` (both must be nodes already; otherwise nothing
    /// happens), aggregated with the other flows between the same pair and of the same tone.
    pub(crate) fn add_flow(
        &mut self,
        from: &str,
        to: &str,
        flow: &Flow,
        label: Option<String>,
        highlighted: bool,
        tone: Tone,
    ) {
        if !self.nodes.contains_key(from) || !self.nodes.contains_key(to) {
            return;
        }
        let cross_border = crosses_border(self.model, flow);
        let name = flow
            .name
            .as_ref()
            .map_or_else(|| flow.id.value.clone(), |n| n.get(self.lang).to_owned());
        let encrypted = flow.encrypted.as_ref().map(|e| e.value);
        let entry = self
            .edges
            .entry((from.to_owned(), to.to_owned(), tone, false))
            .or_insert_with(|| EdgeAccumulator {
                all_encrypted: true,
                ..EdgeAccumulator::default()
            });
        entry.count += 1;
        entry.flow_names.push(name);
        entry.label_parts.extend(label);
        entry.any_unencrypted |= encrypted == Some(false);
        entry.all_encrypted &= encrypted == Some(true);
        entry.cross_border |= cross_border;
        entry.highlighted |= highlighted;
    }

    /// Adds the storage link of a dataset to its system (both must be nodes).
    pub(crate) fn add_storage(&mut self, dataset: &str, system: &str) {
        if !self.nodes.contains_key(dataset) || !self.nodes.contains_key(system) {
            return;
        }
        self.edges
            .entry((dataset.to_owned(), system.to_owned(), Tone::Plain, true))
            .or_insert_with(|| EdgeAccumulator {
                count: 1,
                ..EdgeAccumulator::default()
            });
    }

    /// The finished view graph, with its legend built from what it draws.
    pub(crate) fn finish(self, title: String) -> ViewGraph {
        let lang = self.lang;
        let edges: Vec<ViewEdge> = self
            .edges
            .into_iter()
            .map(|((from, to, tone, storage), edge)| {
                to_view_edge(from, to, tone, storage, edge, lang)
            })
            .collect();
        legend::assemble(
            title,
            self.nodes.into_values().collect(),
            self.clusters.into_values().collect(),
            edges,
            lang,
        )
    }
}
