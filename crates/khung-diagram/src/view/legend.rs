//! The legend of a view, built from what the view draws, and the fixed words of titles.

use std::collections::BTreeSet;

use jiff::civil::Date;
use khung_diag::{Lang, Message};
use khung_model::Model;

use crate::graph::{
    ClusterKind, ElementKind, Encryption, LegendSymbol, LineStyle, Provenance, Tone, ViewCluster,
    ViewEdge, ViewGraph, ViewGraphBuilder, ViewNode,
};
use crate::spec::workspace_top_agencies;

/// Most agency names written into a title's scope.
const SCOPE_NAMES: usize = 3;

/// Builds the graph with a legend of every element kind, cluster kind, tone and marker it
/// uses, and the line styles: encrypted, unencrypted and cross-border always, the others when
/// used.
pub(crate) fn assemble(
    title: String,
    nodes: Vec<ViewNode>,
    clusters: Vec<ViewCluster>,
    edges: Vec<ViewEdge>,
    lang: Lang,
) -> ViewGraph {
    let text = |message: Message| message.render(lang);
    let mut builder =
        ViewGraphBuilder::new(title.clone(), text(Message::new("diagram-legend-title")));
    builder.description(text(
        Message::new("diagram-description")
            .arg("title", title)
            .arg("nodes", nodes.len().to_string())
            .arg("edges", edges.len().to_string()),
    ));
    let kinds: BTreeSet<(ElementKind, Provenance)> =
        nodes.iter().map(|n| (n.kind, n.provenance)).collect();
    for (kind, provenance) in kinds {
        let kind_text = text(Message::new(kind_message(kind)));
        let label = match provenance {
            Provenance::Workspace => kind_text,
            Provenance::Imported => {
                text(Message::new("diagram-provenance-imported").arg("kind", kind_text))
            }
            Provenance::Reference => {
                text(Message::new("diagram-provenance-reference").arg("kind", kind_text))
            }
        };
        builder.legend_item(LegendSymbol::Node(kind, provenance), label);
    }
    let cluster_kinds: BTreeSet<ClusterKind> = clusters.iter().map(|c| c.kind).collect();
    for kind in cluster_kinds {
        let id = match kind {
            ClusterKind::Agency => "diagram-cluster-agency",
            ClusterKind::Zone => "diagram-cluster-zone",
        };
        builder.legend_item(LegendSymbol::Cluster(kind), text(Message::new(id)));
    }
    let tones: BTreeSet<Tone> = nodes
        .iter()
        .map(|n| n.tone.normalised())
        .chain(edges.iter().map(|e| e.tone.normalised()))
        .filter(|tone| *tone != Tone::Plain)
        .collect();
    for tone in tones {
        builder.legend_item(LegendSymbol::Tone(tone), tone_text(tone, lang));
    }
    for (line, id) in line_styles(&edges) {
        builder.legend_item(LegendSymbol::Line(line), text(Message::new(id)));
    }
    if nodes.iter().any(|n| n.marker.is_some()) {
        builder.legend_item(
            LegendSymbol::Marker,
            text(Message::new("diagram-marker-below-minimum")),
        );
    }
    for node in nodes {
        builder.node(node);
    }
    for cluster in clusters {
        builder.cluster(cluster);
    }
    for edge in edges {
        builder.edge(edge);
    }
    builder.build()
}

fn kind_message(kind: ElementKind) -> &'static str {
    match kind {
        ElementKind::System => "diagram-kind-system",
        ElementKind::Platform => "diagram-kind-platform",
        ElementKind::Dataset => "diagram-kind-dataset",
        ElementKind::Service => "diagram-kind-service",
        ElementKind::Agency => "diagram-kind-agency",
    }
}

fn tone_text(tone: Tone, lang: Lang) -> String {
    let message = match tone {
        Tone::SecurityLevel(level) => Message::new("diagram-level").arg("level", level.to_string()),
        Tone::LevelUndeclared => Message::new("diagram-level-undeclared"),
        Tone::Added => Message::new("diagram-change-added"),
        Tone::Removed => Message::new("diagram-change-removed"),
        Tone::Changed => Message::new("diagram-change-changed"),
        Tone::Unchanged | Tone::Plain => Message::new("diagram-change-unchanged"),
    };
    message.render(lang)
}

/// The line styles of the legend, each shown in its plain form.
fn line_styles(edges: &[ViewEdge]) -> Vec<(LineStyle, &'static str)> {
    let plain = |encryption| LineStyle {
        encryption,
        ..LineStyle::default()
    };
    let mut styles = vec![
        (plain(Encryption::Encrypted), "diagram-line-encrypted"),
        (plain(Encryption::Unencrypted), "diagram-line-unencrypted"),
    ];
    let flows = || edges.iter().filter(|e| !e.line.storage);
    if flows().any(|e| e.line.encryption == Encryption::Undeclared) {
        styles.push((plain(Encryption::Undeclared), "diagram-line-undeclared"));
    }
    styles.push((
        LineStyle {
            cross_border: true,
            ..plain(Encryption::Encrypted)
        },
        "diagram-line-cross-border",
    ));
    if flows().any(|e| e.line.highlighted) {
        styles.push((
            LineStyle {
                highlighted: true,
                ..plain(Encryption::Encrypted)
            },
            "diagram-line-zone-crossing",
        ));
    }
    if edges.iter().any(|e| e.line.storage) {
        styles.push((
            LineStyle {
                storage: true,
                ..LineStyle::default()
            },
            "diagram-line-storage",
        ));
    }
    styles
}

/// The names of the workspace's top agencies for a title (at most three, then `…`).
pub(crate) fn scope(model: &Model, as_of: Date, lang: Lang) -> String {
    let names: Vec<String> = workspace_top_agencies(model, as_of)
        .iter()
        .map(|id| {
            model
                .agencies
                .get(id)
                .and_then(|a| a.name.as_ref())
                .map_or_else(|| id.clone(), |n| n.get(lang).to_owned())
        })
        .collect();
    if names.is_empty() {
        return Message::new("diagram-scope-empty").render(lang);
    }
    let mut shown: Vec<String> = names.iter().take(SCOPE_NAMES).cloned().collect();
    if names.len() > SCOPE_NAMES {
        shown.push("…".to_owned());
    }
    shown.join(", ")
}
