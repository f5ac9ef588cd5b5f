//! Graphviz DOT: clusters as nested `subgraph cluster_…`, the legend as a cluster of samples.
//! Every id and string is quoted and escaped; the layout is left to Graphviz.

use crate::graph::{ElementKind, LegendSymbol, Provenance, Tone, ViewGraph, ViewNode};
use crate::text::FONT_FAMILY;

use super::escape::{dot_string, identifier};
use super::style::{
    MARKER_COLOUR, TEXT_COLOUR, cluster_style, edge_stroke, node_stroke, tone_fill,
};
use super::svg::num;

pub(crate) fn emit(graph: &ViewGraph) -> String {
    let font = dot_string(
        FONT_FAMILY
            .split(',')
            .next()
            .unwrap_or("sans-serif")
            .trim_matches(['\'', ' ']),
    );
    let mut out = String::new();
    out.push_str("digraph \"view\" {\n");
    out.push_str(&format!(
        "  graph [rankdir=LR, compound=true, newrank=true, nodesep=0.35, ranksep=0.6, fontname=\"{font}\", fontsize=18, labelloc=t, labeljust=l, label=\"{}\", tooltip=\"{}\"];\n",
        dot_string(graph.title()),
        dot_string(graph.description())
    ));
    out.push_str(&format!(
        "  node [fontname=\"{font}\", fontsize=12, fontcolor=\"{TEXT_COLOUR}\", shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", margin=\"0.15,0.08\"];\n"
    ));
    out.push_str(&format!(
        "  edge [fontname=\"{font}\", fontsize=10, fontcolor=\"{TEXT_COLOUR}\"];\n"
    ));
    write_scope(&mut out, graph, None, 1);
    for edge in graph.edges() {
        let (Some(from), Some(to)) = (graph.node_index(&edge.from), graph.node_index(&edge.to))
        else {
            continue;
        };
        let stroke = edge_stroke(edge.line, edge.tone);
        let style = match stroke.dash {
            None => "solid",
            Some("7 4") => "dashed",
            Some(_) => "dotted",
        };
        let label = edge
            .display_label()
            .map_or(String::new(), |l| format!("label=\"{}\", ", dot_string(&l)));
        let tooltip = if edge.description.is_empty() {
            String::new()
        } else {
            format!(", tooltip=\"{}\"", dot_string(&edge.description))
        };
        out.push_str(&format!(
            "  \"{}\" -> \"{}\" [{label}style={style}, color=\"{}\", penwidth={}{tooltip}];\n",
            node_id(graph, from),
            node_id(graph, to),
            stroke.colour,
            num(stroke.width)
        ));
    }
    write_legend(&mut out, graph);
    out.push_str("}\n");
    out
}

fn node_id(graph: &ViewGraph, index: usize) -> String {
    identifier(
        "n",
        index,
        graph.nodes().get(index).map_or("", |n| n.id.as_str()),
    )
}

/// The nodes and sub-clusters directly in `cluster` (`None`: the top level), recursively.
/// Depth is bounded by the builder's nesting cap.
fn write_scope(out: &mut String, graph: &ViewGraph, cluster: Option<usize>, depth: usize) {
    let indent = "  ".repeat(depth);
    let cluster_id = cluster
        .and_then(|i| graph.clusters().get(i))
        .map(|c| c.id.as_str());
    for (index, node) in graph.nodes().iter().enumerate() {
        if node.cluster.as_deref() == cluster_id {
            out.push_str(&format!("{indent}{}\n", node_statement(graph, index, node)));
        }
    }
    for (index, child) in graph.clusters().iter().enumerate() {
        if child.parent.as_deref() != cluster_id {
            continue;
        }
        let (fill, stroke) = cluster_style(child.kind);
        let style = if stroke.dash.is_some() {
            "rounded,filled,dashed"
        } else {
            "rounded,filled"
        };
        out.push_str(&format!(
            "{indent}subgraph \"cluster_{}\" {{\n{indent}  label=\"{}\"; tooltip=\"{}\"; style=\"{style}\"; fillcolor=\"{fill}\"; color=\"{}\"; fontsize=13;\n",
            identifier("c", index, &child.id),
            dot_string(&child.label),
            dot_string(if child.description.is_empty() { &child.label } else { &child.description }),
            stroke.colour
        ));
        write_scope(out, graph, Some(index), depth + 1);
        out.push_str(&format!("{indent}}}\n"));
    }
}

/// Shape, fill and border of a node (also used for legend samples).
fn node_look(kind: ElementKind, provenance: Provenance, tone: Tone, marker: bool) -> String {
    let shape = match kind {
        ElementKind::System => "box",
        ElementKind::Platform => "box, peripheries=2",
        ElementKind::Dataset => "cylinder",
        ElementKind::Service => "oval",
        ElementKind::Agency => "tab",
    };
    let stroke = node_stroke(provenance);
    let mut style = vec!["filled"];
    if matches!(kind, ElementKind::System | ElementKind::Platform) {
        style.push("rounded");
    }
    match provenance {
        Provenance::Workspace => {}
        Provenance::Imported => style.push("dashed"),
        Provenance::Reference => style.push("dotted"),
    }
    let (colour, width) = if marker {
        (MARKER_COLOUR, 2.6)
    } else {
        (stroke.colour, stroke.width)
    };
    format!(
        "shape={shape}, style=\"{}\", fillcolor=\"{}\", color=\"{colour}\", penwidth={}",
        style.join(","),
        tone_fill(tone),
        num(width)
    )
}

fn node_statement(graph: &ViewGraph, index: usize, node: &ViewNode) -> String {
    let mut label = String::new();
    if node.marker.is_some() {
        label.push_str("⚠ ");
    }
    label.push_str(&dot_string(&node.label));
    if let Some(caption) = &node.caption {
        label.push_str("\\n");
        label.push_str(&dot_string(caption));
    }
    let tooltip = if node.description.is_empty() {
        &node.label
    } else {
        &node.description
    };
    format!(
        "\"{}\" [label=\"{label}\", tooltip=\"{}\", {}];",
        node_id(graph, index),
        dot_string(tooltip),
        node_look(node.kind, node.provenance, node.tone, node.marker.is_some())
    )
}

fn write_legend(out: &mut String, graph: &ViewGraph) {
    if graph.legend().is_empty() {
        return;
    }
    out.push_str(&format!(
        "  subgraph \"cluster_legend\" {{\n    label=\"{}\"; style=\"rounded\"; color=\"#cbd5e1\"; fontsize=12;\n    node [fontsize=10];\n",
        dot_string(graph.legend_title())
    ));
    for (index, item) in graph.legend().iter().enumerate() {
        let text = dot_string(&item.label);
        match item.symbol {
            LegendSymbol::Node(kind, provenance) => out.push_str(&format!(
                "    \"legend{index}\" [label=\"{text}\", {}];\n",
                node_look(kind, provenance, Tone::Plain, false)
            )),
            LegendSymbol::Tone(tone) => out.push_str(&format!(
                "    \"legend{index}\" [label=\"{text}\", {}];\n",
                node_look(ElementKind::System, Provenance::Workspace, tone, false)
            )),
            LegendSymbol::Marker => out.push_str(&format!(
                "    \"legend{index}\" [label=\"⚠ {text}\", {}];\n",
                node_look(
                    ElementKind::System,
                    Provenance::Workspace,
                    Tone::Plain,
                    true
                )
            )),
            LegendSymbol::Cluster(kind) => {
                let (fill, stroke) = cluster_style(kind);
                let style = if stroke.dash.is_some() {
                    "rounded,filled,dashed"
                } else {
                    "rounded,filled"
                };
                out.push_str(&format!(
                    "    subgraph \"cluster_legend{index}\" {{ label=\"{text}\"; style=\"{style}\"; fillcolor=\"{fill}\"; color=\"{}\"; \"legend{index}\" [shape=point, style=invis]; }}\n",
                    stroke.colour
                ));
            }
            LegendSymbol::Line(line) => {
                let stroke = edge_stroke(line, Tone::Plain);
                let style = match stroke.dash {
                    None => "solid",
                    Some("7 4") => "dashed",
                    Some(_) => "dotted",
                };
                out.push_str(&format!(
                    "    \"legend{index}\" [shape=point, width=0.05]; \"legend{index}b\" [shape=point, width=0.05];\n    \"legend{index}\" -> \"legend{index}b\" [label=\"{text}\", style={style}, color=\"{}\", penwidth={}];\n",
                    stroke.colour,
                    num(stroke.width)
                ));
            }
        }
    }
    out.push_str("  }\n");
}
