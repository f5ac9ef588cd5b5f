//! Layer (column) positions, wide enough for their items and the cluster borders between them.

use super::MARGIN;
use super::hierarchy::{ClusterTree, ROOT, Scope};
use super::layered::LayeredGraph;
use super::measure::{CLUSTER_PADDING, Measured};

/// Room for edges between the borders of neighbouring columns' clusters.
const EDGE_GAP: f64 = 24.0;

/// Where each layer starts and how wide it is, and each cluster's layer span.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Columns {
    pub(crate) x: Vec<f64>,
    pub(crate) width: Vec<f64>,
    /// Per scope: first and last layer (`None` for `ROOT`).
    pub(crate) span: Vec<Option<(usize, usize)>>,
}

impl Columns {
    pub(crate) fn x(&self, layer: usize) -> f64 {
        self.x.get(layer).copied().unwrap_or(MARGIN)
    }

    pub(crate) fn width(&self, layer: usize) -> f64 {
        self.width.get(layer).copied().unwrap_or(0.0)
    }

    pub(crate) fn right(&self, layer: usize) -> f64 {
        self.x(layer) + self.width(layer)
    }
}

/// Horizontal padding of a cluster: one step more than the deepest cluster inside it, so
/// nested borders never touch.
pub(crate) fn horizontal_padding(tree: &ClusterTree, scope: Scope) -> f64 {
    #[expect(clippy::cast_precision_loss, reason = "nesting depth is capped")]
    let steps = (1 + tree.height(scope)) as f64;
    CLUSTER_PADDING * steps
}

pub(crate) fn place_columns(
    layered: &LayeredGraph,
    tree: &ClusterTree,
    measured: &Measured,
) -> Columns {
    let layer_count = layered.layers.len();
    let mut width: Vec<f64> = layered
        .layers
        .iter()
        .map(|layer| {
            layer
                .iter()
                .filter_map(|item| layered.item(*item))
                .map(|item| item.width)
                .fold(0.0, f64::max)
        })
        .collect();
    let mut span: Vec<Option<(usize, usize)>> = vec![None; tree.scope_count()];
    for item in &layered.items {
        for scope in tree.ancestors(item.scope).iter().copied() {
            if scope == ROOT {
                continue;
            }
            if let Some(slot) = span.get_mut(scope) {
                *slot = Some(slot.map_or((item.layer, item.layer), |(lo, hi)| {
                    (lo.min(item.layer), hi.max(item.layer))
                }));
            }
        }
    }
    // Padding needed left of each layer (clusters starting there) and right of it (ending).
    let mut pad_before = vec![0.0f64; layer_count];
    let mut pad_after = vec![0.0f64; layer_count];
    for (scope, range) in span.iter().enumerate() {
        let Some((low, high)) = range else { continue };
        let padding = horizontal_padding(tree, scope);
        if let Some(p) = pad_before.get_mut(*low) {
            *p = p.max(padding);
        }
        if let Some(p) = pad_after.get_mut(*high) {
            *p = p.max(padding);
        }
    }
    let mut x = column_starts(&width, &pad_before, &pad_after);
    // Widen the last column of a cluster whose title is wider than its box; shorter spans
    // first, since widening a column only ever helps the longer spans that contain it.
    let mut by_span: Vec<(usize, Scope)> = span
        .iter()
        .enumerate()
        .filter_map(|(scope, range)| range.map(|(lo, hi)| (hi - lo, scope)))
        .collect();
    by_span.sort_unstable();
    for (_, scope) in by_span {
        let Some((low, high)) = span.get(scope).copied().flatten() else {
            continue;
        };
        let padding = horizontal_padding(tree, scope);
        let left = x.get(low).copied().unwrap_or(0.0) - padding;
        let right =
            x.get(high).copied().unwrap_or(0.0) + width.get(high).copied().unwrap_or(0.0) + padding;
        let needed = measured
            .clusters
            .get(scope - 1)
            .map_or(0.0, |size| size.min_width);
        if right - left < needed {
            if let Some(w) = width.get_mut(high) {
                *w += needed - (right - left);
            }
            x = column_starts(&width, &pad_before, &pad_after);
        }
    }
    Columns { x, width, span }
}

fn column_starts(width: &[f64], pad_before: &[f64], pad_after: &[f64]) -> Vec<f64> {
    let mut x = Vec::with_capacity(width.len());
    let mut cursor = MARGIN + pad_before.first().copied().unwrap_or(0.0);
    for layer in 0..width.len() {
        x.push(cursor);
        let next_pad = pad_before.get(layer + 1).copied().unwrap_or(0.0);
        let own_pad = pad_after.get(layer).copied().unwrap_or(0.0);
        cursor += width.get(layer).copied().unwrap_or(0.0) + own_pad + EDGE_GAP + next_pad;
    }
    x
}
