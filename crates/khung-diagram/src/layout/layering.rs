//! Cycle breaking and layer assignment.
//!
//! Nodes sit on even layers; an edge step is two layers, so the odd layer between holds the
//! edge's label and keeps labels out of node columns.

use crate::graph::ViewGraph;

use super::hierarchy::{ClusterTree, ROOT, Scope};

/// The layer of every node and which edges are laid out against their direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Ranks {
    /// Layer of each node (even).
    pub(crate) layer: Vec<usize>,
    /// Per edge: whether it runs right-to-left (it closes a cycle).
    pub(crate) reversed: Vec<bool>,
    /// Per edge: its ends as node indices (`None` for a self-loop).
    pub(crate) ends: Vec<Option<(usize, usize)>>,
}

impl Ranks {
    /// The edge's ends in layout direction (left end first).
    pub(crate) fn layout_ends(&self, edge: usize) -> Option<(usize, usize)> {
        let (from, to) = self.ends.get(edge).copied().flatten()?;
        if self.reversed.get(edge).copied().unwrap_or(false) {
            Some((to, from))
        } else {
            Some((from, to))
        }
    }
}

pub(crate) fn assign_layers(graph: &ViewGraph, tree: &ClusterTree) -> Ranks {
    let node_count = graph.nodes().len();
    let ends: Vec<Option<(usize, usize)>> = graph
        .edges()
        .iter()
        .map(|edge| {
            let from = graph.node_index(&edge.from)?;
            let to = graph.node_index(&edge.to)?;
            (from != to).then_some((from, to))
        })
        .collect();
    let reversed = back_edges(node_count, &ends);
    let mut ranks = Ranks {
        layer: vec![0; node_count],
        reversed,
        ends,
    };
    longest_path(&mut ranks, node_count);
    spread_isolated_nodes(&mut ranks, tree, node_count);
    ranks
}

/// Marks the edges a depth-first search meets as back edges (iterative: no recursion).
fn back_edges(node_count: usize, ends: &[Option<(usize, usize)>]) -> Vec<bool> {
    let mut outgoing: Vec<Vec<(usize, usize)>> = vec![Vec::new(); node_count];
    for (edge, pair) in ends.iter().enumerate() {
        if let Some((from, to)) = pair
            && let Some(list) = outgoing.get_mut(*from)
        {
            list.push((*to, edge));
        }
    }
    const UNSEEN: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![UNSEEN; node_count];
    let mut reversed = vec![false; ends.len()];
    for start in 0..node_count {
        if state.get(start) != Some(&UNSEEN) {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        if let Some(s) = state.get_mut(start) {
            *s = ON_PATH;
        }
        while let Some((node, next)) = stack.last().copied() {
            let Some(&(target, edge)) = outgoing.get(node).and_then(|list| list.get(next)) else {
                if let Some(s) = state.get_mut(node) {
                    *s = DONE;
                }
                stack.pop();
                continue;
            };
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            match state.get(target).copied() {
                Some(ON_PATH) => {
                    if let Some(r) = reversed.get_mut(edge) {
                        *r = true;
                    }
                }
                Some(UNSEEN) => {
                    if let Some(s) = state.get_mut(target) {
                        *s = ON_PATH;
                    }
                    stack.push((target, 0));
                }
                _ => {}
            }
        }
    }
    reversed
}

/// Longest-path layering (sources on layer 0), then sources moved right next to their
/// nearest successor so they do not drag long edges behind them.
fn longest_path(ranks: &mut Ranks, node_count: usize) {
    let mut successors: Vec<Vec<usize>> = vec![Vec::new(); node_count];
    let mut in_degree = vec![0usize; node_count];
    for edge in 0..ranks.ends.len() {
        if let Some((left, right)) = ranks.layout_ends(edge) {
            if let Some(list) = successors.get_mut(left) {
                list.push(right);
            }
            if let Some(d) = in_degree.get_mut(right) {
                *d += 1;
            }
        }
    }
    let sources: Vec<usize> = (0..node_count)
        .filter(|n| in_degree.get(*n) == Some(&0))
        .collect();
    let mut remaining = in_degree.clone();
    let mut queue: std::collections::VecDeque<usize> = sources.iter().copied().collect();
    while let Some(node) = queue.pop_front() {
        let layer = ranks.layer.get(node).copied().unwrap_or(0);
        for &next in successors.get(node).map_or(&[][..], Vec::as_slice) {
            if let Some(l) = ranks.layer.get_mut(next) {
                *l = (*l).max(layer + 2);
            }
            if let Some(d) = remaining.get_mut(next) {
                *d = d.saturating_sub(1);
                if *d == 0 {
                    queue.push_back(next);
                }
            }
        }
    }
    for source in sources {
        let nearest = successors
            .get(source)
            .into_iter()
            .flatten()
            .filter_map(|next| ranks.layer.get(*next).copied())
            .min();
        if let (Some(nearest), Some(layer)) = (nearest, ranks.layer.get_mut(source)) {
            *layer = nearest.saturating_sub(2);
        }
    }
}

/// Nodes without edges would all pile up on layer 0; spread the ones of each scope over a
/// few layers inside the scope's span, like a grid.
fn spread_isolated_nodes(ranks: &mut Ranks, tree: &ClusterTree, node_count: usize) {
    let mut connected = vec![false; node_count];
    for pair in ranks.ends.iter().flatten() {
        for node in [pair.0, pair.1] {
            if let Some(c) = connected.get_mut(node) {
                *c = true;
            }
        }
    }
    let mut isolated_by_scope: Vec<Vec<usize>> = vec![Vec::new(); tree.scope_count()];
    let mut span_by_scope: Vec<Option<(usize, usize)>> = vec![None; tree.scope_count()];
    for node in 0..node_count {
        let scope = tree.node_scope(node);
        if connected.get(node).copied().unwrap_or(false) {
            let layer = ranks.layer.get(node).copied().unwrap_or(0);
            for ancestor in tree.ancestors(scope).iter().copied() {
                if let Some(span) = span_by_scope.get_mut(ancestor) {
                    *span = Some(
                        span.map_or((layer, layer), |(lo, hi)| (lo.min(layer), hi.max(layer))),
                    );
                }
            }
        } else if let Some(list) = isolated_by_scope.get_mut(scope) {
            list.push(node);
        }
    }
    for (scope, isolated) in isolated_by_scope.iter().enumerate() {
        if isolated.is_empty() {
            continue;
        }
        let span = span_by_scope.get(scope).copied().flatten();
        let (low, span_columns) = span.map_or((0, 0), |(lo, hi)| (lo, (hi - lo) / 2 + 1));
        let columns = span_columns.max(grid_columns(isolated.len(), scope)).max(1);
        for (position, node) in isolated.iter().enumerate() {
            if let Some(layer) = ranks.layer.get_mut(*node) {
                *layer = low + 2 * (position % columns);
            }
        }
    }
}

/// Columns of a grid for `count` boxes that are about three times wider than tall (with the
/// gaps): about √(count / 3), at least one. Top-level loose nodes get one column more so the
/// drawing does not grow tall first.
fn grid_columns(count: usize, scope: Scope) -> usize {
    let mut columns = 1;
    while columns * columns * 3 < count {
        columns += 1;
    }
    if scope == ROOT && count > 3 {
        columns + 1
    } else {
        columns
    }
}
