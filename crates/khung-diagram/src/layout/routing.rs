//! Final geometry: node, cluster and label boxes, text lines, and edge paths.

use crate::graph::ViewGraph;

use super::hierarchy::ClusterTree;
use super::horizontal::{Columns, horizontal_padding};
use super::layered::{ItemKind, LayeredGraph};
use super::measure::{Block, CLUSTER_PADDING, EDGE_LABEL_PADDING, MARKER_SIZE, Measured};
use super::ports::Ports;
use super::self_loop::route_self_loop;
use super::vertical::Vertical;
use super::{
    Anchor, ClusterPlacement, EdgeRoute, LabelPlacement, Layout, MARGIN, NodePlacement, Point,
    Rect, Segment, TextLine, round,
};

pub(crate) fn assemble(
    graph: &ViewGraph,
    layered: &LayeredGraph,
    tree: &ClusterTree,
    measured: &Measured,
    columns: &Columns,
    vertical: &Vertical,
) -> Layout {
    let top = |item: usize| vertical.item_top.get(item).copied().unwrap_or(0.0);
    let nodes: Vec<NodePlacement> = (0..graph.nodes().len())
        .map(|node| place_node(node, layered, measured, columns, top(node)))
        .collect();
    let clusters: Vec<ClusterPlacement> = (0..graph.clusters().len())
        .map(|cluster| place_cluster(cluster + 1, tree, measured, columns, vertical))
        .collect();
    let ports = Ports::new(layered, &nodes, vertical);
    let edges: Vec<EdgeRoute> = (0..graph.edges().len())
        .map(
            |edge| match layered.chains.get(edge).and_then(Option::as_ref) {
                Some(chain) => route_chain(
                    edge, chain, layered, measured, columns, vertical, &nodes, &ports,
                ),
                None => route_self_loop(edge, graph, measured, &nodes),
            },
        )
        .collect();
    let right = nodes
        .iter()
        .map(|n| n.rect.right())
        .chain(clusters.iter().map(|c| c.rect.right()))
        .chain(
            edges
                .iter()
                .filter_map(|e| e.label.as_ref())
                .map(|l| l.rect.right()),
        )
        .fold(0.0, f64::max);
    let bottom = nodes
        .iter()
        .map(|n| n.rect.bottom())
        .chain(clusters.iter().map(|c| c.rect.bottom()))
        .chain(
            edges
                .iter()
                .filter_map(|e| e.label.as_ref())
                .map(|l| l.rect.bottom()),
        )
        .fold(0.0, f64::max);
    Layout {
        width: round(right + MARGIN),
        height: round(bottom + MARGIN),
        nodes,
        clusters,
        edges,
    }
}

pub(super) fn rounded(rect: Rect) -> Rect {
    Rect {
        x: round(rect.x),
        y: round(rect.y),
        width: round(rect.width),
        height: round(rect.height),
    }
}

/// Lines of `block` centred on `centre_x`, the block's top at `top`.
pub(super) fn centred_lines(block: &Block, centre_x: f64, top: f64) -> Vec<TextLine> {
    block
        .lines
        .iter()
        .enumerate()
        .map(|(index, text)| TextLine {
            text: text.clone(),
            x: round(centre_x),
            baseline: round(block.baseline(top, index)),
            font_size: block.font_size,
            anchor: Anchor::Middle,
        })
        .collect()
}

fn place_node(
    node: usize,
    layered: &LayeredGraph,
    measured: &Measured,
    columns: &Columns,
    slot_top: f64,
) -> NodePlacement {
    let Some(size) = measured.node(node) else {
        return NodePlacement {
            rect: Rect {
                x: 0.0,
                y: 0.0,
                width: 0.0,
                height: 0.0,
            },
            lines: Vec::new(),
        };
    };
    let layer = layered.item(node).map_or(0, |i| i.layer);
    let rect = rounded(Rect {
        x: columns.x(layer) + (columns.width(layer) - size.width) / 2.0,
        y: slot_top + size.loop_reserve,
        width: size.width,
        height: size.height,
    });
    let marker_room = if size.marker { MARKER_SIZE + 4.0 } else { 0.0 };
    let centre_x = rect.x + (rect.width - marker_room) / 2.0;
    let text_top = rect.y + (rect.height - size.label.height - size.caption.height) / 2.0;
    let mut lines = centred_lines(&size.label, centre_x, text_top);
    lines.extend(centred_lines(
        &size.caption,
        centre_x,
        text_top + size.label.height,
    ));
    NodePlacement { rect, lines }
}

fn place_cluster(
    scope: usize,
    tree: &ClusterTree,
    measured: &Measured,
    columns: &Columns,
    vertical: &Vertical,
) -> ClusterPlacement {
    let (low, high) = columns.span.get(scope).copied().flatten().unwrap_or((0, 0));
    let padding = horizontal_padding(tree, scope);
    let y = vertical.cluster_top.get(scope).copied().unwrap_or(0.0);
    let bottom = vertical.cluster_bottom.get(scope).copied().unwrap_or(y);
    let left = columns.x(low) - padding;
    let rect = rounded(Rect {
        x: left,
        y,
        width: columns.right(high) + padding - left,
        height: bottom - y,
    });
    let title = measured
        .clusters
        .get(scope - 1)
        .map(|size| {
            let top = rect.y + CLUSTER_PADDING * 0.75;
            size.title
                .lines
                .iter()
                .enumerate()
                .map(|(index, text)| TextLine {
                    text: text.clone(),
                    x: round(rect.x + CLUSTER_PADDING),
                    baseline: round(size.title.baseline(top, index)),
                    font_size: size.title.font_size,
                    anchor: Anchor::Start,
                })
                .collect()
        })
        .unwrap_or_default();
    ClusterPlacement { rect, title }
}

#[expect(
    clippy::too_many_arguments,
    reason = "internal step over the layout's parts"
)]
fn route_chain(
    edge: usize,
    chain: &[usize],
    layered: &LayeredGraph,
    measured: &Measured,
    columns: &Columns,
    vertical: &Vertical,
    nodes: &[NodePlacement],
    ports: &Ports,
) -> EdgeRoute {
    let node_rect = |item: usize| match layered.item(item).map(|i| i.kind) {
        Some(ItemKind::Node(node)) => nodes.get(node).map(|n| n.rect),
        _ => None,
    };
    let layer_of = |item: usize| layered.item(item).map_or(0, |i| i.layer);
    let (Some(&first), Some(&last)) = (chain.first(), chain.last()) else {
        return EdgeRoute {
            segments: Vec::new(),
            label: None,
        };
    };
    let (Some(start_rect), Some(end_rect)) = (node_rect(first), node_rect(last)) else {
        return EdgeRoute {
            segments: Vec::new(),
            label: None,
        };
    };
    let mut segments = Vec::new();
    let mut label = None;
    let mut point = Point {
        x: start_rect.right(),
        y: ports.get(edge, true, start_rect.centre_y()),
    };
    let column_right = round(columns.right(layer_of(first)));
    if point.x < column_right {
        let next = Point {
            x: column_right,
            y: point.y,
        };
        segments.push(Segment {
            from: point,
            to: next,
            curve: false,
        });
        point = next;
    }
    for &item in chain.iter().skip(1).take(chain.len().saturating_sub(2)) {
        let layer = layer_of(item);
        let item_top = vertical.item_top.get(item).copied().unwrap_or(0.0);
        let height = layered.item(item).map_or(0.0, |i| i.height);
        let y = round(item_top + height / 2.0);
        let entry = Point {
            x: round(columns.x(layer)),
            y,
        };
        segments.push(Segment {
            from: point,
            to: entry,
            curve: true,
        });
        let exit = Point {
            x: round(columns.right(layer)),
            y,
        };
        if exit.x > entry.x {
            segments.push(Segment {
                from: entry,
                to: exit,
                curve: false,
            });
        }
        point = exit;
        if matches!(
            layered.item(item).map(|i| i.kind),
            Some(ItemKind::Dummy { label: true, .. })
        ) {
            label = place_label(edge, measured, columns, layer, item_top);
        }
    }
    let entry = Point {
        x: round(columns.x(layer_of(last))),
        y: ports.get(edge, false, end_rect.centre_y()),
    };
    segments.push(Segment {
        from: point,
        to: entry,
        curve: true,
    });
    if end_rect.x > entry.x {
        segments.push(Segment {
            from: entry,
            to: Point {
                x: end_rect.x,
                y: entry.y,
            },
            curve: false,
        });
    }
    if layered.reversed.get(edge).copied().unwrap_or(false) {
        segments.reverse();
        for segment in &mut segments {
            std::mem::swap(&mut segment.from, &mut segment.to);
        }
    }
    EdgeRoute { segments, label }
}

fn place_label(
    edge: usize,
    measured: &Measured,
    columns: &Columns,
    layer: usize,
    top: f64,
) -> Option<LabelPlacement> {
    let block = measured.edge_label(edge)?;
    let (width, height) = measured.edge_label_box(edge)?;
    let rect = rounded(Rect {
        x: columns.x(layer) + (columns.width(layer) - width) / 2.0,
        y: top,
        width,
        height,
    });
    let lines = centred_lines(
        block,
        rect.x + rect.width / 2.0,
        rect.y + EDGE_LABEL_PADDING,
    );
    Some(LabelPlacement { rect, lines })
}
