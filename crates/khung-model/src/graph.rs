//! [`ModelGraph`]: the systems and flows of a model as a directed graph (petgraph), with one
//! edge per leg along `from → via… → to`, and indexes of flows by endpoint, built once.

use std::collections::{BTreeMap, HashMap};

use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::Model;
use crate::model::common::Id;

/// One leg of a flow: the `leg`-th hop of its path `from → via… → to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowLeg {
    /// The flow's id.
    pub flow: Id,
    /// The position of this hop along the flow's path (0 = leaving `from`).
    pub leg: usize,
}

/// The flow graph of a model. Nodes are systems (every system of the model, in id order);
/// edges are flow legs between systems. References that do not name a system are left out
/// (they are load diagnostics already). Lifecycle is not applied: filter with
/// [`Model::exists_at`].
#[derive(Debug, Clone, Default)]
pub struct ModelGraph {
    graph: DiGraph<Id, FlowLeg>,
    nodes: BTreeMap<Id, NodeIndex>,
    from: BTreeMap<Id, Vec<Id>>,
    to: BTreeMap<Id, Vec<Id>>,
    via: BTreeMap<Id, Vec<Id>>,
}

impl ModelGraph {
    /// Builds the graph and the indexes.
    #[must_use]
    pub fn build(model: &Model) -> ModelGraph {
        let mut graph = DiGraph::with_capacity(model.systems.len(), model.flows.len() * 2);
        // Looked up by name while building (hash lookups, never iterated); the sorted map
        // is made once from the system ids, which are in order already.
        let mut node_of: HashMap<&str, NodeIndex> = HashMap::with_capacity(model.systems.len());
        for id in model.systems.keys() {
            node_of.insert(id.as_str(), graph.add_node(id.clone()));
        }
        let mut from: HashMap<&str, Vec<Id>> = HashMap::new();
        let mut to: HashMap<&str, Vec<Id>> = HashMap::new();
        let mut via: HashMap<&str, Vec<Id>> = HashMap::new();
        // Flows in id order, so every index list is sorted by flow id.
        for (flow_id, flow) in &model.flows {
            if let Some(source) = &flow.from {
                from.entry(source.value.as_str())
                    .or_default()
                    .push(flow_id.clone());
            }
            if let Some(target) = &flow.to {
                to.entry(target.value.as_str())
                    .or_default()
                    .push(flow_id.clone());
            }
            for intermediary in &flow.via {
                let list = via.entry(intermediary.value.as_str()).or_default();
                if list.last() != Some(flow_id) {
                    list.push(flow_id.clone());
                }
            }
            let mut path = flow.path().map(|id| node_of.get(id.value.as_str()));
            let Some(mut previous) = path.next() else {
                continue;
            };
            for (leg, next) in path.enumerate() {
                if let (Some(&a), Some(&b)) = (previous, next) {
                    graph.add_edge(
                        a,
                        b,
                        FlowLeg {
                            flow: flow_id.clone(),
                            leg,
                        },
                    );
                }
                previous = next;
            }
        }
        let sorted = |index: HashMap<&str, Vec<Id>>| -> BTreeMap<Id, Vec<Id>> {
            index
                .into_iter()
                .map(|(id, flows)| (id.to_owned(), flows))
                .collect()
        };
        ModelGraph {
            nodes: node_of
                .into_iter()
                .map(|(id, index)| (id.to_owned(), index))
                .collect(),
            graph,
            from: sorted(from),
            to: sorted(to),
            via: sorted(via),
        }
    }

    /// The petgraph graph (node weights: system ids; edge weights: flow legs).
    #[must_use]
    pub fn graph(&self) -> &DiGraph<Id, FlowLeg> {
        &self.graph
    }

    /// The node of system `id`.
    #[must_use]
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    /// Ids of the flows whose `from` is `id`, sorted.
    #[must_use]
    pub fn flows_from(&self, id: &str) -> &[Id] {
        self.from.get(id).map_or(&[], Vec::as_slice)
    }

    /// Ids of the flows whose `to` is `id`, sorted.
    #[must_use]
    pub fn flows_to(&self, id: &str) -> &[Id] {
        self.to.get(id).map_or(&[], Vec::as_slice)
    }

    /// Ids of the flows that pass `id` as a `via`, sorted.
    #[must_use]
    pub fn flows_via(&self, id: &str) -> &[Id] {
        self.via.get(id).map_or(&[], Vec::as_slice)
    }

    /// Ids of the flows whose `from` or `to` is `id`, each once, sorted.
    #[must_use]
    pub fn flows_of(&self, id: &str) -> Vec<Id> {
        let mut all: Vec<Id> = self
            .flows_from(id)
            .iter()
            .chain(self.flows_to(id))
            .cloned()
            .collect();
        all.sort();
        all.dedup();
        all
    }
}
