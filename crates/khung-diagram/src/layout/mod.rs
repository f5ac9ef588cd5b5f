//! The built-in compound layered layout (left to right), used by the SVG emitter.
//!
//! Steps: measure text → break cycles and assign layers by longest path (two layers per edge
//! step, so every edge has a free layer for its label) → replace long edges by dummy items and
//! give every cluster an item in each layer it spans → order each layer by barycentre while
//! keeping every cluster contiguous and sibling clusters in one order across all layers →
//! place layers left to right → solve vertical positions under separation and containment
//! constraints, then pull items towards their neighbours → route edges through their dummies
//! (straight inside a layer, a smooth curve between layers).
//!
//! Invariants (tested in `tests.rs`): no two node or edge-label boxes overlap; every cluster
//! box contains its members' boxes and its sub-clusters, and no box of a non-member; labels lie
//! inside their boxes; edges run from their source's border to their target's border and never
//! through another node; the same graph always gives the same layout.

mod hierarchy;
mod horizontal;
mod layered;
mod layering;
mod measure;
mod ordering;
mod ports;
mod routing;
mod self_loop;
mod vertical;

#[cfg(test)]
mod tests;

use crate::graph::ViewGraph;

/// A point in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Point {
    pub(crate) x: f64,
    pub(crate) y: f64,
}

/// An axis-aligned rectangle in pixels (`x`, `y` is the top-left corner).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rect {
    pub(crate) x: f64,
    pub(crate) y: f64,
    pub(crate) width: f64,
    pub(crate) height: f64,
}

impl Rect {
    pub(crate) fn right(&self) -> f64 {
        self.x + self.width
    }

    pub(crate) fn bottom(&self) -> f64 {
        self.y + self.height
    }

    pub(crate) fn centre_y(&self) -> f64 {
        self.y + self.height / 2.0
    }

    /// Whether the interiors of the two rectangles intersect.
    #[cfg(test)]
    pub(crate) fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    /// Whether `other` lies inside this rectangle (borders may touch).
    #[cfg(test)]
    pub(crate) fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x - EPSILON
            && other.y >= self.y - EPSILON
            && other.right() <= self.right() + EPSILON
            && other.bottom() <= self.bottom() + EPSILON
    }
}

/// Tolerance for comparisons of rounded coordinates in tests.
#[cfg(test)]
pub(crate) const EPSILON: f64 = 1e-6;

/// How a text line is anchored at its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// `x` is the left end.
    Start,
    /// `x` is the middle.
    Middle,
}

/// One line of text at `x` (see `anchor`) on `baseline`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TextLine {
    pub(crate) text: String,
    pub(crate) x: f64,
    pub(crate) baseline: f64,
    pub(crate) font_size: f64,
    pub(crate) anchor: Anchor,
}

impl TextLine {
    /// The box the line's glyphs occupy, as measured (ascent within one em above the
    /// baseline, descent within a quarter em below).
    #[cfg(test)]
    pub(crate) fn extent(&self) -> Rect {
        let width = crate::text::text_width(&self.text, self.font_size);
        let left = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - width / 2.0,
        };
        Rect {
            x: left,
            y: self.baseline - self.font_size,
            width,
            height: self.font_size * crate::text::LINE_HEIGHT,
        }
    }
}

/// Where a node is drawn.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NodePlacement {
    pub(crate) rect: Rect,
    /// The label lines, then the caption lines (smaller).
    pub(crate) lines: Vec<TextLine>,
}

/// Where a cluster is drawn.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ClusterPlacement {
    pub(crate) rect: Rect,
    pub(crate) title: Vec<TextLine>,
}

/// One piece of an edge's path; `curve` pieces are cubic curves with horizontal tangents at
/// both ends (control points at the horizontal middle).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Segment {
    pub(crate) from: Point,
    pub(crate) to: Point,
    pub(crate) curve: bool,
}

impl Segment {
    /// The two control points of a curve piece.
    pub(crate) fn controls(&self) -> (Point, Point) {
        let middle = (self.from.x + self.to.x) / 2.0;
        (
            Point {
                x: middle,
                y: self.from.y,
            },
            Point {
                x: middle,
                y: self.to.y,
            },
        )
    }
}

/// How an edge is drawn: its path from source to target (the arrow head at the end) and its
/// label box.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EdgeRoute {
    pub(crate) segments: Vec<Segment>,
    pub(crate) label: Option<LabelPlacement>,
}

/// An edge label: a box on the edge's path and its lines.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LabelPlacement {
    pub(crate) rect: Rect,
    pub(crate) lines: Vec<TextLine>,
}

/// The positions of everything in a [`ViewGraph`]; vectors are index-aligned with the graph's
/// nodes, clusters and edges.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Layout {
    pub(crate) width: f64,
    pub(crate) height: f64,
    pub(crate) nodes: Vec<NodePlacement>,
    pub(crate) clusters: Vec<ClusterPlacement>,
    pub(crate) edges: Vec<EdgeRoute>,
}

/// Space around the drawing.
pub(crate) const MARGIN: f64 = 16.0;

/// Lays `graph` out.
pub(crate) fn layout(graph: &ViewGraph) -> Layout {
    let measured = measure::measure(graph);
    let tree = hierarchy::ClusterTree::new(graph);
    let ranks = layering::assign_layers(graph, &tree);
    let mut layered = layered::LayeredGraph::new(graph, &tree, &measured, &ranks);
    ordering::order_layers(&mut layered, &tree);
    let columns = horizontal::place_columns(&layered, &tree, &measured);
    let tops = vertical::place_vertically(&layered, &tree, &measured);
    routing::assemble(graph, &layered, &tree, &measured, &columns, &tops)
}

/// Rounds to one decimal, the precision every emitter writes.
pub(crate) fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}
