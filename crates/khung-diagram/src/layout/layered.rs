//! The proper layered graph: nodes, dummy items along long edges, and spacer items that give
//! every cluster a place in each layer it spans; every segment joins adjacent layers.

use std::collections::BTreeSet;

use crate::graph::ViewGraph;

use super::hierarchy::{ClusterTree, ROOT, Scope};
use super::layering::Ranks;
use super::measure::Measured;

/// What an item stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ItemKind {
    /// A node of the graph.
    Node(usize),
    /// A point of an edge's path; `label` when the edge's label sits here.
    Dummy { edge: usize, label: bool },
    /// Keeps a cluster present in a layer where it has nothing else.
    Spacer,
}

/// One item in a layer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub(crate) kind: ItemKind,
    pub(crate) layer: usize,
    pub(crate) scope: Scope,
    pub(crate) width: f64,
    pub(crate) height: f64,
}

/// Items, their order in each layer, and the segments between adjacent layers.
#[derive(Debug, Clone)]
pub(crate) struct LayeredGraph {
    pub(crate) items: Vec<Item>,
    /// Item ids of each layer, top to bottom.
    pub(crate) layers: Vec<Vec<usize>>,
    /// Per edge: the items of its path in layout direction (left node … right node);
    /// `None` for self-loops.
    pub(crate) chains: Vec<Option<Vec<usize>>>,
    /// Per edge: whether its chain runs from its target to its source.
    pub(crate) reversed: Vec<bool>,
    /// Per item: neighbours in the layer to the left / to the right.
    pub(crate) left: Vec<Vec<usize>>,
    pub(crate) right: Vec<Vec<usize>>,
}

impl LayeredGraph {
    pub(crate) fn new(
        graph: &ViewGraph,
        tree: &ClusterTree,
        measured: &Measured,
        ranks: &Ranks,
    ) -> LayeredGraph {
        let mut items: Vec<Item> = (0..graph.nodes().len())
            .map(|node| {
                let size = measured.node(node);
                Item {
                    kind: ItemKind::Node(node),
                    layer: ranks.layer.get(node).copied().unwrap_or(0),
                    scope: tree.node_scope(node),
                    width: size.map_or(0.0, |s| s.slot_width),
                    height: size.map_or(0.0, |s| s.height + s.loop_reserve),
                }
            })
            .collect();
        let mut chains = vec![None; graph.edges().len()];
        for (edge, chain_slot) in chains.iter_mut().enumerate() {
            let Some((left_node, right_node)) = ranks.layout_ends(edge) else {
                continue;
            };
            let left_layer = items.get(left_node).map_or(0, |i| i.layer);
            let right_layer = items.get(right_node).map_or(0, |i| i.layer);
            let scope =
                tree.common_ancestor(tree.node_scope(left_node), tree.node_scope(right_node));
            let label_layer = label_layer(left_layer, right_layer);
            let mut chain = vec![left_node];
            for layer in left_layer + 1..right_layer {
                let is_label = Some(layer) == label_layer && measured.edge_label(edge).is_some();
                let (width, height) = if is_label {
                    measured.edge_label_box(edge).unwrap_or((0.0, 0.0))
                } else {
                    (0.0, 0.0)
                };
                chain.push(items.len());
                items.push(Item {
                    kind: ItemKind::Dummy {
                        edge,
                        label: is_label,
                    },
                    layer,
                    scope,
                    width,
                    height,
                });
            }
            chain.push(right_node);
            *chain_slot = Some(chain);
        }
        add_spacers(&mut items, tree);
        let layer_count = items.iter().map(|i| i.layer + 1).max().unwrap_or(0);
        let mut layers = vec![Vec::new(); layer_count];
        for (id, item) in items.iter().enumerate() {
            if let Some(layer) = layers.get_mut(item.layer) {
                layer.push(id);
            }
        }
        let mut left = vec![Vec::new(); items.len()];
        let mut right = vec![Vec::new(); items.len()];
        for chain in chains.iter().flatten() {
            for pair in chain.windows(2) {
                if let [a, b] = pair {
                    if let Some(list) = right.get_mut(*a) {
                        list.push(*b);
                    }
                    if let Some(list) = left.get_mut(*b) {
                        list.push(*a);
                    }
                }
            }
        }
        LayeredGraph {
            items,
            layers,
            chains,
            reversed: ranks.reversed.clone(),
            left,
            right,
        }
    }

    /// Every segment `(left item, right item)` between `layer` and `layer + 1`.
    pub(crate) fn segments_after(&self, layer: usize) -> Vec<(usize, usize)> {
        let mut segments = Vec::new();
        for &item in self.layers.get(layer).map_or(&[][..], Vec::as_slice) {
            for &next in self.right.get(item).map_or(&[][..], Vec::as_slice) {
                segments.push((item, next));
            }
        }
        segments
    }

    pub(crate) fn item(&self, id: usize) -> Option<&Item> {
        self.items.get(id)
    }
}

/// The odd layer nearest the middle of an edge from `left` to `right` (both even).
fn label_layer(left: usize, right: usize) -> Option<usize> {
    if right <= left + 1 {
        return None;
    }
    let middle = (left + right) / 2;
    Some(if middle.is_multiple_of(2) {
        middle - 1
    } else {
        middle
    })
}

/// Adds a spacer for every cluster in each layer of its span where nothing of it sits, so
/// that ordering keeps outside items out of the cluster's box in that layer too.
fn add_spacers(items: &mut Vec<Item>, tree: &ClusterTree) {
    let mut span: Vec<Option<(usize, usize)>> = vec![None; tree.scope_count()];
    let mut present: BTreeSet<(Scope, usize)> = BTreeSet::new();
    for item in items.iter() {
        for scope in tree.ancestors(item.scope).iter().copied() {
            if scope == ROOT {
                continue;
            }
            present.insert((scope, item.layer));
            if let Some(slot) = span.get_mut(scope) {
                *slot = Some(slot.map_or((item.layer, item.layer), |(lo, hi)| {
                    (lo.min(item.layer), hi.max(item.layer))
                }));
            }
        }
    }
    // Deepest clusters first: a spacer also makes every enclosing cluster present.
    let mut scopes: Vec<Scope> = (1..tree.scope_count()).collect();
    scopes.sort_by_key(|scope| (std::cmp::Reverse(tree.depth(*scope)), *scope));
    for scope in scopes {
        let Some((low, high)) = span.get(scope).copied().flatten() else {
            continue;
        };
        for layer in low..=high {
            if present.contains(&(scope, layer)) {
                continue;
            }
            for ancestor in tree.ancestors(scope).iter().copied() {
                present.insert((ancestor, layer));
            }
            items.push(Item {
                kind: ItemKind::Spacer,
                layer,
                scope,
                width: 0.0,
                height: 0.0,
            });
        }
    }
}
