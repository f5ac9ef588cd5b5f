//! View graphs shared by the emitter tests.

use khung_diagram::{
    ClusterKind, ElementKind, Encryption, LegendSymbol, LineStyle, Marker, Provenance, Tone,
    ViewCluster, ViewEdge, ViewGraph, ViewGraphBuilder, ViewNode,
};

/// Names that try to break out of every output format.
pub const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"]; evil [label=\"x",
    "A --> B",
    "@enduml\n@startuml",
    "]]> <![CDATA[",
    "`code` **bold** //it// --strike--",
    "line\nbreak\r\nand\ttab",
    "back\\slash \\N \\l",
    "%% comment ' quote !include $var #red |pipe| {braces} [[link]]",
    "&amp; &#60; #quot; &lt;",
    "end",
    "subgraph x",
    "Ủy ban nhân dân tỉnh Quảng Ninh",
    "\u{202E}bidi\u{2066}override\u{0007}bell",
];

/// A graph in which every string a model can supply is hostile.
pub fn hostile_graph() -> ViewGraph {
    let text = |index: usize| HOSTILE[index % HOSTILE.len()].to_owned();
    let mut builder = ViewGraphBuilder::new(text(0), text(3));
    builder.description(text(1));
    let mut outer = ViewCluster::new(text(2), text(4), ClusterKind::Agency);
    outer.description = text(5);
    let mut inner = ViewCluster::new(text(6), text(7), ClusterKind::Zone);
    inner.parent = Some(text(2));
    builder.cluster(outer).cluster(inner);
    for index in 0..HOSTILE.len() {
        let mut node = ViewNode::new(text(index), text(index + 1), ElementKind::ALL[index % 5]);
        node.caption = Some(text(index + 2));
        node.description = text(index + 3);
        node.provenance = [
            Provenance::Workspace,
            Provenance::Imported,
            Provenance::Reference,
        ][index % 3];
        node.tone = Tone::SecurityLevel(u8::try_from(index % 7).unwrap_or(0));
        if index % 4 == 0 {
            node.marker = Some(Marker::BelowMinimumLevel {
                declared: None,
                minimum: 3,
            });
        }
        node.cluster = match index % 3 {
            0 => Some(text(2)),
            1 => Some(text(6)),
            _ => None,
        };
        builder.node(node);
    }
    for index in 0..HOSTILE.len() {
        let mut edge = ViewEdge::new(text(index), text(index * 5 + 1));
        edge.label = Some(text(index + 4));
        edge.description = text(index + 5);
        edge.count = u32::try_from(index % 3).unwrap_or(1) + 1;
        edge.line = LineStyle {
            encryption: [
                Encryption::Encrypted,
                Encryption::Unencrypted,
                Encryption::Undeclared,
            ][index % 3],
            cross_border: index % 4 == 0,
            highlighted: index % 5 == 0,
            storage: index % 7 == 6,
        };
        builder.edge(edge);
    }
    for (index, symbol) in [
        LegendSymbol::Node(ElementKind::System, Provenance::Workspace),
        LegendSymbol::Node(ElementKind::Dataset, Provenance::Reference),
        LegendSymbol::Tone(Tone::SecurityLevel(3)),
        LegendSymbol::Cluster(ClusterKind::Zone),
        LegendSymbol::Line(LineStyle {
            encryption: Encryption::Unencrypted,
            ..LineStyle::default()
        }),
        LegendSymbol::Marker,
    ]
    .into_iter()
    .enumerate()
    {
        builder.legend_item(symbol, text(index + 8));
    }
    builder.build()
}
