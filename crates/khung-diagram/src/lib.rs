//! Views of a khung model and their emitters: SVG (built-in layout), DOT, Mermaid, PlantUML.

mod graph;
mod text;

pub use graph::{
    ClusterKind, ElementKind, Encryption, LegendItem, LegendSymbol, LineStyle, MAX_CLUSTER_DEPTH,
    Marker, Provenance, Tone, ViewCluster, ViewEdge, ViewGraph, ViewGraphBuilder, ViewNode,
};
