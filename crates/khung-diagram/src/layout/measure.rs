//! Box sizes from measured, wrapped text.

use crate::graph::ViewGraph;
use crate::text::{LINE_HEIGHT, size, text_height, text_width, wrap};

/// Horizontal padding inside a node box.
pub(crate) const NODE_PADDING_X: f64 = 10.0;
/// Vertical padding inside a node box.
pub(crate) const NODE_PADDING_Y: f64 = 8.0;
const NODE_MIN_WIDTH: f64 = 96.0;
const NODE_MIN_HEIGHT: f64 = 40.0;
const NODE_TEXT_MAX_WIDTH: f64 = 200.0;
const NODE_LABEL_MAX_LINES: usize = 4;
const NODE_CAPTION_MAX_LINES: usize = 2;
/// Room for the marker badge in a node's top-right corner.
pub(crate) const MARKER_SIZE: f64 = 16.0;
/// Padding inside an edge label box.
pub(crate) const EDGE_LABEL_PADDING: f64 = 3.0;
const EDGE_LABEL_MAX_WIDTH: f64 = 160.0;
const EDGE_LABEL_MAX_LINES: usize = 3;
/// Padding inside a cluster box (around its members and its title).
pub(crate) const CLUSTER_PADDING: f64 = 12.0;
const CLUSTER_TITLE_MAX_WIDTH: f64 = 240.0;
const CLUSTER_TITLE_MAX_LINES: usize = 3;
/// Height of a self-loop above its node (without its label).
pub(crate) const SELF_LOOP_HEIGHT: f64 = 20.0;

/// Wrapped text with its size.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Block {
    pub(crate) lines: Vec<String>,
    pub(crate) font_size: f64,
    pub(crate) width: f64,
    pub(crate) height: f64,
}

impl Block {
    fn new(text: &str, max_width: f64, font_size: f64, max_lines: usize) -> Block {
        let lines = wrap(text, max_width, font_size, max_lines);
        let width = lines
            .iter()
            .map(|line| text_width(line, font_size))
            .fold(0.0, f64::max);
        let height = text_height(lines.len(), font_size);
        Block {
            lines,
            font_size,
            width,
            height,
        }
    }

    /// The baseline of line `index` when the block's top is at `top`.
    pub(crate) fn baseline(&self, top: f64, index: usize) -> f64 {
        #[expect(clippy::cast_precision_loss, reason = "line counts are small")]
        let index = index as f64;
        // The baseline sits about 80 % down a line box for this font (ascent ≈ 0.93 em
        // inside a 1.25 em line).
        top + index * self.font_size * LINE_HEIGHT + self.font_size * 1.0
    }
}

/// A node's box size and text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NodeSize {
    pub(crate) width: f64,
    pub(crate) height: f64,
    pub(crate) label: Block,
    pub(crate) caption: Block,
    pub(crate) marker: bool,
    /// Edge indices of the node's self-loops, innermost first.
    pub(crate) self_loops: Vec<usize>,
    /// Height reserved above the box for the self-loops and their labels.
    pub(crate) loop_reserve: f64,
    /// Width of the node's slot (the box, or a wider self-loop label).
    pub(crate) slot_width: f64,
}

/// A cluster's title and the space it takes at the top of the box.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ClusterSize {
    pub(crate) title: Block,
    /// From the box's top to the first member.
    pub(crate) pad_top: f64,
    /// The narrowest box that holds the title.
    pub(crate) min_width: f64,
}

/// Every size the layout needs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Measured {
    pub(crate) nodes: Vec<NodeSize>,
    pub(crate) clusters: Vec<ClusterSize>,
    /// Label of each edge (with its flow count), when it has one.
    pub(crate) edge_labels: Vec<Option<Block>>,
}

impl Measured {
    pub(crate) fn node(&self, index: usize) -> Option<&NodeSize> {
        self.nodes.get(index)
    }

    pub(crate) fn edge_label(&self, index: usize) -> Option<&Block> {
        self.edge_labels.get(index).and_then(Option::as_ref)
    }

    /// Width and height of an edge label box.
    pub(crate) fn edge_label_box(&self, index: usize) -> Option<(f64, f64)> {
        self.edge_label(index).map(|block| {
            (
                block.width + 2.0 * EDGE_LABEL_PADDING,
                block.height + 2.0 * EDGE_LABEL_PADDING,
            )
        })
    }
}

pub(crate) fn measure(graph: &ViewGraph) -> Measured {
    let edge_labels: Vec<Option<Block>> = graph
        .edges()
        .iter()
        .map(|edge| {
            edge.display_label().map(|text| {
                Block::new(
                    &text,
                    EDGE_LABEL_MAX_WIDTH,
                    size::SMALL,
                    EDGE_LABEL_MAX_LINES,
                )
            })
        })
        .map(|block| block.filter(|b| !b.lines.is_empty()))
        .collect();
    let mut nodes: Vec<NodeSize> = graph
        .nodes()
        .iter()
        .map(|node| {
            let label = Block::new(
                &node.label,
                NODE_TEXT_MAX_WIDTH,
                size::LABEL,
                NODE_LABEL_MAX_LINES,
            );
            let caption = Block::new(
                node.caption.as_deref().unwrap_or(""),
                NODE_TEXT_MAX_WIDTH,
                size::SMALL,
                NODE_CAPTION_MAX_LINES,
            );
            let marker = node.marker.is_some();
            let marker_room = if marker { MARKER_SIZE + 4.0 } else { 0.0 };
            let width = (label.width.max(caption.width) + 2.0 * NODE_PADDING_X + marker_room)
                .max(NODE_MIN_WIDTH)
                .ceil();
            let height = (label.height + caption.height + 2.0 * NODE_PADDING_Y)
                .max(NODE_MIN_HEIGHT)
                .ceil();
            NodeSize {
                width,
                height,
                label,
                caption,
                marker,
                self_loops: Vec::new(),
                loop_reserve: 0.0,
                slot_width: width,
            }
        })
        .collect();
    for (edge_index, edge) in graph.edges().iter().enumerate() {
        if edge.from != edge.to {
            continue;
        }
        let Some(node_index) = graph.node_index(&edge.from) else {
            continue;
        };
        let label_size = edge_labels
            .get(edge_index)
            .and_then(Option::as_ref)
            .map(|b| {
                (
                    b.width + 2.0 * EDGE_LABEL_PADDING,
                    b.height + 2.0 * EDGE_LABEL_PADDING,
                )
            });
        if let Some(node) = nodes.get_mut(node_index) {
            node.self_loops.push(edge_index);
            node.loop_reserve += SELF_LOOP_HEIGHT + label_size.map_or(0.0, |(_, h)| h);
            node.slot_width = node
                .slot_width
                .max(label_size.map_or(0.0, |(w, _)| w + 8.0))
                .ceil();
        }
    }
    let clusters = graph
        .clusters()
        .iter()
        .map(|cluster| {
            let title = Block::new(
                &cluster.label,
                CLUSTER_TITLE_MAX_WIDTH,
                size::LABEL,
                CLUSTER_TITLE_MAX_LINES,
            );
            let pad_top = (CLUSTER_PADDING * 1.5 + title.height).ceil();
            let min_width = (title.width + 2.0 * CLUSTER_PADDING).ceil();
            ClusterSize {
                title,
                pad_top,
                min_width,
            }
        })
        .collect();
    Measured {
        nodes,
        clusters,
        edge_labels,
    }
}
