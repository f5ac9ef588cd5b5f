//! Vertical positions from separation and containment constraints.
//!
//! Variables: the top of every item and the top and bottom of every cluster. Constraints
//! `to ≥ from + weight`: consecutive blocks of a layer are separated (a block being an item
//! or the sub-cluster that holds it, seen from their innermost common cluster), and every
//! cluster encloses its items and sub-clusters with padding. The constraint graph is acyclic
//! because ordering keeps sibling clusters in one order in all layers. The tightest solution
//! (longest path) is then improved by moving items towards the mean of their neighbours,
//! letting cluster borders follow, without ever leaving the feasible region.

use std::collections::VecDeque;

use super::MARGIN;
use super::hierarchy::{ClusterTree, ROOT, Scope};
use super::layered::{ItemKind, LayeredGraph};
use super::measure::{CLUSTER_PADDING, Measured};

const NODE_GAP: f64 = 18.0;
const EDGE_NEXT_TO_NODE_GAP: f64 = 10.0;
const EDGE_GAP: f64 = 6.0;
const CLUSTER_GAP: f64 = 14.0;
const BALANCING_ROUNDS: usize = 30;

/// Tops of items and top/bottom of clusters (indexed by scope; `ROOT` unused).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Vertical {
    pub(crate) item_top: Vec<f64>,
    pub(crate) cluster_top: Vec<f64>,
    pub(crate) cluster_bottom: Vec<f64>,
}

struct Constraints {
    incoming: Vec<Vec<(usize, f64)>>,
    outgoing: Vec<Vec<(usize, f64)>>,
}

impl Constraints {
    fn add(&mut self, from: usize, to: usize, weight: f64) {
        if let Some(list) = self.outgoing.get_mut(from) {
            list.push((to, weight));
        }
        if let Some(list) = self.incoming.get_mut(to) {
            list.push((from, weight));
        }
    }

    fn lower(&self, variable: usize, values: &[f64]) -> f64 {
        self.incoming
            .get(variable)
            .into_iter()
            .flatten()
            .map(|(from, w)| values.get(*from).copied().unwrap_or(0.0) + w)
            .fold(f64::NEG_INFINITY, f64::max)
    }

    fn upper(&self, variable: usize, values: &[f64]) -> f64 {
        self.outgoing
            .get(variable)
            .into_iter()
            .flatten()
            .map(|(to, w)| values.get(*to).copied().unwrap_or(0.0) - w)
            .fold(f64::INFINITY, f64::min)
    }
}

pub(crate) fn place_vertically(
    layered: &LayeredGraph,
    tree: &ClusterTree,
    measured: &Measured,
) -> Vertical {
    let item_count = layered.items.len();
    let top_var = |scope: Scope| item_count + 2 * (scope - 1);
    let bottom_var = |scope: Scope| item_count + 2 * (scope - 1) + 1;
    let variable_count = item_count + 2 * (tree.scope_count() - 1);
    let mut constraints = Constraints {
        incoming: vec![Vec::new(); variable_count],
        outgoing: vec![Vec::new(); variable_count],
    };
    let pad_top = |scope: Scope| {
        measured
            .clusters
            .get(scope - 1)
            .map_or(CLUSTER_PADDING, |c| c.pad_top)
    };
    let height = |item: usize| layered.item(item).map_or(0.0, |i| i.height);
    for (id, item) in layered.items.iter().enumerate() {
        if item.scope != ROOT {
            constraints.add(top_var(item.scope), id, pad_top(item.scope));
            constraints.add(id, bottom_var(item.scope), height(id) + CLUSTER_PADDING);
        }
    }
    for scope in 1..tree.scope_count() {
        let parent = tree.parent(scope);
        if parent != ROOT {
            constraints.add(top_var(parent), top_var(scope), pad_top(parent));
            constraints.add(bottom_var(scope), bottom_var(parent), CLUSTER_PADDING);
        }
    }
    for layer in &layered.layers {
        for pair in layer.windows(2) {
            let [above, below] = pair else { continue };
            let (Some(a), Some(b)) = (layered.item(*above), layered.item(*below)) else {
                continue;
            };
            let common = tree.common_ancestor(a.scope, b.scope);
            let block_above = tree.child_towards(common, a.scope);
            let block_below = tree.child_towards(common, b.scope);
            let from = block_above.map_or(*above, bottom_var);
            let extent = if block_above.is_some() {
                0.0
            } else {
                height(*above)
            };
            let to = block_below.map_or(*below, top_var);
            let separation = if block_above.is_some() || block_below.is_some() {
                CLUSTER_GAP
            } else {
                gap(a.kind, b.kind)
            };
            let weight = extent + separation;
            constraints.add(from, to, weight);
        }
    }
    let mut values = tightest(&constraints, variable_count);
    balance(
        layered,
        tree,
        measured,
        &constraints,
        &mut values,
        top_var,
        bottom_var,
    );
    normalise(&mut values);
    Vertical {
        item_top: values
            .get(..item_count)
            .map_or_else(Vec::new, <[f64]>::to_vec),
        cluster_top: (0..tree.scope_count())
            .map(|s| {
                if s == ROOT {
                    0.0
                } else {
                    values.get(top_var(s)).copied().unwrap_or(0.0)
                }
            })
            .collect(),
        cluster_bottom: (0..tree.scope_count())
            .map(|s| {
                if s == ROOT {
                    0.0
                } else {
                    values.get(bottom_var(s)).copied().unwrap_or(0.0)
                }
            })
            .collect(),
    }
}

fn gap(above: ItemKind, below: ItemKind) -> f64 {
    let is_node = |kind: ItemKind| matches!(kind, ItemKind::Node(_));
    if is_node(above) && is_node(below) {
        NODE_GAP
    } else if is_node(above) || is_node(below) {
        EDGE_NEXT_TO_NODE_GAP
    } else {
        EDGE_GAP
    }
}

/// Longest-path solution in topological order; sources at 0.
fn tightest(constraints: &Constraints, variable_count: usize) -> Vec<f64> {
    let mut values: Vec<f64> = vec![0.0; variable_count];
    let mut remaining: Vec<usize> = constraints.incoming.iter().map(Vec::len).collect();
    let mut queue: VecDeque<usize> = (0..variable_count)
        .filter(|v| remaining.get(*v) == Some(&0))
        .collect();
    while let Some(variable) = queue.pop_front() {
        let value = values.get(variable).copied().unwrap_or(0.0);
        for &(to, weight) in constraints.outgoing.get(variable).into_iter().flatten() {
            if let Some(slot) = values.get_mut(to) {
                *slot = f64::max(*slot, value + weight);
            }
            if let Some(count) = remaining.get_mut(to) {
                *count -= 1;
                if *count == 0 {
                    queue.push_back(to);
                }
            }
        }
    }
    // Ordering keeps the constraints acyclic (the layout tests check the results); were a
    // variable never reached, it would keep 0 and the drawing would be off, never a panic.
    values
}

/// Moves items towards their neighbours within the feasible region.
fn balance(
    layered: &LayeredGraph,
    tree: &ClusterTree,
    measured: &Measured,
    constraints: &Constraints,
    values: &mut [f64],
    top_var: impl Fn(Scope) -> usize,
    bottom_var: impl Fn(Scope) -> usize,
) {
    let outermost_first = tree.clusters_outermost_first();
    let anchor = |item: usize| {
        layered.item(item).map_or(0.0, |i| match i.kind {
            // Edges attach to the middle of the box, below the self-loop reserve.
            ItemKind::Node(node) => {
                i.height - measured.node(node).map_or(i.height, |n| n.height) / 2.0
            }
            _ => i.height / 2.0,
        })
    };
    for round in 0..BALANCING_ROUNDS {
        // Let cluster borders go as far out as their neighbours allow.
        for scope in &outermost_first {
            let top = top_var(*scope);
            let bottom = bottom_var(*scope);
            let lower = constraints.lower(top, values);
            if let Some(slot) = values.get_mut(top) {
                *slot = lower;
            }
            let upper = constraints.upper(bottom, values);
            if let Some(slot) = values.get_mut(bottom) {
                *slot = upper;
            }
        }
        let layer_order: Vec<usize> = if round % 2 == 0 {
            (0..layered.layers.len()).collect()
        } else {
            (0..layered.layers.len()).rev().collect()
        };
        for layer in layer_order {
            for &item in layered.layers.get(layer).map_or(&[][..], Vec::as_slice) {
                let mut sum = 0.0;
                let mut count = 0.0;
                for side in [layered.left.get(item), layered.right.get(item)] {
                    for &neighbour in side.into_iter().flatten() {
                        sum += values.get(neighbour).copied().unwrap_or(0.0) + anchor(neighbour);
                        count += 1.0;
                    }
                }
                if count == 0.0 {
                    continue;
                }
                let desired = sum / count - anchor(item);
                let lower = constraints.lower(item, values);
                let upper = constraints.upper(item, values);
                if let Some(slot) = values.get_mut(item) {
                    *slot = desired.min(upper).max(lower);
                }
            }
        }
        // Shrink clusters back around their content, innermost first.
        for scope in outermost_first.iter().rev() {
            let top = top_var(*scope);
            let bottom = bottom_var(*scope);
            let upper = constraints.upper(top, values);
            if let Some(slot) = values.get_mut(top) {
                *slot = upper;
            }
            let lower = constraints.lower(bottom, values);
            if let Some(slot) = values.get_mut(bottom) {
                *slot = lower;
            }
        }
    }
}

/// Shifts everything so the topmost border sits at the margin, and rounds.
fn normalise(values: &mut [f64]) {
    let minimum = values.iter().copied().fold(f64::INFINITY, f64::min);
    let shift = if minimum.is_finite() {
        MARGIN - minimum
    } else {
        0.0
    };
    for value in values.iter_mut() {
        *value = super::round(*value + shift);
    }
}
