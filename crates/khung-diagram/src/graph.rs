//! The view graph: what a diagram shows, independent of any output format.
//!
//! A view (see [`crate::build_view`]) turns the model into a [`ViewGraph`]; the emitters
//! (see [`crate::render`]) turn a `ViewGraph` into text. All strings in a `ViewGraph` are
//! already in the chosen language; emitters only escape and place them.
//!
//! A `ViewGraph` is only made by [`ViewGraphBuilder::build`], which establishes the
//! invariants every emitter and the layout rely on (see [`ViewGraph`]).

use std::collections::{BTreeMap, BTreeSet};

/// What a node stands for; drives its shape and its legend entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ElementKind {
    /// An information system.
    System,
    /// A system that others exchange data through (LGSP, NDXP, VDXP, the national portal).
    Platform,
    /// A dataset (database, data asset).
    Dataset,
    /// A public service.
    Service,
    /// An agency drawn as a node (not as a cluster).
    Agency,
}

impl ElementKind {
    /// Every kind, in legend order.
    pub const ALL: [ElementKind; 5] = [
        ElementKind::System,
        ElementKind::Platform,
        ElementKind::Dataset,
        ElementKind::Service,
        ElementKind::Agency,
    ];
}

/// Where an element is defined: the agency's own model, an imported model, or the national
/// reference model. Reference and imported elements are drawn as "external".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Provenance {
    /// Defined in the workspace.
    #[default]
    Workspace,
    /// Defined in an imported model.
    Imported,
    /// Defined in the embedded national reference model.
    Reference,
}

/// The fill of a node: its security level, or its change between two dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Tone {
    /// No particular colour.
    #[default]
    Plain,
    /// A declared security level (1–5; other values are drawn as [`Tone::LevelUndeclared`]).
    SecurityLevel(u8),
    /// A system without a declared security level.
    LevelUndeclared,
    /// Exists at the to-be date but not at the as-is date.
    Added,
    /// Exists at the as-is date but not at the to-be date.
    Removed,
    /// Exists at both dates with a different status.
    Changed,
    /// Exists at both dates, unchanged.
    Unchanged,
}

impl Tone {
    /// The tone, with an out-of-range security level replaced by [`Tone::LevelUndeclared`].
    #[must_use]
    pub fn normalised(self) -> Tone {
        match self {
            Tone::SecurityLevel(level) if !(1..=5).contains(&level) => Tone::LevelUndeclared,
            other => other,
        }
    }
}

/// A warning drawn on a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Marker {
    /// The declared level is below the minimum the rules compute (or no level is declared).
    BelowMinimumLevel {
        /// The declared level, when there is one.
        declared: Option<u8>,
        /// The minimum level.
        minimum: u8,
    },
}

/// A box drawn around nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClusterKind {
    /// An agency (or one of its units).
    Agency,
    /// A network or trust zone.
    Zone,
}

/// Whether the data of a flow is encrypted in transit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Encryption {
    /// Every aggregated flow is encrypted.
    Encrypted,
    /// At least one aggregated flow is declared unencrypted.
    Unencrypted,
    /// Not declared (for at least one flow, none unencrypted).
    #[default]
    Undeclared,
}

/// How an edge is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct LineStyle {
    /// Encryption in transit.
    pub encryption: Encryption,
    /// Whether the flow leaves Viet Nam (an end or an intermediary hosted abroad).
    pub cross_border: bool,
    /// Whether the edge is emphasised (a zone-crossing flow in the dataflow view).
    pub highlighted: bool,
    /// Whether the edge is not a flow but links a dataset to the system it is stored in.
    pub storage: bool,
}

/// One element drawn as a box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewNode {
    /// A unique id (the element id).
    pub id: String,
    /// The main text (the element's name in the chosen language).
    pub label: String,
    /// A second, smaller line (e.g. the element id and kind).
    pub caption: Option<String>,
    /// What the node stands for.
    pub kind: ElementKind,
    /// Where the element is defined.
    pub provenance: Provenance,
    /// Its fill.
    pub tone: Tone,
    /// A warning drawn on it.
    pub marker: Option<Marker>,
    /// The id of the innermost cluster it is drawn in.
    pub cluster: Option<String>,
    /// A longer text for accessibility (SVG `<desc>`) and tooltips.
    pub description: String,
}

impl ViewNode {
    /// A plain workspace node of `kind` with no caption, cluster or description.
    #[must_use]
    pub fn new(id: impl Into<String>, label: impl Into<String>, kind: ElementKind) -> ViewNode {
        ViewNode {
            id: id.into(),
            label: label.into(),
            caption: None,
            kind,
            provenance: Provenance::Workspace,
            tone: Tone::Plain,
            marker: None,
            cluster: None,
            description: String::new(),
        }
    }
}

/// A box around nodes (an agency, a zone); clusters nest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewCluster {
    /// A unique id (the element id).
    pub id: String,
    /// The title written in the box.
    pub label: String,
    /// What the box stands for.
    pub kind: ClusterKind,
    /// The id of the enclosing cluster.
    pub parent: Option<String>,
    /// A longer text for accessibility.
    pub description: String,
}

impl ViewCluster {
    /// A top-level cluster without description.
    #[must_use]
    pub fn new(id: impl Into<String>, label: impl Into<String>, kind: ClusterKind) -> ViewCluster {
        ViewCluster {
            id: id.into(),
            label: label.into(),
            kind,
            parent: None,
            description: String::new(),
        }
    }
}

/// An arrow between two nodes; one edge may stand for several flows (`count`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewEdge {
    /// The id of the node the arrow starts at.
    pub from: String,
    /// The id of the node the arrow points to.
    pub to: String,
    /// Text written along the edge.
    pub label: Option<String>,
    /// How many model flows the edge stands for (at least 1).
    pub count: u32,
    /// How the line is drawn.
    pub line: LineStyle,
    /// Its colour in the gap view ([`Tone::Plain`] elsewhere).
    pub tone: Tone,
    /// A longer text for accessibility.
    pub description: String,
}

impl ViewEdge {
    /// A plain edge standing for one flow.
    #[must_use]
    pub fn new(from: impl Into<String>, to: impl Into<String>) -> ViewEdge {
        ViewEdge {
            from: from.into(),
            to: to.into(),
            label: None,
            count: 1,
            line: LineStyle::default(),
            tone: Tone::Plain,
            description: String::new(),
        }
    }
}

impl ViewEdge {
    /// The text drawn along the edge: its label, followed by `(×N)` when it stands for
    /// several flows.
    #[must_use]
    pub fn display_label(&self) -> Option<String> {
        let label = self
            .label
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty());
        match (label, self.count) {
            (None, 0 | 1) => None,
            (Some(label), 0 | 1) => Some(label.to_owned()),
            (None, count) => Some(format!("×{count}")),
            (Some(label), count) => Some(format!("{label} (×{count})")),
        }
    }
}

/// The sample drawn beside a legend text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LegendSymbol {
    /// A node of this kind and provenance.
    Node(ElementKind, Provenance),
    /// A fill.
    Tone(Tone),
    /// A cluster box.
    Cluster(ClusterKind),
    /// A line style.
    Line(LineStyle),
    /// A node marker.
    Marker,
}

/// One legend row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendItem {
    /// The sample.
    pub symbol: LegendSymbol,
    /// Its explanation, in the chosen language.
    pub label: String,
}

/// A diagram, ready for an emitter.
///
/// Invariants (established by [`ViewGraphBuilder::build`]): node and cluster ids are unique
/// and sorted; every node's cluster and every cluster's parent exists; clusters form a forest
/// no deeper than [`MAX_CLUSTER_DEPTH`] and every cluster contains at least one node
/// (directly or below); every edge joins two existing nodes, edges are sorted, and `count ≥ 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewGraph {
    title: String,
    description: String,
    legend_title: String,
    nodes: Vec<ViewNode>,
    clusters: Vec<ViewCluster>,
    edges: Vec<ViewEdge>,
    legend: Vec<LegendItem>,
}

/// Clusters nested deeper than this are drawn at this depth (a hostile model may nest zones
/// arbitrarily deep; the layout's padding grows with depth).
pub const MAX_CLUSTER_DEPTH: usize = 12;

impl ViewGraph {
    /// The diagram title.
    #[must_use]
    pub fn title(&self) -> &str {
        &self.title
    }

    /// A sentence describing the diagram (SVG `<desc>`).
    #[must_use]
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The heading of the legend, in the chosen language.
    #[must_use]
    pub fn legend_title(&self) -> &str {
        &self.legend_title
    }

    /// Nodes, sorted by id.
    #[must_use]
    pub fn nodes(&self) -> &[ViewNode] {
        &self.nodes
    }

    /// Clusters, sorted by id.
    #[must_use]
    pub fn clusters(&self) -> &[ViewCluster] {
        &self.clusters
    }

    /// Edges, sorted by (from, to, label).
    #[must_use]
    pub fn edges(&self) -> &[ViewEdge] {
        &self.edges
    }

    /// Legend rows, in display order.
    #[must_use]
    pub fn legend(&self) -> &[LegendItem] {
        &self.legend
    }

    /// The node with `id`.
    #[must_use]
    pub fn node(&self, id: &str) -> Option<&ViewNode> {
        self.nodes
            .binary_search_by(|node| node.id.as_str().cmp(id))
            .ok()
            .and_then(|index| self.nodes.get(index))
    }

    /// The index of the node with `id` in [`ViewGraph::nodes`].
    #[must_use]
    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.nodes
            .binary_search_by(|node| node.id.as_str().cmp(id))
            .ok()
    }

    /// The index of the cluster with `id` in [`ViewGraph::clusters`].
    #[must_use]
    pub fn cluster_index(&self, id: &str) -> Option<usize> {
        self.clusters
            .binary_search_by(|cluster| cluster.id.as_str().cmp(id))
            .ok()
    }
}

/// Collects nodes, clusters, edges and legend rows, then checks and orders them.
#[derive(Debug, Clone, Default)]
pub struct ViewGraphBuilder {
    title: String,
    description: String,
    legend_title: String,
    nodes: Vec<ViewNode>,
    clusters: Vec<ViewCluster>,
    edges: Vec<ViewEdge>,
    legend: Vec<LegendItem>,
}

impl ViewGraphBuilder {
    /// A builder for a diagram titled `title`, with `legend_title` above its legend.
    #[must_use]
    pub fn new(title: impl Into<String>, legend_title: impl Into<String>) -> ViewGraphBuilder {
        ViewGraphBuilder {
            title: title.into(),
            legend_title: legend_title.into(),
            ..ViewGraphBuilder::default()
        }
    }

    /// Sets the sentence describing the diagram.
    pub fn description(&mut self, description: impl Into<String>) -> &mut ViewGraphBuilder {
        self.description = description.into();
        self
    }

    /// Adds a node (a later node with the same id is ignored).
    pub fn node(&mut self, node: ViewNode) -> &mut ViewGraphBuilder {
        self.nodes.push(node);
        self
    }

    /// Adds a cluster (a later cluster with the same id is ignored).
    pub fn cluster(&mut self, cluster: ViewCluster) -> &mut ViewGraphBuilder {
        self.clusters.push(cluster);
        self
    }

    /// Adds an edge (an edge whose ends are not nodes is dropped by [`Self::build`]).
    pub fn edge(&mut self, edge: ViewEdge) -> &mut ViewGraphBuilder {
        self.edges.push(edge);
        self
    }

    /// Adds a legend row (an identical symbol twice keeps the first row).
    pub fn legend_item(
        &mut self,
        symbol: LegendSymbol,
        label: impl Into<String>,
    ) -> &mut ViewGraphBuilder {
        self.legend.push(LegendItem {
            symbol,
            label: label.into(),
        });
        self
    }

    /// Whether a node with `id` was added.
    #[must_use]
    pub fn has_node(&self, id: &str) -> bool {
        self.nodes.iter().any(|node| node.id == id)
    }

    /// Checks and orders everything (see the invariants on [`ViewGraph`]).
    #[must_use]
    pub fn build(self) -> ViewGraph {
        let nodes = unique_sorted(self.nodes, |node| node.id.clone());
        let mut clusters = unique_sorted(self.clusters, |cluster| cluster.id.clone());
        repair_cluster_parents(&mut clusters);
        let mut nodes = nodes;
        let cluster_ids: BTreeSet<String> = clusters.iter().map(|c| c.id.clone()).collect();
        for node in &mut nodes {
            if node
                .cluster
                .as_ref()
                .is_some_and(|id| !cluster_ids.contains(id))
            {
                node.cluster = None;
            }
        }
        let clusters = drop_empty_clusters(clusters, &nodes);
        let node_ids: BTreeSet<&str> = nodes.iter().map(|node| node.id.as_str()).collect();
        let mut edges: Vec<ViewEdge> = self
            .edges
            .into_iter()
            .filter(|edge| {
                node_ids.contains(edge.from.as_str()) && node_ids.contains(edge.to.as_str())
            })
            .map(|mut edge| {
                edge.count = edge.count.max(1);
                edge
            })
            .collect();
        edges.sort_by(|a, b| {
            (
                &a.from,
                &a.to,
                &a.label,
                a.line,
                a.tone,
                a.count,
                &a.description,
            )
                .cmp(&(
                    &b.from,
                    &b.to,
                    &b.label,
                    b.line,
                    b.tone,
                    b.count,
                    &b.description,
                ))
        });
        let mut seen_symbols = BTreeSet::new();
        let legend = self
            .legend
            .into_iter()
            .filter(|item| seen_symbols.insert(item.symbol))
            .collect();
        ViewGraph {
            title: self.title,
            description: self.description,
            legend_title: self.legend_title,
            nodes,
            clusters,
            edges,
            legend,
        }
    }
}

/// Sorts by key and keeps the first item added for each key.
fn unique_sorted<T>(items: Vec<T>, key: impl Fn(&T) -> String) -> Vec<T> {
    let mut by_key: BTreeMap<String, T> = BTreeMap::new();
    for item in items {
        by_key.entry(key(&item)).or_insert(item);
    }
    by_key.into_values().collect()
}

/// Removes parents that do not exist, breaks parent cycles and caps the nesting depth.
fn repair_cluster_parents(clusters: &mut [ViewCluster]) {
    let ids: BTreeSet<String> = clusters.iter().map(|c| c.id.clone()).collect();
    for cluster in clusters.iter_mut() {
        if cluster.parent.as_ref().is_some_and(|p| !ids.contains(p)) {
            cluster.parent = None;
        }
    }
    // Process in id order; a cluster whose ancestor chain returns to itself loses its parent,
    // which makes the result independent of insertion order.
    for index in 0..clusters.len() {
        let chain = ancestor_chain(clusters, index);
        if chain.cycle {
            if let Some(cluster) = clusters.get_mut(index) {
                cluster.parent = None;
            }
        } else if chain.ancestors.len() > MAX_CLUSTER_DEPTH - 1 {
            // Reattach to the ancestor that sits at the deepest allowed level.
            let keep = chain.ancestors.len() - (MAX_CLUSTER_DEPTH - 1);
            let new_parent = chain.ancestors.get(keep).cloned();
            if let Some(cluster) = clusters.get_mut(index) {
                cluster.parent = new_parent;
            }
        }
    }
}

struct AncestorChain {
    /// Parent first, root last.
    ancestors: Vec<String>,
    cycle: bool,
}

fn ancestor_chain(clusters: &[ViewCluster], index: usize) -> AncestorChain {
    let mut ancestors = Vec::new();
    let Some(start) = clusters.get(index) else {
        return AncestorChain {
            ancestors,
            cycle: false,
        };
    };
    let mut visited = BTreeSet::from([start.id.clone()]);
    let mut current = start.parent.clone();
    while let Some(parent_id) = current {
        if !visited.insert(parent_id.clone()) {
            return AncestorChain {
                ancestors,
                cycle: true,
            };
        }
        current = clusters
            .binary_search_by(|c| c.id.cmp(&parent_id))
            .ok()
            .and_then(|i| clusters.get(i))
            .and_then(|c| c.parent.clone());
        ancestors.push(parent_id);
    }
    AncestorChain {
        ancestors,
        cycle: false,
    }
}

/// Keeps the clusters that hold at least one node, directly or in a descendant.
fn drop_empty_clusters(clusters: Vec<ViewCluster>, nodes: &[ViewNode]) -> Vec<ViewCluster> {
    let mut inhabited: BTreeSet<String> = BTreeSet::new();
    let parent_of: BTreeMap<&str, Option<&str>> = clusters
        .iter()
        .map(|c| (c.id.as_str(), c.parent.as_deref()))
        .collect();
    for node in nodes {
        let mut current = node.cluster.as_deref();
        // Parents are acyclic here (repaired above), so the walk ends; the bound is a guard.
        let mut steps = 0;
        while let Some(id) = current {
            if !inhabited.insert(id.to_owned()) || steps > clusters.len() {
                break;
            }
            steps += 1;
            current = parent_of.get(id).copied().flatten();
        }
    }
    clusters
        .into_iter()
        .filter(|cluster| inhabited.contains(&cluster.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cluster(id: &str, parent: Option<&str>) -> ViewCluster {
        let mut cluster = ViewCluster::new(id, id, ClusterKind::Zone);
        cluster.parent = parent.map(str::to_owned);
        cluster
    }

    fn node_in(id: &str, cluster: Option<&str>) -> ViewNode {
        let mut node = ViewNode::new(id, id, ElementKind::System);
        node.cluster = cluster.map(str::to_owned);
        node
    }

    #[test]
    fn build_sorts_dedups_and_drops_dangling_edges() {
        let mut builder = ViewGraphBuilder::new("t", "legend");
        builder
            .node(node_in("b", None))
            .node(node_in("a", None))
            .node(ViewNode::new("a", "second a", ElementKind::Dataset))
            .edge(ViewEdge::new("b", "a"))
            .edge(ViewEdge::new("a", "missing"))
            .edge(ViewEdge {
                count: 0,
                ..ViewEdge::new("a", "b")
            });
        let graph = builder.build();
        let ids: Vec<&str> = graph.nodes().iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(graph.node("a").map(|n| n.kind), Some(ElementKind::System));
        let edges: Vec<(&str, &str, u32)> = graph
            .edges()
            .iter()
            .map(|e| (e.from.as_str(), e.to.as_str(), e.count))
            .collect();
        assert_eq!(edges, [("a", "b", 1), ("b", "a", 1)]);
    }

    #[test]
    fn build_breaks_cluster_cycles_and_unknown_parents() {
        let mut builder = ViewGraphBuilder::new("t", "legend");
        builder
            .cluster(cluster("x", Some("y")))
            .cluster(cluster("y", Some("x")))
            .cluster(cluster("z", Some("nowhere")))
            .node(node_in("n1", Some("x")))
            .node(node_in("n2", Some("z")))
            .node(node_in("n3", Some("unknown-cluster")));
        let graph = builder.build();
        let parents: Vec<(&str, Option<&str>)> = graph
            .clusters()
            .iter()
            .map(|c| (c.id.as_str(), c.parent.as_deref()))
            .collect();
        // x lost its parent to break the cycle; y then holds no node and is dropped.
        assert_eq!(parents, [("x", None), ("z", None)]);
        assert_eq!(graph.node("n3").and_then(|n| n.cluster.clone()), None);
    }

    #[test]
    fn build_caps_cluster_depth() {
        let mut builder = ViewGraphBuilder::new("t", "legend");
        let depth = MAX_CLUSTER_DEPTH + 5;
        for level in 0..depth {
            let parent = (level > 0).then(|| format!("c{:02}", level - 1));
            builder.cluster(cluster(&format!("c{level:02}"), parent.as_deref()));
        }
        builder.node(node_in("deep", Some(&format!("c{:02}", depth - 1))));
        let graph = builder.build();
        for index in 0..graph.clusters().len() {
            let chain = ancestor_chain(graph.clusters(), index);
            assert!(!chain.cycle);
            assert!(
                chain.ancestors.len() < MAX_CLUSTER_DEPTH,
                "{chain_len}",
                chain_len = chain.ancestors.len()
            );
        }
        assert!(graph.node("deep").and_then(|n| n.cluster.clone()).is_some());
    }
}
