//! The view graph: what a diagram shows, independent of any output format.
//!
//! A view (see [`crate::build_view`]) turns the model into a [`ViewGraph`]; the emitters
//! (see [`crate::render`]) turn a `ViewGraph` into text. All strings in a `ViewGraph` are
//! already in the chosen language; emitters only escape and place them.
//!
//! A `ViewGraph` is only made by [`ViewGraphBuilder::build`], which establishes the
//! invariants every emitter and the layout rely on (see [`ViewGraph`]).

mod builder;

pub use builder::ViewGraphBuilder;

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
