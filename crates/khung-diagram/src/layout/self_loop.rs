//! Self-loops: an orthogonal hoop above the node, in the room the node's slot reserves.

use crate::graph::ViewGraph;

use super::measure::{EDGE_LABEL_PADDING, Measured, SELF_LOOP_HEIGHT};
use super::routing::{centred_lines, rounded};
use super::{EdgeRoute, LabelPlacement, NodePlacement, Point, Rect, Segment, round};

/// A self-loop: an orthogonal hoop above the node, its label above the hoop; several loops
/// of one node nest outwards.
pub(super) fn route_self_loop(
    edge: usize,
    graph: &ViewGraph,
    measured: &Measured,
    nodes: &[NodePlacement],
) -> EdgeRoute {
    let empty = EdgeRoute {
        segments: Vec::new(),
        label: None,
    };
    let Some(node) = graph
        .edges()
        .get(edge)
        .and_then(|e| graph.node_index(&e.from))
    else {
        return empty;
    };
    let (Some(size), Some(placement)) = (measured.node(node), nodes.get(node)) else {
        return empty;
    };
    let Some(position) = size.self_loops.iter().position(|e| *e == edge) else {
        return empty;
    };
    let label_height = |e: usize| measured.edge_label_box(e).map_or(0.0, |(_, h)| h);
    let rect = placement.rect;
    let band_top = rect.y
        - size
            .self_loops
            .iter()
            .take(position + 1)
            .map(|e| SELF_LOOP_HEIGHT + label_height(*e))
            .sum::<f64>();
    let apex = round(band_top + label_height(edge) + 6.0);
    #[expect(clippy::cast_precision_loss, reason = "loop counts are small")]
    let inset = (12.0 - 4.0 * position as f64).max(2.0);
    let right = round(rect.right() - inset);
    let left = round(rect.x + inset);
    let points = [
        Point {
            x: right,
            y: rect.y,
        },
        Point { x: right, y: apex },
        Point { x: left, y: apex },
        Point { x: left, y: rect.y },
    ];
    let segments = points
        .windows(2)
        .filter_map(|pair| match pair {
            [from, to] => Some(Segment {
                from: *from,
                to: *to,
                curve: false,
            }),
            _ => None,
        })
        .collect();
    let label = measured
        .edge_label(edge)
        .zip(measured.edge_label_box(edge))
        .map(|(block, (width, height))| {
            let label_rect = rounded(Rect {
                x: rect.x + (rect.width - width) / 2.0,
                y: band_top,
                width,
                height,
            });
            let lines = centred_lines(
                block,
                label_rect.x + label_rect.width / 2.0,
                label_rect.y + EDGE_LABEL_PADDING,
            );
            LabelPlacement {
                rect: label_rect,
                lines,
            }
        });
    EdgeRoute { segments, label }
}
