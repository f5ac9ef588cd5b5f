//! PlantUML with the C4-PlantUML standard library (`!include <C4/C4_Container>`): systems as
//! `System`/`SystemDb`/`SystemQueue` (the `_Ext` forms for reference and imported elements),
//! clusters as nested `Boundary`, flows as `Rel`; colours and line styles as element, relation
//! and boundary tags whose legend texts come from the view's legend (`SHOW_LEGEND()`).

use std::collections::BTreeMap;

use crate::graph::{
    ClusterKind, ElementKind, Encryption, LegendSymbol, LineStyle, Provenance, Tone, ViewGraph,
    ViewNode,
};

use super::escape::{identifier, plantuml_string};
use super::style::{
    self, MARKER_COLOUR, TEXT_COLOUR, cluster_style, edge_stroke, node_stroke, tone_fill,
};

const MARKER_TAG: &str = "belowmin";

pub(crate) fn emit(graph: &ViewGraph) -> String {
    let legend = LegendTexts::new(graph);
    let mut out = String::new();
    out.push_str("@startuml\n!include <C4/C4_Container>\n");
    out.push_str(&format!("title {}\n", plantuml_string(graph.title())));
    out.push_str("LAYOUT_LEFT_RIGHT()\n");
    write_tags(&mut out, graph, &legend);
    write_scope(&mut out, graph, None, 0);
    for edge in graph.edges() {
        let (Some(from), Some(to)) = (graph.node_index(&edge.from), graph.node_index(&edge.to))
        else {
            continue;
        };
        out.push_str(&format!(
            "Rel({}, {}, \"{}\", $tags=\"{}\")\n",
            node_id(graph, from),
            node_id(graph, to),
            plantuml_string(&edge.display_label().unwrap_or_default()),
            style::line_class(edge.line, edge.tone)
        ));
    }
    out.push_str("SHOW_LEGEND()\n@enduml\n");
    out
}

fn node_id(graph: &ViewGraph, index: usize) -> String {
    identifier(
        "n",
        index,
        graph.nodes().get(index).map_or("", |n| n.id.as_str()),
    )
}

/// Legend texts by what they explain.
struct LegendTexts {
    by_symbol: BTreeMap<LegendSymbol, String>,
}

impl LegendTexts {
    fn new(graph: &ViewGraph) -> LegendTexts {
        LegendTexts {
            by_symbol: graph
                .legend()
                .iter()
                .map(|item| (item.symbol, item.label.clone()))
                .collect(),
        }
    }

    /// ` , $legendText="…"` when the legend explains `symbol`.
    fn argument(&self, symbol: LegendSymbol) -> String {
        self.by_symbol.get(&symbol).map_or(String::new(), |text| {
            format!(", $legendText=\"{}\"", plantuml_string(text))
        })
    }
}

/// Tags are global in C4-PlantUML, so element-kind and boundary tags get prefixes.
fn kind_tag(kind: ElementKind) -> Option<String> {
    match kind {
        ElementKind::System => None,
        other => Some(format!("kind_{}", style::kind_class(other))),
    }
}

fn boundary_tag(kind: ClusterKind) -> String {
    format!("boundary_{}", style::cluster_class(kind))
}

fn node_tags(node: &ViewNode) -> String {
    let mut tags: Vec<String> = Vec::new();
    if node.tone.normalised() != Tone::Plain {
        tags.push(style::tone_class(node.tone).to_owned());
    }
    if let Some(tag) = kind_tag(node.kind) {
        tags.push(tag);
    }
    if node.marker.is_some() {
        tags.push(MARKER_TAG.to_owned());
    }
    tags.join("+")
}

fn write_tags(out: &mut String, graph: &ViewGraph, legend: &LegendTexts) {
    // Element styles of C4 itself: our systems and the external (reference, imported) ones.
    for (element, provenance) in [
        ("system", Provenance::Workspace),
        ("external_system", Provenance::Reference),
    ] {
        let stroke = node_stroke(provenance);
        out.push_str(&format!(
            "UpdateElementStyle(\"{element}\", $bgColor=\"{}\", $fontColor=\"{TEXT_COLOUR}\", $borderColor=\"{}\"{})\n",
            tone_fill(Tone::Plain),
            stroke.colour,
            legend.argument(LegendSymbol::Node(ElementKind::System, provenance))
        ));
    }
    let mut tones: Vec<Tone> = graph
        .nodes()
        .iter()
        .map(|n| n.tone.normalised())
        .chain(graph.legend().iter().filter_map(|item| match item.symbol {
            LegendSymbol::Tone(tone) => Some(tone.normalised()),
            _ => None,
        }))
        .filter(|tone| *tone != Tone::Plain)
        .collect();
    tones.sort_unstable();
    tones.dedup();
    for tone in tones {
        out.push_str(&format!(
            "AddElementTag(\"{}\", $bgColor=\"{}\", $fontColor=\"{TEXT_COLOUR}\"{})\n",
            style::tone_class(tone),
            tone_fill(tone),
            legend.argument(LegendSymbol::Tone(tone))
        ));
    }
    for kind in [
        ElementKind::Platform,
        ElementKind::Dataset,
        ElementKind::Service,
        ElementKind::Agency,
    ] {
        let Some(tag) = kind_tag(kind) else { continue };
        out.push_str(&format!(
            "AddElementTag(\"{tag}\"{})\n",
            legend.argument(LegendSymbol::Node(kind, Provenance::Workspace))
        ));
    }
    out.push_str(&format!(
        "AddElementTag(\"{MARKER_TAG}\", $borderColor=\"{MARKER_COLOUR}\"{})\n",
        legend.argument(LegendSymbol::Marker)
    ));
    for kind in [
        crate::graph::ClusterKind::Agency,
        crate::graph::ClusterKind::Zone,
    ] {
        let (fill, stroke) = cluster_style(kind);
        out.push_str(&format!(
            "AddBoundaryTag(\"{}\", $bgColor=\"{fill}\", $borderColor=\"{}\", $fontColor=\"{TEXT_COLOUR}\"{})\n",
            style::cluster_class(kind),
            stroke.colour,
            legend.argument(LegendSymbol::Cluster(kind))
        ));
    }
    let mut lines: BTreeMap<String, (LineStyle, Tone)> = BTreeMap::new();
    let used = graph.edges().iter().map(|e| (e.line, e.tone));
    let explained = graph.legend().iter().filter_map(|item| match item.symbol {
        LegendSymbol::Line(line) => Some((line, Tone::Plain)),
        _ => None,
    });
    for (line, tone) in used.chain(explained) {
        lines
            .entry(style::line_class(line, tone))
            .or_insert((line, tone));
    }
    for (class, (line, tone)) in lines {
        let stroke = edge_stroke(line, tone);
        let line_style = match line.encryption {
            _ if line.storage => ", $lineStyle=DottedLine()",
            Encryption::Unencrypted => ", $lineStyle=DashedLine()",
            Encryption::Undeclared => ", $lineStyle=DottedLine()",
            Encryption::Encrypted if line.cross_border => ", $lineStyle=BoldLine()",
            Encryption::Encrypted => "",
        };
        let legend_text = if tone == Tone::Plain {
            legend.argument(LegendSymbol::Line(line))
        } else {
            legend.argument(LegendSymbol::Tone(tone))
        };
        out.push_str(&format!(
            "AddRelTag(\"{class}\", $textColor=\"{TEXT_COLOUR}\", $lineColor=\"{}\"{line_style}{legend_text})\n",
            stroke.colour
        ));
    }
}

fn element_macro(kind: ElementKind, provenance: Provenance) -> &'static str {
    let external = provenance != Provenance::Workspace;
    match (kind, external) {
        (ElementKind::Dataset, false) => "SystemDb",
        (ElementKind::Dataset, true) => "SystemDb_Ext",
        (ElementKind::Platform, false) => "SystemQueue",
        (ElementKind::Platform, true) => "SystemQueue_Ext",
        (_, false) => "System",
        (_, true) => "System_Ext",
    }
}

/// The elements and boundaries directly in `cluster`, recursively (depth is capped by the
/// builder).
fn write_scope(out: &mut String, graph: &ViewGraph, cluster: Option<usize>, depth: usize) {
    let indent = "  ".repeat(depth);
    let cluster_id = cluster
        .and_then(|i| graph.clusters().get(i))
        .map(|c| c.id.as_str());
    for (index, node) in graph.nodes().iter().enumerate() {
        if node.cluster.as_deref() != cluster_id {
            continue;
        }
        let mut label = String::new();
        if node.marker.is_some() {
            label.push_str("⚠ ");
        }
        label.push_str(&plantuml_string(&node.label));
        out.push_str(&format!(
            "{indent}{}({}, \"{label}\", \"{}\", $tags=\"{}\")\n",
            element_macro(node.kind, node.provenance),
            node_id(graph, index),
            plantuml_string(node.caption.as_deref().unwrap_or("")),
            node_tags(node)
        ));
    }
    for (index, child) in graph.clusters().iter().enumerate() {
        if child.parent.as_deref() != cluster_id {
            continue;
        }
        out.push_str(&format!(
            "{indent}Boundary({}, \"{}\", $tags=\"{}\") {{\n",
            identifier("c", index, &child.id),
            plantuml_string(&child.label),
            boundary_tag(child.kind)
        ));
        write_scope(out, graph, Some(index), depth + 1);
        out.push_str(&format!("{indent}}}\n"));
    }
}
