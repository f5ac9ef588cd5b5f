//! Crossing reduction: layer-by-layer barycentre sweeps under cluster constraints.
//!
//! Within a layer, every cluster's items stay contiguous; sibling clusters keep one relative
//! order in all layers (a per-scope child order, updated between sweeps), which is what lets
//! cluster boxes be rectangles that never overlap. The ordering with the fewest crossings
//! seen is kept.

use std::collections::BTreeMap;

use super::hierarchy::{ClusterTree, Scope};
use super::layered::LayeredGraph;

const SWEEPS: usize = 16;

pub(crate) fn order_layers(layered: &mut LayeredGraph, tree: &ClusterTree) {
    let mut child_order: Vec<Vec<Scope>> = (0..tree.scope_count())
        .map(|scope| tree.children(scope).to_vec())
        .collect();
    // Start from item order (nodes by id, then dummies by edge).
    let item_keys: Vec<f64> = (0..layered.items.len()).map(item_as_key).collect();
    for layer in 0..layered.layers.len() {
        rearrange(layered, tree, &child_order, layer, &item_keys);
    }
    let mut best = (crossings(layered), layered.layers.clone());
    for sweep in 0..SWEEPS {
        if best.0 == 0 {
            break;
        }
        if sweep > 0 {
            update_child_order(layered, tree, &mut child_order);
        }
        let layer_count = layered.layers.len();
        let downward = sweep % 2 == 0;
        let sequence: Vec<usize> = if downward {
            (0..layer_count).collect()
        } else {
            (0..layer_count).rev().collect()
        };
        // Positions are kept up to date layer by layer (recomputing them all per layer
        // would be quadratic in the number of layers).
        let mut positions = positions(layered);
        let mut keys = positions.clone();
        for (step, layer) in sequence.into_iter().enumerate() {
            let members = layered.layers.get(layer).cloned().unwrap_or_default();
            for &item in &members {
                let own = positions.get(item).copied().unwrap_or(0.0);
                let neighbours = if downward {
                    layered.left.get(item)
                } else {
                    layered.right.get(item)
                };
                // The first layer of a sweep has no fixed neighbour layer: it keeps its order,
                // re-arranged only to follow the updated cluster order.
                let value = if step == 0 {
                    own
                } else {
                    barycentre(neighbours.map_or(&[][..], Vec::as_slice), &positions).unwrap_or(own)
                };
                if let Some(slot) = keys.get_mut(item) {
                    *slot = value;
                }
            }
            rearrange(layered, tree, &child_order, layer, &keys);
            for (index, &item) in layered
                .layers
                .get(layer)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .enumerate()
            {
                if let Some(slot) = positions.get_mut(item) {
                    *slot = item_as_key(index);
                }
            }
        }
        let count = crossings(layered);
        if count < best.0 {
            best = (count, layered.layers.clone());
        }
    }
    layered.layers = best.1;
}

#[expect(clippy::cast_precision_loss, reason = "item counts are far below 2^52")]
fn item_as_key(item: usize) -> f64 {
    item as f64
}

/// Position of every item in its layer.
fn positions(layered: &LayeredGraph) -> Vec<f64> {
    let mut positions = vec![0.0; layered.items.len()];
    for layer in &layered.layers {
        for (index, item) in layer.iter().enumerate() {
            if let Some(slot) = positions.get_mut(*item) {
                *slot = item_as_key(index);
            }
        }
    }
    positions
}

fn barycentre(neighbours: &[usize], positions: &[f64]) -> Option<f64> {
    if neighbours.is_empty() {
        return None;
    }
    let sum: f64 = neighbours
        .iter()
        .map(|n| positions.get(*n).copied().unwrap_or(0.0))
        .sum();
    Some(sum / item_as_key(neighbours.len()))
}

/// Sorts one layer by `key` while keeping clusters contiguous and in `child_order`.
fn rearrange(
    layered: &mut LayeredGraph,
    tree: &ClusterTree,
    child_order: &[Vec<Scope>],
    layer: usize,
    keys: &[f64],
) {
    let Some(items) = layered.layers.get(layer) else {
        return;
    };
    let keyed: Vec<Keyed> = items
        .iter()
        .enumerate()
        .map(|(index, item)| Keyed {
            item: *item,
            key: keys.get(*item).copied().unwrap_or(0.0),
            current: index,
            scope: layered.item(*item).map_or(0, |i| i.scope),
        })
        .collect();
    let arranged = arrange_scope(tree, child_order, super::hierarchy::ROOT, keyed);
    if let Some(slot) = layered.layers.get_mut(layer) {
        *slot = arranged;
    }
}

#[derive(Debug, Clone, Copy)]
struct Keyed {
    item: usize,
    key: f64,
    current: usize,
    scope: Scope,
}

/// Orders the items of one layer that lie in `scope`: its own items by key, merged with the
/// blocks of its sub-clusters taken in `child_order` (each block keyed by its mean).
fn arrange_scope(
    tree: &ClusterTree,
    child_order: &[Vec<Scope>],
    scope: Scope,
    items: Vec<Keyed>,
) -> Vec<usize> {
    let mut direct: Vec<Keyed> = Vec::new();
    let mut by_child: BTreeMap<Scope, Vec<Keyed>> = BTreeMap::new();
    for keyed in items {
        match tree.child_towards(scope, keyed.scope) {
            Some(child) => by_child.entry(child).or_default().push(keyed),
            None => direct.push(keyed),
        }
    }
    direct.sort_by(|a, b| a.key.total_cmp(&b.key).then(a.current.cmp(&b.current)));
    let blocks: Vec<(f64, Vec<usize>)> = child_order
        .get(scope)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter_map(|child| {
            let members = by_child.remove(child)?;
            let mean = members.iter().map(|k| k.key).sum::<f64>() / item_as_key(members.len());
            Some((mean, arrange_scope(tree, child_order, *child, members)))
        })
        .collect();
    let mut arranged = Vec::new();
    let mut direct = direct.into_iter().peekable();
    for (mean, block) in blocks {
        while let Some(next) = direct.next_if(|d| d.key < mean) {
            arranged.push(next.item);
        }
        arranged.extend(block);
    }
    arranged.extend(direct.map(|d| d.item));
    arranged
}

/// Re-sorts the sub-clusters of every scope by the mean position of their items'
/// neighbours (both sides), for the next sweep.
fn update_child_order(layered: &LayeredGraph, tree: &ClusterTree, child_order: &mut [Vec<Scope>]) {
    let positions = positions(layered);
    let mut sums = vec![(0.0f64, 0usize); tree.scope_count()];
    for (item, data) in layered.items.iter().enumerate() {
        let mut neighbours: Vec<usize> = Vec::new();
        neighbours.extend(layered.left.get(item).into_iter().flatten());
        neighbours.extend(layered.right.get(item).into_iter().flatten());
        let own = positions.get(item).copied().unwrap_or(0.0);
        let value = barycentre(&neighbours, &positions).unwrap_or(own);
        for scope in tree.ancestors(data.scope).iter().copied() {
            if let Some(slot) = sums.get_mut(scope) {
                slot.0 += value;
                slot.1 += 1;
            }
        }
    }
    for order in child_order.iter_mut() {
        let mut keyed: Vec<(f64, usize, Scope)> = order
            .iter()
            .enumerate()
            .map(|(index, scope)| {
                let (sum, count) = sums.get(*scope).copied().unwrap_or((0.0, 0));
                let mean = if count == 0 {
                    0.0
                } else {
                    sum / item_as_key(count)
                };
                (mean, index, *scope)
            })
            .collect();
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        *order = keyed.into_iter().map(|(_, _, scope)| scope).collect();
    }
}

/// Number of segment crossings between all adjacent layers.
pub(crate) fn crossings(layered: &LayeredGraph) -> usize {
    let positions = positions(layered);
    let mut total = 0;
    for layer in 0..layered.layers.len() {
        let next_len = layered.layers.get(layer + 1).map_or(0, Vec::len);
        let mut pairs: Vec<(usize, usize)> = layered
            .segments_after(layer)
            .into_iter()
            .map(|(a, b)| (position_index(&positions, a), position_index(&positions, b)))
            .collect();
        pairs.sort_unstable();
        // Count inversions of the lower ends with a Fenwick tree.
        let mut tree = vec![0usize; next_len + 1];
        for (seen, (_, lower)) in pairs.iter().enumerate() {
            let mut not_greater = 0;
            let mut index = lower + 1;
            while index > 0 {
                not_greater += tree.get(index).copied().unwrap_or(0);
                index &= index - 1;
            }
            total += seen - not_greater;
            let mut index = lower + 1;
            while index <= next_len {
                if let Some(slot) = tree.get_mut(index) {
                    *slot += 1;
                }
                index += index & index.wrapping_neg();
            }
        }
    }
    total
}

#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "positions are small non-negative integers stored as f64"
)]
fn position_index(positions: &[f64], item: usize) -> usize {
    positions.get(item).copied().unwrap_or(0.0) as usize
}
