//! [`ViewGraphBuilder`]: the only way to make a [`ViewGraph`]; it establishes the invariants
//! every emitter and the layout rely on.

use std::collections::{BTreeMap, BTreeSet};

use super::{
    LegendItem, LegendSymbol, MAX_CLUSTER_DEPTH, ViewCluster, ViewEdge, ViewGraph, ViewNode,
};

/// Collects nodes, clusters, edges and legend rows, then checks and orders them.
#[derive(Debug, Clone, Default)]
pub struct ViewGraphBuilder {
    title: String,
    description: String,
    legend_title: String,
    nodes: Vec<ViewNode>,
    clusters: Vec<ViewCluster>,
    edges: Vec<ViewEdge>,
    legend: Vec<LegendItem>,
}

impl ViewGraphBuilder {
    /// A builder for a diagram titled `title`, with `legend_title` above its legend.
    #[must_use]
    pub fn new(title: impl Into<String>, legend_title: impl Into<String>) -> ViewGraphBuilder {
        ViewGraphBuilder {
            title: title.into(),
            legend_title: legend_title.into(),
            ..ViewGraphBuilder::default()
        }
    }

    /// Sets the sentence describing the diagram.
    pub fn description(&mut self, description: impl Into<String>) -> &mut ViewGraphBuilder {
        self.description = description.into();
        self
    }

    /// Adds a node (a later node with the same id is ignored).
    pub fn node(&mut self, node: ViewNode) -> &mut ViewGraphBuilder {
        self.nodes.push(node);
        self
    }

    /// Adds a cluster (a later cluster with the same id is ignored).
    pub fn cluster(&mut self, cluster: ViewCluster) -> &mut ViewGraphBuilder {
        self.clusters.push(cluster);
        self
    }

    /// Adds an edge (an edge whose ends are not nodes is dropped by [`Self::build`]).
    pub fn edge(&mut self, edge: ViewEdge) -> &mut ViewGraphBuilder {
        self.edges.push(edge);
        self
    }

    /// Adds a legend row (an identical symbol twice keeps the first row).
    pub fn legend_item(
        &mut self,
        symbol: LegendSymbol,
        label: impl Into<String>,
    ) -> &mut ViewGraphBuilder {
        self.legend.push(LegendItem {
            symbol,
            label: label.into(),
        });
        self
    }

    /// Whether a node with `id` was added.
    #[must_use]
    pub fn has_node(&self, id: &str) -> bool {
        self.nodes.iter().any(|node| node.id == id)
    }

    /// Checks and orders everything (see the invariants on [`ViewGraph`]).
    #[must_use]
    pub fn build(self) -> ViewGraph {
        let nodes = unique_sorted(self.nodes, |node| node.id.clone());
        let mut clusters = unique_sorted(self.clusters, |cluster| cluster.id.clone());
        repair_cluster_parents(&mut clusters);
        let mut nodes = nodes;
        let cluster_ids: BTreeSet<String> = clusters.iter().map(|c| c.id.clone()).collect();
        for node in &mut nodes {
            if node
                .cluster
                .as_ref()
                .is_some_and(|id| !cluster_ids.contains(id))
            {
                node.cluster = None;
            }
        }
        let clusters = drop_empty_clusters(clusters, &nodes);
        let node_ids: BTreeSet<&str> = nodes.iter().map(|node| node.id.as_str()).collect();
        let mut edges: Vec<ViewEdge> = self
            .edges
            .into_iter()
            .filter(|edge| {
                node_ids.contains(edge.from.as_str()) && node_ids.contains(edge.to.as_str())
            })
            .map(|mut edge| {
                edge.count = edge.count.max(1);
                edge
            })
            .collect();
        edges.sort_by(|a, b| {
            (
                &a.from,
                &a.to,
                &a.label,
                a.line,
                a.tone,
                a.count,
                &a.description,
            )
                .cmp(&(
                    &b.from,
                    &b.to,
                    &b.label,
                    b.line,
                    b.tone,
                    b.count,
                    &b.description,
                ))
        });
        let mut seen_symbols = BTreeSet::new();
        let legend = self
            .legend
            .into_iter()
            .filter(|item| seen_symbols.insert(item.symbol))
            .collect();
        ViewGraph {
            title: self.title,
            description: self.description,
            legend_title: self.legend_title,
            nodes,
            clusters,
            edges,
            legend,
        }
    }
}

/// Sorts by key and keeps the first item added for each key.
fn unique_sorted<T>(items: Vec<T>, key: impl Fn(&T) -> String) -> Vec<T> {
    let mut by_key: BTreeMap<String, T> = BTreeMap::new();
    for item in items {
        by_key.entry(key(&item)).or_insert(item);
    }
    by_key.into_values().collect()
}

/// Removes parents that do not exist, breaks parent cycles and caps the nesting depth.
fn repair_cluster_parents(clusters: &mut [ViewCluster]) {
    let ids: BTreeSet<String> = clusters.iter().map(|c| c.id.clone()).collect();
    for cluster in clusters.iter_mut() {
        if cluster.parent.as_ref().is_some_and(|p| !ids.contains(p)) {
            cluster.parent = None;
        }
    }
    // Process in id order; a cluster whose ancestor chain returns to itself loses its parent,
    // which makes the result independent of insertion order.
    for index in 0..clusters.len() {
        let chain = ancestor_chain(clusters, index);
        if chain.cycle {
            if let Some(cluster) = clusters.get_mut(index) {
                cluster.parent = None;
            }
        } else if chain.ancestors.len() > MAX_CLUSTER_DEPTH - 1 {
            // Reattach to the ancestor that sits at the deepest allowed level.
            let keep = chain.ancestors.len() - (MAX_CLUSTER_DEPTH - 1);
            let new_parent = chain.ancestors.get(keep).cloned();
            if let Some(cluster) = clusters.get_mut(index) {
                cluster.parent = new_parent;
            }
        }
    }
}

struct AncestorChain {
    /// Parent first, root last.
    ancestors: Vec<String>,
    cycle: bool,
}

fn ancestor_chain(clusters: &[ViewCluster], index: usize) -> AncestorChain {
    let mut ancestors = Vec::new();
    let Some(start) = clusters.get(index) else {
        return AncestorChain {
            ancestors,
            cycle: false,
        };
    };
    let mut visited = BTreeSet::from([start.id.clone()]);
    let mut current = start.parent.clone();
    while let Some(parent_id) = current {
        if !visited.insert(parent_id.clone()) {
            return AncestorChain {
                ancestors,
                cycle: true,
            };
        }
        current = clusters
            .binary_search_by(|c| c.id.cmp(&parent_id))
            .ok()
            .and_then(|i| clusters.get(i))
            .and_then(|c| c.parent.clone());
        ancestors.push(parent_id);
    }
    AncestorChain {
        ancestors,
        cycle: false,
    }
}

/// Keeps the clusters that hold at least one node, directly or in a descendant.
fn drop_empty_clusters(clusters: Vec<ViewCluster>, nodes: &[ViewNode]) -> Vec<ViewCluster> {
    let mut inhabited: BTreeSet<String> = BTreeSet::new();
    let parent_of: BTreeMap<&str, Option<&str>> = clusters
        .iter()
        .map(|c| (c.id.as_str(), c.parent.as_deref()))
        .collect();
    for node in nodes {
        let mut current = node.cluster.as_deref();
        // Parents are acyclic here (repaired above), so the walk ends; the bound is a guard.
        let mut steps = 0;
        while let Some(id) = current {
            if !inhabited.insert(id.to_owned()) || steps > clusters.len() {
                break;
            }
            steps += 1;
            current = parent_of.get(id).copied().flatten();
        }
    }
    clusters
        .into_iter()
        .filter(|cluster| inhabited.contains(&cluster.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{ClusterKind, ElementKind};

    fn cluster(id: &str, parent: Option<&str>) -> ViewCluster {
        let mut cluster = ViewCluster::new(id, id, ClusterKind::Zone);
        cluster.parent = parent.map(str::to_owned);
        cluster
    }

    fn node_in(id: &str, cluster: Option<&str>) -> ViewNode {
        let mut node = ViewNode::new(id, id, ElementKind::System);
        node.cluster = cluster.map(str::to_owned);
        node
    }

    #[test]
    fn build_sorts_dedups_and_drops_dangling_edges() {
        let mut builder = ViewGraphBuilder::new("t", "legend");
        builder
            .node(node_in("b", None))
            .node(node_in("a", None))
            .node(ViewNode::new("a", "second a", ElementKind::Dataset))
            .edge(ViewEdge::new("b", "a"))
            .edge(ViewEdge::new("a", "missing"))
            .edge(ViewEdge {
                count: 0,
                ..ViewEdge::new("a", "b")
            });
        let graph = builder.build();
        let ids: Vec<&str> = graph.nodes().iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(graph.node("a").map(|n| n.kind), Some(ElementKind::System));
        let edges: Vec<(&str, &str, u32)> = graph
            .edges()
            .iter()
            .map(|e| (e.from.as_str(), e.to.as_str(), e.count))
            .collect();
        assert_eq!(edges, [("a", "b", 1), ("b", "a", 1)]);
    }

    #[test]
    fn build_breaks_cluster_cycles_and_unknown_parents() {
        let mut builder = ViewGraphBuilder::new("t", "legend");
        builder
            .cluster(cluster("x", Some("y")))
            .cluster(cluster("y", Some("x")))
            .cluster(cluster("z", Some("nowhere")))
            .node(node_in("n1", Some("x")))
            .node(node_in("n2", Some("z")))
            .node(node_in("n3", Some("unknown-cluster")));
        let graph = builder.build();
        let parents: Vec<(&str, Option<&str>)> = graph
            .clusters()
            .iter()
            .map(|c| (c.id.as_str(), c.parent.as_deref()))
            .collect();
        // x lost its parent to break the cycle; y then holds no node and is dropped.
        assert_eq!(parents, [("x", None), ("z", None)]);
        assert_eq!(graph.node("n3").and_then(|n| n.cluster.clone()), None);
    }

    #[test]
    fn build_caps_cluster_depth() {
        let mut builder = ViewGraphBuilder::new("t", "legend");
        let depth = MAX_CLUSTER_DEPTH + 5;
        for level in 0..depth {
            let parent = (level > 0).then(|| format!("c{:02}", level - 1));
            builder.cluster(cluster(&format!("c{level:02}"), parent.as_deref()));
        }
        builder.node(node_in("deep", Some(&format!("c{:02}", depth - 1))));
        let graph = builder.build();
        for index in 0..graph.clusters().len() {
            let chain = ancestor_chain(graph.clusters(), index);
            assert!(!chain.cycle);
            assert!(
                chain.ancestors.len() < MAX_CLUSTER_DEPTH,
                "{chain_len}",
                chain_len = chain.ancestors.len()
            );
        }
        assert!(graph.node("deep").and_then(|n| n.cluster.clone()).is_some());
    }
}
