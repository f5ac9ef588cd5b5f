//! Where edges meet their nodes: the ends on one side of a node are spread out and ordered
//! by where each edge goes, so edges leave a node without crossing each other.

use std::collections::BTreeMap;

use super::layered::{ItemKind, LayeredGraph};
use super::vertical::Vertical;
use super::{NodePlacement, round};

/// Largest distance between two edge ends on one side of a node.
const PORT_SPACING: f64 = 10.0;

/// Where each edge meets its nodes: ends on one side are spread out and ordered by where
/// the edge goes, so that edges leave a node without crossing each other.
pub(super) struct Ports {
    /// `(edge, is_left_end_of_edge) → y`.
    y: BTreeMap<(usize, bool), f64>,
}

impl Ports {
    pub(super) fn new(
        layered: &LayeredGraph,
        nodes: &[NodePlacement],
        vertical: &Vertical,
    ) -> Ports {
        let anchor_y = |item: usize| {
            let top = vertical.item_top.get(item).copied().unwrap_or(0.0);
            match layered.item(item).map(|i| i.kind) {
                Some(ItemKind::Node(node)) => nodes.get(node).map_or(top, |n| n.rect.centre_y()),
                _ => top + layered.item(item).map_or(0.0, |i| i.height) / 2.0,
            }
        };
        // node → [(y of the item at the other end of the first segment, edge, side)]
        let mut sides: BTreeMap<(usize, bool), Vec<(f64, usize)>> = BTreeMap::new();
        for (edge, chain) in layered.chains.iter().enumerate() {
            let Some(chain) = chain else { continue };
            if let (Some(first), Some(second)) = (chain.first(), chain.get(1)) {
                sides
                    .entry((*first, true))
                    .or_default()
                    .push((anchor_y(*second), edge));
            }
            if let (Some(last), Some(before)) = (
                chain.last(),
                chain.len().checked_sub(2).and_then(|i| chain.get(i)),
            ) {
                sides
                    .entry((*last, false))
                    .or_default()
                    .push((anchor_y(*before), edge));
            }
        }
        let mut y = BTreeMap::new();
        for ((node, is_right_side), mut ends) in sides {
            let Some(rect) = nodes.get(node).map(|n| n.rect) else {
                continue;
            };
            ends.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            #[expect(clippy::cast_precision_loss, reason = "edge counts are small")]
            let count = ends.len() as f64;
            let spacing = (rect.height / (count + 1.0)).min(PORT_SPACING);
            for (index, (_, edge)) in ends.iter().enumerate() {
                #[expect(clippy::cast_precision_loss, reason = "edge counts are small")]
                let offset = (index as f64 - (count - 1.0) / 2.0) * spacing;
                y.insert((*edge, is_right_side), round(rect.centre_y() + offset));
            }
        }
        Ports { y }
    }

    pub(super) fn get(&self, edge: usize, left_end: bool, fallback: f64) -> f64 {
        self.y.get(&(edge, left_end)).copied().unwrap_or(fallback)
    }
}
