//! Invariants of the layout, on hand-made graphs and on many generated ones.

use super::*;
use crate::graph::{
    ClusterKind, ElementKind, Marker, ViewCluster, ViewEdge, ViewGraph, ViewGraphBuilder, ViewNode,
};

/// A small deterministic generator (xorshift64*), so generated graphs are the same each run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        if bound == 0 {
            return 0;
        }
        (self.next() % bound as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "Hệ thống",
    "thông tin",
    "giải quyết",
    "thủ tục hành chính",
    "Ủy ban nhân dân",
    "tỉnh Quảng Ninh",
    "Cổng dịch vụ công",
    "LGSP",
    "NDXP",
    "cơ sở dữ liệu quốc gia về dân cư",
    "Ư",
    "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
];

fn words(random: &mut Random, most: usize) -> String {
    let count = 1 + random.below(most);
    (0..count)
        .map(|_| WORDS[random.below(WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

fn generated_graph(seed: u64) -> ViewGraph {
    let mut random = Random(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let node_count = 1 + random.below(24);
    let cluster_count = random.below(7);
    let mut builder = ViewGraphBuilder::new("generated", "legend");
    for cluster in 0..cluster_count {
        let mut view_cluster = ViewCluster::new(
            format!("c{cluster}"),
            words(&mut random, 4),
            ClusterKind::Zone,
        );
        if cluster > 0 && random.below(2) == 0 {
            view_cluster.parent = Some(format!("c{}", random.below(cluster)));
        }
        builder.cluster(view_cluster);
    }
    for node in 0..node_count {
        let mut view_node = ViewNode::new(
            format!("n{node:02}"),
            words(&mut random, 5),
            ElementKind::System,
        );
        if random.below(3) > 0 {
            view_node.caption = Some(words(&mut random, 1));
        }
        if cluster_count > 0 && random.below(4) > 0 {
            view_node.cluster = Some(format!("c{}", random.below(cluster_count)));
        }
        if random.below(5) == 0 {
            view_node.marker = Some(Marker::BelowMinimumLevel {
                declared: Some(1),
                minimum: 3,
            });
        }
        builder.node(view_node);
    }
    let edge_count = random.below(node_count * 2 + 1);
    for _ in 0..edge_count {
        let from = random.below(node_count);
        let to = if random.below(12) == 0 {
            from
        } else {
            random.below(node_count)
        };
        let mut edge = ViewEdge::new(format!("n{from:02}"), format!("n{to:02}"));
        if random.below(2) == 0 {
            edge.label = Some(words(&mut random, 3));
        }
        edge.count = 1 + u32::try_from(random.below(3)).unwrap_or(0);
        builder.edge(edge);
    }
    builder.build()
}

fn sample_graph() -> ViewGraph {
    let mut builder = ViewGraphBuilder::new("sample", "legend");
    let mut province =
        ViewCluster::new("qn", "Ủy ban nhân dân tỉnh Quảng Ninh", ClusterKind::Agency);
    province.description = "province".into();
    let mut department = ViewCluster::new("stp", "Sở Tư pháp", ClusterKind::Agency);
    department.parent = Some("qn".into());
    builder.cluster(province).cluster(department);
    let mut motcua = ViewNode::new(
        "qn-motcua",
        "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Quảng Ninh",
        ElementKind::System,
    );
    motcua.cluster = Some("qn".into());
    motcua.caption = Some("qn-motcua".into());
    let mut hotich = ViewNode::new("qn-ho-tich", "Hộ tịch", ElementKind::System);
    hotich.cluster = Some("stp".into());
    let lgsp = ViewNode::new("lgsp-qn", "LGSP", ElementKind::Platform);
    let ndxp = ViewNode::new(
        "ndxp",
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
        ElementKind::Platform,
    );
    let population = ViewNode::new(
        "ndb-population",
        "CSDL quốc gia về dân cư",
        ElementKind::Dataset,
    );
    let lonely = ViewNode::new("lonely", "Không kết nối", ElementKind::System);
    builder
        .node(motcua)
        .node(hotich)
        .node(lgsp)
        .node(ndxp)
        .node(population)
        .node(lonely);
    let mut flow = ViewEdge::new("ndb-population", "qn-motcua");
    flow.label = Some("thông tin công dân".into());
    flow.count = 3;
    builder
        .edge(flow)
        .edge(ViewEdge::new("qn-motcua", "lgsp-qn"))
        .edge(ViewEdge::new("lgsp-qn", "ndxp"))
        .edge(ViewEdge::new("ndxp", "qn-motcua"))
        .edge(ViewEdge::new("qn-ho-tich", "qn-motcua"))
        .edge(ViewEdge {
            label: Some("tự đồng bộ".into()),
            ..ViewEdge::new("qn-ho-tich", "qn-ho-tich")
        });
    builder.build()
}

/// The scope chain of a node as cluster indices, innermost first.
fn node_clusters(graph: &ViewGraph, node: usize) -> Vec<usize> {
    let mut chain = Vec::new();
    let mut current = graph.nodes()[node]
        .cluster
        .as_deref()
        .and_then(|id| graph.cluster_index(id));
    while let Some(index) = current {
        chain.push(index);
        current = graph.clusters()[index]
            .parent
            .as_deref()
            .and_then(|id| graph.cluster_index(id));
    }
    chain
}

fn cluster_ancestors(graph: &ViewGraph, cluster: usize) -> Vec<usize> {
    let mut chain = vec![cluster];
    let mut current = graph.clusters()[cluster]
        .parent
        .as_deref()
        .and_then(|id| graph.cluster_index(id));
    while let Some(index) = current {
        chain.push(index);
        current = graph.clusters()[index]
            .parent
            .as_deref()
            .and_then(|id| graph.cluster_index(id));
    }
    chain
}

fn inside_strictly(rect: &Rect, point: Point) -> bool {
    point.x > rect.x + 0.5
        && point.x < rect.right() - 0.5
        && point.y > rect.y + 0.5
        && point.y < rect.bottom() - 0.5
}

fn point_on_segment(segment: &Segment, t: f64) -> Point {
    if segment.curve {
        let (c1, c2) = segment.controls();
        let u = 1.0 - t;
        Point {
            x: u * u * u * segment.from.x
                + 3.0 * u * u * t * c1.x
                + 3.0 * u * t * t * c2.x
                + t * t * t * segment.to.x,
            y: u * u * u * segment.from.y
                + 3.0 * u * u * t * c1.y
                + 3.0 * u * t * t * c2.y
                + t * t * t * segment.to.y,
        }
    } else {
        Point {
            x: segment.from.x + (segment.to.x - segment.from.x) * t,
            y: segment.from.y + (segment.to.y - segment.from.y) * t,
        }
    }
}

fn on_border(rect: &Rect, point: Point) -> bool {
    let within_x = point.x >= rect.x - EPSILON && point.x <= rect.right() + EPSILON;
    let within_y = point.y >= rect.y - EPSILON && point.y <= rect.bottom() + EPSILON;
    let on_vertical =
        (point.x - rect.x).abs() < EPSILON || (point.x - rect.right()).abs() < EPSILON;
    let on_horizontal =
        (point.y - rect.y).abs() < EPSILON || (point.y - rect.bottom()).abs() < EPSILON;
    within_x && within_y && (on_vertical || on_horizontal)
}

/// Checks every invariant of the module documentation; returns the first violation.
fn check_invariants(graph: &ViewGraph, layout: &Layout) -> Result<(), String> {
    let node_count = graph.nodes().len();
    if layout.nodes.len() != node_count
        || layout.clusters.len() != graph.clusters().len()
        || layout.edges.len() != graph.edges().len()
    {
        return Err("placements are not index-aligned with the graph".into());
    }
    for (index, node) in layout.nodes.iter().enumerate() {
        let r = node.rect;
        if !(r.x.is_finite() && r.y.is_finite() && r.width > 0.0 && r.height > 0.0) {
            return Err(format!("node {index} has a degenerate box {r:?}"));
        }
        if r.x < 0.0 || r.y < 0.0 || r.right() > layout.width || r.bottom() > layout.height {
            return Err(format!("node {index} lies outside the drawing"));
        }
        for line in &node.lines {
            if !r.contains(&line.extent()) {
                return Err(format!(
                    "node {index}: line {:?} overflows {r:?} ({:?})",
                    line.text,
                    line.extent()
                ));
            }
        }
    }
    for a in 0..node_count {
        for b in a + 1..node_count {
            if layout.nodes[a].rect.overlaps(&layout.nodes[b].rect) {
                return Err(format!("nodes {a} and {b} overlap"));
            }
        }
    }
    // Clusters: contain their members, exclude everything else.
    for (cluster, placement) in layout.clusters.iter().enumerate() {
        for line in &placement.title {
            if !placement.rect.contains(&line.extent()) {
                return Err(format!(
                    "cluster {cluster}: title {:?} overflows",
                    line.text
                ));
            }
            for (node, node_placement) in layout.nodes.iter().enumerate() {
                if line.extent().overlaps(&node_placement.rect) {
                    return Err(format!("cluster {cluster}: title overlaps node {node}"));
                }
            }
        }
        for (node, node_placement) in layout.nodes.iter().enumerate() {
            let member = node_clusters(graph, node).contains(&cluster);
            if member && !placement.rect.contains(&node_placement.rect) {
                return Err(format!(
                    "cluster {cluster} does not contain its node {node}"
                ));
            }
            if !member && placement.rect.overlaps(&node_placement.rect) {
                return Err(format!(
                    "cluster {cluster} overlaps node {node}, not a member"
                ));
            }
        }
        for other in 0..layout.clusters.len() {
            if other == cluster {
                continue;
            }
            let other_rect = layout.clusters[other].rect;
            if cluster_ancestors(graph, other).contains(&cluster) {
                if !placement.rect.contains(&other_rect) {
                    return Err(format!(
                        "cluster {cluster} does not contain its sub-cluster {other}"
                    ));
                }
                for line in &placement.title {
                    if line.extent().overlaps(&other_rect) {
                        return Err(format!(
                            "cluster {cluster}: title overlaps sub-cluster {other}"
                        ));
                    }
                }
            } else if !cluster_ancestors(graph, cluster).contains(&other)
                && placement.rect.overlaps(&other_rect)
            {
                return Err(format!("clusters {cluster} and {other} overlap"));
            }
        }
    }
    // Edges: connected paths from border to border, never through another node; labels.
    let labels: Vec<(usize, &LabelPlacement)> = layout
        .edges
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.label.as_ref().map(|l| (i, l)))
        .collect();
    for (edge_index, route) in layout.edges.iter().enumerate() {
        let edge = &graph.edges()[edge_index];
        let from = graph.node_index(&edge.from).ok_or("unknown source")?;
        let to = graph.node_index(&edge.to).ok_or("unknown target")?;
        let (Some(first), Some(last)) = (route.segments.first(), route.segments.last()) else {
            return Err(format!("edge {edge_index} has no path"));
        };
        if !on_border(&layout.nodes[from].rect, first.from) {
            return Err(format!(
                "edge {edge_index} does not start on its source's border"
            ));
        }
        if !on_border(&layout.nodes[to].rect, last.to) {
            return Err(format!(
                "edge {edge_index} does not end on its target's border: {:?} vs {:?}",
                last.to, layout.nodes[to].rect
            ));
        }
        for pair in route.segments.windows(2) {
            if (pair[0].to.x - pair[1].from.x).abs() > EPSILON
                || (pair[0].to.y - pair[1].from.y).abs() > EPSILON
            {
                return Err(format!("edge {edge_index} has a gap in its path"));
            }
        }
        for segment in &route.segments {
            for step in 0..=20 {
                let point = point_on_segment(segment, f64::from(step) / 20.0);
                for (node, placement) in layout.nodes.iter().enumerate() {
                    if node != from && node != to && inside_strictly(&placement.rect, point) {
                        return Err(format!(
                            "edge {edge_index} runs through node {node} at {point:?}"
                        ));
                    }
                }
            }
        }
        if let Some(label) = &route.label {
            for line in &label.lines {
                if !label.rect.contains(&line.extent()) {
                    return Err(format!(
                        "edge {edge_index}: label line {:?} overflows",
                        line.text
                    ));
                }
            }
            for (node, placement) in layout.nodes.iter().enumerate() {
                if label.rect.overlaps(&placement.rect) {
                    return Err(format!("edge {edge_index}: label overlaps node {node}"));
                }
            }
            let from_clusters = node_clusters(graph, from);
            let to_clusters = node_clusters(graph, to);
            for (cluster, placement) in layout.clusters.iter().enumerate() {
                let encloses_both =
                    from_clusters.contains(&cluster) && to_clusters.contains(&cluster);
                if encloses_both && !placement.rect.contains(&label.rect) {
                    return Err(format!("edge {edge_index}: label leaves cluster {cluster}"));
                }
                if !encloses_both && placement.rect.overlaps(&label.rect) {
                    return Err(format!(
                        "edge {edge_index}: label overlaps cluster {cluster}"
                    ));
                }
            }
        }
    }
    for (position, (a, label_a)) in labels.iter().enumerate() {
        for (b, label_b) in labels.iter().skip(position + 1) {
            if label_a.rect.overlaps(&label_b.rect) {
                return Err(format!("labels of edges {a} and {b} overlap"));
            }
        }
    }
    Ok(())
}

#[test]
fn sample_graph_meets_every_invariant() {
    let graph = sample_graph();
    let layout = layout(&graph);
    check_invariants(&graph, &layout).unwrap();
}

#[test]
fn generated_graphs_meet_every_invariant() {
    for seed in 0..300 {
        let graph = generated_graph(seed);
        let layout = layout(&graph);
        if let Err(problem) = check_invariants(&graph, &layout) {
            panic!("seed {seed}: {problem}\n{graph:#?}");
        }
    }
}

#[test]
fn layout_is_deterministic() {
    for seed in [1, 7, 42, 99] {
        let graph = generated_graph(seed);
        assert_eq!(layout(&graph), layout(&graph), "seed {seed}");
    }
    assert_eq!(layout(&sample_graph()), layout(&sample_graph()));
}

#[test]
fn edges_flow_left_to_right_except_one_per_cycle() {
    let graph = sample_graph();
    let layout = layout(&graph);
    let x = |id: &str| layout.nodes[graph.node_index(id).unwrap()].rect.x;
    assert!(x("ndb-population") < x("qn-motcua"));
    assert!(x("qn-ho-tich") < x("qn-motcua"));
    let cycle = [
        ("qn-motcua", "lgsp-qn"),
        ("lgsp-qn", "ndxp"),
        ("ndxp", "qn-motcua"),
    ];
    let backwards = cycle.iter().filter(|(from, to)| x(from) > x(to)).count();
    assert_eq!(backwards, 1);
}

#[test]
fn the_invariant_checker_finds_violations() {
    let graph = sample_graph();
    let good = layout(&graph);
    let motcua = graph.node_index("qn-motcua").unwrap();
    let lonely = graph.node_index("lonely").unwrap();
    let mut overlapping = good.clone();
    let (dx, dy) = (
        good.nodes[motcua].rect.x - good.nodes[lonely].rect.x,
        good.nodes[motcua].rect.y - good.nodes[lonely].rect.y,
    );
    overlapping.nodes[lonely].rect.x += dx;
    overlapping.nodes[lonely].rect.y += dy;
    for line in &mut overlapping.nodes[lonely].lines {
        line.x += dx;
        line.baseline += dy;
    }
    assert!(
        check_invariants(&graph, &overlapping)
            .unwrap_err()
            .contains("overlap")
    );
    let mut escaped = good.clone();
    escaped.nodes[motcua].rect.x = good.width - escaped.nodes[motcua].rect.width - 1.0;
    escaped.nodes[motcua].rect.y = good.height - escaped.nodes[motcua].rect.height - 1.0;
    assert!(check_invariants(&graph, &escaped).is_err());
    let mut overflowing = good.clone();
    overflowing.nodes[motcua].lines[0].text = "W".repeat(80);
    assert!(
        check_invariants(&graph, &overflowing)
            .unwrap_err()
            .contains("overflows")
    );
    let mut detached = good;
    detached.edges[0].segments[0].from.y -= 500.0;
    assert!(check_invariants(&graph, &detached).is_err());
}

#[test]
fn a_cycle_is_drawn_with_every_arrow_reaching_its_target() {
    let mut builder = ViewGraphBuilder::new("cycle", "legend");
    for id in ["a", "b", "c"] {
        builder.node(ViewNode::new(id, id, ElementKind::System));
    }
    builder
        .edge(ViewEdge::new("a", "b"))
        .edge(ViewEdge::new("b", "c"))
        .edge(ViewEdge::new("c", "a"));
    let graph = builder.build();
    let layout = layout(&graph);
    check_invariants(&graph, &layout).unwrap();
}

#[test]
fn isolated_nodes_are_spread_over_columns() {
    let mut builder = ViewGraphBuilder::new("loose", "legend");
    for index in 0..12 {
        builder.node(ViewNode::new(
            format!("n{index:02}"),
            "Hệ thống",
            ElementKind::System,
        ));
    }
    let graph = builder.build();
    let layout = layout(&graph);
    check_invariants(&graph, &layout).unwrap();
    let mut columns: Vec<i64> = layout.nodes.iter().map(|n| n.rect.x as i64).collect();
    columns.sort_unstable();
    columns.dedup();
    assert!(columns.len() >= 2, "{columns:?}");
    assert!(layout.width < layout.height * 3.0 && layout.height < layout.width * 3.0);
}

#[test]
fn crossing_reduction_untangles_a_ladder() {
    // a1→b2, a2→b1: one crossing unless b1/b2 swap.
    let mut builder = ViewGraphBuilder::new("ladder", "legend");
    for id in ["a1", "a2", "b1", "b2"] {
        builder.node(ViewNode::new(id, id, ElementKind::System));
    }
    builder
        .edge(ViewEdge::new("a1", "b2"))
        .edge(ViewEdge::new("a2", "b1"));
    let graph = builder.build();
    let ranks = layering::assign_layers(&graph, &hierarchy::ClusterTree::new(&graph));
    let tree = hierarchy::ClusterTree::new(&graph);
    let measured = measure::measure(&graph);
    let mut layered = layered::LayeredGraph::new(&graph, &tree, &measured, &ranks);
    ordering::order_layers(&mut layered, &tree);
    assert_eq!(ordering::crossings(&layered), 0);
}
