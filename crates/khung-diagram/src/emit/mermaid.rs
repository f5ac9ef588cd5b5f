//! Mermaid `flowchart LR` in the subset GitHub renders: front-matter title, nested
//! `subgraph`s, quoted labels, `style` and `linkStyle` statements, and a legend subgraph.
//! Ids are generated (`n3_qn_motcua`), never taken from the model as they are.

use crate::graph::{ElementKind, LegendSymbol, Provenance, Tone, ViewGraph, ViewNode};

use super::escape::{identifier, mermaid_string, yaml_string};
use super::style::{
    MARKER_COLOUR, Stroke, TEXT_COLOUR, cluster_style, edge_stroke, node_stroke, tone_fill,
};
use super::svg::num;

pub(crate) fn emit(graph: &ViewGraph) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "---\ntitle: \"{}\"\n---\nflowchart LR\n",
        yaml_string(graph.title())
    ));
    let mut styles = Vec::new();
    write_scope(&mut out, &mut styles, graph, None, 1);
    let mut link_styles = Vec::new();
    for edge in graph.edges() {
        let (Some(from), Some(to)) = (graph.node_index(&edge.from), graph.node_index(&edge.to))
        else {
            continue;
        };
        let label = edge
            .display_label()
            .map_or(String::new(), |l| format!("|\"{}\"|", mermaid_string(&l)));
        out.push_str(&format!(
            "  {} -->{label} {}\n",
            node_id(graph, from),
            node_id(graph, to)
        ));
        // linkStyle counts links in the order they are written.
        let index = link_styles.len();
        link_styles.push(format!(
            "  linkStyle {index} {}",
            stroke_style(edge_stroke(edge.line, edge.tone))
        ));
    }
    write_legend(&mut out, &mut styles, &mut link_styles, graph);
    for style in styles.iter().chain(&link_styles) {
        out.push_str(style);
        out.push('\n');
    }
    out
}

fn node_id(graph: &ViewGraph, index: usize) -> String {
    identifier(
        "n",
        index,
        graph.nodes().get(index).map_or("", |n| n.id.as_str()),
    )
}

fn stroke_style(stroke: Stroke) -> String {
    let dash = stroke
        .dash
        .map_or(String::new(), |d| format!(",stroke-dasharray:{d}"));
    format!(
        "stroke:{},stroke-width:{}px{dash}",
        stroke.colour,
        num(stroke.width)
    )
}

/// `open` and `close` of the node shape for a kind.
fn shape(kind: ElementKind) -> (&'static str, &'static str) {
    match kind {
        ElementKind::System => ("[", "]"),
        ElementKind::Platform => ("{{", "}}"),
        ElementKind::Dataset => ("[(", ")]"),
        ElementKind::Service => ("([", "])"),
        ElementKind::Agency => ("[[", "]]"),
    }
}

fn node_style(provenance: Provenance, tone: Tone, marker: bool) -> String {
    let stroke = node_stroke(provenance);
    let stroke = if marker {
        Stroke {
            colour: MARKER_COLOUR,
            width: 2.6,
            ..stroke
        }
    } else {
        stroke
    };
    format!(
        "fill:{},color:{TEXT_COLOUR},{}",
        tone_fill(tone),
        stroke_style(stroke)
    )
}

fn node_text(node: &ViewNode) -> String {
    let mut text = String::new();
    if node.marker.is_some() {
        text.push_str("⚠ ");
    }
    text.push_str(&mermaid_string(&node.label));
    if let Some(caption) = &node.caption {
        // The only markup written into a label; Mermaid renders it as a line break.
        text.push_str("<br/>");
        text.push_str(&mermaid_string(caption));
    }
    text
}

fn write_scope(
    out: &mut String,
    styles: &mut Vec<String>,
    graph: &ViewGraph,
    cluster: Option<usize>,
    depth: usize,
) {
    let indent = "  ".repeat(depth);
    let cluster_id = cluster
        .and_then(|i| graph.clusters().get(i))
        .map(|c| c.id.as_str());
    for (index, node) in graph.nodes().iter().enumerate() {
        if node.cluster.as_deref() != cluster_id {
            continue;
        }
        let (open, close) = shape(node.kind);
        let id = node_id(graph, index);
        out.push_str(&format!(
            "{indent}{id}{open}\"{}\"{close}\n",
            node_text(node)
        ));
        styles.push(format!(
            "  style {id} {}",
            node_style(node.provenance, node.tone, node.marker.is_some())
        ));
    }
    for (index, child) in graph.clusters().iter().enumerate() {
        if child.parent.as_deref() != cluster_id {
            continue;
        }
        let id = identifier("c", index, &child.id);
        out.push_str(&format!(
            "{indent}subgraph {id} [\"{}\"]\n",
            mermaid_string(&child.label)
        ));
        write_scope(out, styles, graph, Some(index), depth + 1);
        out.push_str(&format!("{indent}end\n"));
        let (fill, stroke) = cluster_style(child.kind);
        styles.push(format!("  style {id} fill:{fill},{}", stroke_style(stroke)));
    }
}

fn write_legend(
    out: &mut String,
    styles: &mut Vec<String>,
    link_styles: &mut Vec<String>,
    graph: &ViewGraph,
) {
    if graph.legend().is_empty() {
        return;
    }
    out.push_str(&format!(
        "  subgraph legend [\"{}\"]\n    direction LR\n",
        mermaid_string(graph.legend_title())
    ));
    for (index, item) in graph.legend().iter().enumerate() {
        let text = mermaid_string(&item.label);
        let id = format!("legend{index}");
        match item.symbol {
            LegendSymbol::Node(kind, provenance) => {
                let (open, close) = shape(kind);
                out.push_str(&format!("    {id}{open}\"{text}\"{close}\n"));
                styles.push(format!(
                    "  style {id} {}",
                    node_style(provenance, Tone::Plain, false)
                ));
            }
            LegendSymbol::Tone(tone) => {
                out.push_str(&format!("    {id}[\"{text}\"]\n"));
                styles.push(format!(
                    "  style {id} {}",
                    node_style(Provenance::Workspace, tone, false)
                ));
            }
            LegendSymbol::Marker => {
                out.push_str(&format!("    {id}[\"⚠ {text}\"]\n"));
                styles.push(format!(
                    "  style {id} {}",
                    node_style(Provenance::Workspace, Tone::Plain, true)
                ));
            }
            LegendSymbol::Cluster(kind) => {
                out.push_str(&format!(
                    "    subgraph {id} [\"{text}\"]\n      {id}_sample[\" \"]\n    end\n"
                ));
                let (fill, stroke) = cluster_style(kind);
                styles.push(format!("  style {id} fill:{fill},{}", stroke_style(stroke)));
                styles.push(format!("  style {id}_sample fill:{fill},stroke:{fill}"));
            }
            LegendSymbol::Line(line) => {
                out.push_str(&format!("    {id}a[\" \"] -->|\"{text}\"| {id}b[\" \"]\n"));
                let link_index = link_styles.len();
                link_styles.push(format!(
                    "  linkStyle {link_index} {}",
                    stroke_style(edge_stroke(line, Tone::Plain))
                ));
                styles.push(format!("  style {id}a fill:#ffffff,stroke:#ffffff"));
                styles.push(format!("  style {id}b fill:#ffffff,stroke:#ffffff"));
            }
        }
    }
    out.push_str("  end\n");
}
