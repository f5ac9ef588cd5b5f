//! The cluster tree as indices: scope 0 is the whole drawing, scope `c + 1` is cluster `c`.

use crate::graph::ViewGraph;

/// A scope: [`ROOT`] or `cluster index + 1`.
pub(crate) type Scope = usize;

/// The whole drawing.
pub(crate) const ROOT: Scope = 0;

/// Parents, depths and children of every scope, and the scope of every node.
#[derive(Debug, Clone)]
pub(crate) struct ClusterTree {
    /// Parent scope of each scope (`ROOT`'s parent is `ROOT`).
    parent: Vec<Scope>,
    /// Depth of each scope (`ROOT` is 0, top-level clusters 1).
    depth: Vec<usize>,
    /// Longest chain of clusters below each scope (a cluster without sub-clusters: 0).
    height: Vec<usize>,
    /// Child scopes (clusters) of each scope, in cluster order.
    children: Vec<Vec<Scope>>,
    /// The scope each node is drawn in.
    node_scope: Vec<Scope>,
    /// Each scope, its parent, …, up to and including `ROOT` (computed once: the ordering
    /// asks for them for every item of every layer).
    chains: Vec<Vec<Scope>>,
}

impl ClusterTree {
    pub(crate) fn new(graph: &ViewGraph) -> ClusterTree {
        let count = graph.clusters().len() + 1;
        let mut parent = vec![ROOT; count];
        for (index, cluster) in graph.clusters().iter().enumerate() {
            let parent_scope = cluster
                .parent
                .as_deref()
                .and_then(|id| graph.cluster_index(id))
                .map_or(ROOT, |i| i + 1);
            if let Some(slot) = parent.get_mut(index + 1) {
                *slot = parent_scope;
            }
        }
        let mut children = vec![Vec::new(); count];
        for scope in 1..count {
            let parent_scope = parent.get(scope).copied().unwrap_or(ROOT);
            if let Some(list) = children.get_mut(parent_scope) {
                list.push(scope);
            }
        }
        // The builder guarantees a forest; the walk is bounded anyway.
        let mut depth = vec![0; count];
        for scope in 1..count {
            let mut steps = 0;
            let mut current = scope;
            while current != ROOT && steps <= count {
                current = parent.get(current).copied().unwrap_or(ROOT);
                steps += 1;
            }
            if let Some(slot) = depth.get_mut(scope) {
                *slot = steps;
            }
        }
        let mut height = vec![0; count];
        let mut by_depth: Vec<Scope> = (1..count).collect();
        by_depth.sort_by_key(|scope| std::cmp::Reverse(depth.get(*scope).copied().unwrap_or(0)));
        for scope in by_depth {
            let own = height.get(scope).copied().unwrap_or(0);
            let parent_scope = parent.get(scope).copied().unwrap_or(ROOT);
            if let Some(slot) = height.get_mut(parent_scope) {
                *slot = (*slot).max(own + 1);
            }
        }
        let node_scope = graph
            .nodes()
            .iter()
            .map(|node| {
                node.cluster
                    .as_deref()
                    .and_then(|id| graph.cluster_index(id))
                    .map_or(ROOT, |i| i + 1)
            })
            .collect();
        let chains = (0..count)
            .map(|scope| {
                let mut chain = vec![scope];
                let mut current = scope;
                while current != ROOT && chain.len() <= count {
                    current = parent.get(current).copied().unwrap_or(ROOT);
                    chain.push(current);
                }
                chain
            })
            .collect();
        ClusterTree {
            parent,
            depth,
            height,
            children,
            node_scope,
            chains,
        }
    }

    /// Number of scopes (clusters + 1).
    pub(crate) fn scope_count(&self) -> usize {
        self.parent.len()
    }

    pub(crate) fn parent(&self, scope: Scope) -> Scope {
        self.parent.get(scope).copied().unwrap_or(ROOT)
    }

    pub(crate) fn depth(&self, scope: Scope) -> usize {
        self.depth.get(scope).copied().unwrap_or(0)
    }

    pub(crate) fn height(&self, scope: Scope) -> usize {
        self.height.get(scope).copied().unwrap_or(0)
    }

    pub(crate) fn children(&self, scope: Scope) -> &[Scope] {
        self.children.get(scope).map_or(&[], Vec::as_slice)
    }

    pub(crate) fn node_scope(&self, node: usize) -> Scope {
        self.node_scope.get(node).copied().unwrap_or(ROOT)
    }

    /// `scope`, its parent, …, up to and including `ROOT`.
    pub(crate) fn ancestors(&self, scope: Scope) -> &[Scope] {
        self.chains.get(scope).map_or(&[ROOT][..], Vec::as_slice)
    }

    /// The innermost scope containing both.
    pub(crate) fn common_ancestor(&self, a: Scope, b: Scope) -> Scope {
        let chain_b = self.ancestors(b);
        self.ancestors(a)
            .iter()
            .copied()
            .find(|scope| chain_b.contains(scope))
            .unwrap_or(ROOT)
    }

    /// The child of `ancestor` on the way down to `scope` (`None` when `scope == ancestor`
    /// or `scope` is not below `ancestor`).
    pub(crate) fn child_towards(&self, ancestor: Scope, scope: Scope) -> Option<Scope> {
        let chain = self.ancestors(scope);
        let position = chain.iter().position(|s| *s == ancestor)?;
        position.checked_sub(1).and_then(|i| chain.get(i).copied())
    }

    /// Cluster scopes (not `ROOT`), outermost first.
    pub(crate) fn clusters_outermost_first(&self) -> Vec<Scope> {
        let mut scopes: Vec<Scope> = (1..self.scope_count()).collect();
        scopes.sort_by_key(|scope| (self.depth(*scope), *scope));
        scopes
    }
}
