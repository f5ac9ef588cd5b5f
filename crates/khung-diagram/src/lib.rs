//! Views of a khung model and their emitters: SVG (built-in layout), DOT, Mermaid, PlantUML.
//!
//! A *view* turns the model into a [`ViewGraph`] (nodes, edges, nested clusters, styles,
//! labels in the chosen language, a legend); an *emitter* turns a `ViewGraph` into text with
//! [`render`]. Nothing here does IO: the CLI writes the text, and pipes DOT into Graphviz for
//! `--engine graphviz`.
//!
//! ```
//! use khung_diagram::{ElementKind, Format, RenderOptions, ViewEdge, ViewGraphBuilder, ViewNode, render};
//!
//! let mut builder = ViewGraphBuilder::new("Một cửa", "Chú giải");
//! builder
//!     .node(ViewNode::new("qn-motcua", "Hệ thống một cửa", ElementKind::System))
//!     .node(ViewNode::new("ndxp", "NDXP", ElementKind::Platform))
//!     .edge(ViewEdge::new("ndxp", "qn-motcua"));
//! let graph = builder.build();
//! let svg = render(&graph, Format::Svg, &RenderOptions::default());
//! assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
//! let mermaid = render(&graph, Format::Mermaid, &RenderOptions::default());
//! assert!(mermaid.contains("flowchart LR"));
//! ```
//!
//! Views over a loaded model: [`ViewSpec::parse`] reads `--view`, [`build_view`] builds the
//! graph from the model and [`ViewInputs`] (the evaluation date, the gap's to-be date, the
//! rules' `min_level` per system), [`ViewSpec::all`] lists what `--view all` writes
//! (`<ViewSpec::file_stem>.<Format::extension>`).

mod emit;
mod graph;
mod layout;
mod spec;
mod text;
mod view;

pub use graph::{
    ClusterKind, ElementKind, Encryption, LegendItem, LegendSymbol, LineStyle, MAX_CLUSTER_DEPTH,
    Marker, Provenance, Tone, ViewCluster, ViewEdge, ViewGraph, ViewGraphBuilder, ViewNode,
};

pub use spec::{VIEW_NAMES, ViewSpec};
pub use view::{ViewInputs, build_view};

/// An output format of [`render`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// SVG, laid out by the built-in layered layout (no external program).
    Svg,
    /// Graphviz DOT text.
    Dot,
    /// A Mermaid flowchart (the subset GitHub renders).
    Mermaid,
    /// PlantUML with the C4-PlantUML standard library.
    Plantuml,
}

impl Format {
    /// Every format, in documentation order.
    pub const ALL: [Format; 4] = [Format::Svg, Format::Dot, Format::Mermaid, Format::Plantuml];

    /// The name used by `--format` (`svg`, `dot`, `mermaid`, `plantuml`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Dot => "dot",
            Format::Mermaid => "mermaid",
            Format::Plantuml => "plantuml",
        }
    }

    /// Parses a `--format` value.
    #[must_use]
    pub fn parse(text: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|format| format.as_str() == text)
    }

    /// The file extension of the format, without the dot (`svg`, `dot`, `mmd`, `puml`).
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Dot => "dot",
            Format::Mermaid => "mmd",
            Format::Plantuml => "puml",
        }
    }
}

/// Options of [`render`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// Prefix of the element ids an SVG defines (`<prefix>-title`, `<prefix>-arrow-0`, …).
    /// Give each SVG a different prefix when several are inlined in one HTML page. Characters
    /// other than ASCII letters, digits, `-` and `_` are replaced by `_`.
    pub id_prefix: String,
}

impl Default for RenderOptions {
    fn default() -> RenderOptions {
        RenderOptions {
            id_prefix: "khung".to_owned(),
        }
    }
}

impl RenderOptions {
    /// The id prefix, sanitised (never empty, starts with a letter).
    fn id_prefix(&self) -> String {
        let cleaned: String = self
            .id_prefix
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if cleaned.starts_with(|c: char| c.is_ascii_alphabetic()) {
            cleaned
        } else {
            format!("k{cleaned}")
        }
    }
}

/// Writes `view` in `format`. The same view and options always give the same bytes.
#[must_use]
pub fn render(view: &ViewGraph, format: Format, options: &RenderOptions) -> String {
    match format {
        Format::Svg => emit::svg::emit(view, options),
        Format::Dot => emit::dot::emit(view),
        Format::Mermaid => emit::mermaid::emit(view),
        Format::Plantuml => emit::plantuml::emit(view),
    }
}
