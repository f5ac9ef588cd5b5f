//! Views over small model fixtures (`tests/fixtures/views/*.kdl`): one snapshot per fixture
//! and view holding every format, and checks of what each view shows.
//!
//! A fixture's first comment lines are directives: `// views: landscape context:<id> …`,
//! `// as-of: YYYY-MM-DD`, `// to-be: YYYY-MM-DD`, `// min-level: <system>=<n> …`.
#![expect(clippy::unwrap_used, reason = "test code")]

use std::collections::BTreeMap;

use jiff::civil::Date;
use khung_diag::{Lang, Severity};
use khung_diagram::{
    Encryption, Format, Marker, RenderOptions, Tone, ViewGraph, ViewInputs, ViewSpec, build_view,
    render,
};
use khung_model::{LoadOptions, Model, load_snippet};

struct Fixture {
    model: Model,
    views: Vec<ViewSpec>,
    inputs: ViewInputs,
}

fn directive<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines()
        .take_while(|line| line.starts_with("//"))
        .find_map(|line| {
            line.strip_prefix("//")?
                .trim()
                .strip_prefix(key)?
                .strip_prefix(':')
        })
        .map(str::trim)
}

fn load(text: &str) -> Result<Fixture, String> {
    let loaded = load_snippet(text, &LoadOptions::default());
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{}: {}", d.code, d.message.render(Lang::En)))
        .collect();
    if !errors.is_empty() {
        return Err(format!("the fixture does not load: {errors:?}"));
    }
    let date = |key: &str| -> Result<Option<Date>, String> {
        directive(text, key)
            .map(|value| value.parse::<Date>().map_err(|e| format!("{key}: {e}")))
            .transpose()
    };
    let as_of = date("as-of")?.ok_or("no `// as-of:` directive")?;
    let mut inputs = ViewInputs::new(as_of);
    inputs.to_be = date("to-be")?;
    inputs.min_level = directive(text, "min-level")
        .unwrap_or("")
        .split_whitespace()
        .map(|pair| {
            let (id, level) = pair
                .split_once('=')
                .ok_or(format!("bad min-level {pair}"))?;
            Ok((
                id.to_owned(),
                level.parse::<u8>().map_err(|e| e.to_string())?,
            ))
        })
        .collect::<Result<BTreeMap<_, _>, String>>()?;
    let views = directive(text, "views")
        .ok_or("no `// views:` directive")?
        .split_whitespace()
        .map(|name| ViewSpec::parse(name).map_err(|d| d.message.render(Lang::En)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Fixture {
        model: loaded.model,
        views,
        inputs,
    })
}

/// Every format of one view, one after the other.
fn check(graph: &ViewGraph) -> String {
    let mut out = String::new();
    for format in Format::ALL {
        out.push_str(&format!("===== {} =====\n", format.as_str()));
        out.push_str(&render(graph, format, &RenderOptions::default()));
    }
    out
}

#[test]
fn every_view_in_every_format() {
    insta::glob!("fixtures/views/*.kdl", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("fixture");
        let fixture = load(&text).unwrap();
        for view in &fixture.views {
            let graph = build_view(&fixture.model, view, &fixture.inputs, Lang::Vi).unwrap();
            let svg = render(&graph, Format::Svg, &RenderOptions::default());
            roxmltree::Document::parse(&svg).unwrap();
            insta::assert_snapshot!(format!("{stem}-{}", view.file_stem()), check(&graph));
        }
        let english = build_view(
            &fixture.model,
            &ViewSpec::Landscape,
            &fixture.inputs,
            Lang::En,
        )
        .unwrap();
        insta::assert_snapshot!(format!("{stem}-landscape-en"), check(&english));
    });
}

fn province() -> Fixture {
    load(include_str!("fixtures/views/province.kdl")).unwrap()
}

fn view(fixture: &Fixture, spec: &str) -> ViewGraph {
    build_view(
        &fixture.model,
        &ViewSpec::parse(spec).unwrap(),
        &fixture.inputs,
        Lang::Vi,
    )
    .unwrap()
}

fn node_ids(graph: &ViewGraph) -> Vec<&str> {
    graph.nodes().iter().map(|n| n.id.as_str()).collect()
}

fn edge_pairs(graph: &ViewGraph) -> Vec<(&str, &str, u32)> {
    graph
        .edges()
        .iter()
        .map(|e| (e.from.as_str(), e.to.as_str(), e.count))
        .collect()
}

#[test]
fn landscape_shows_own_systems_and_only_the_national_systems_they_touch() {
    let graph = view(&province(), "landscape");
    assert_eq!(
        node_ids(&graph),
        [
            "ndb-population",
            "qn-ho-tich",
            "qn-lgsp",
            "qn-motcua",
            "qn-qlvb",
            "qn-sao-luu",
            "vdxp"
        ]
    );
    assert!(
        edge_pairs(&graph).contains(&("qn-ho-tich", "qn-motcua", 2)),
        "two flows, one edge"
    );
    let cluster_of = |id: &str| graph.node(id).and_then(|n| n.cluster.clone());
    assert_eq!(cluster_of("qn-ho-tich").as_deref(), Some("so-tu-phap-qn"));
    let department = graph
        .clusters()
        .iter()
        .find(|c| c.id == "so-tu-phap-qn")
        .unwrap();
    assert_eq!(department.parent.as_deref(), Some("ubnd-quang-ninh"));
    assert_eq!(cluster_of("ndb-population").as_deref(), Some("bca"));
    let backup = graph.edges().iter().find(|e| e.to == "qn-sao-luu").unwrap();
    assert!(backup.line.cross_border);
    let mixed = graph
        .edges()
        .iter()
        .find(|e| e.from == "qn-ho-tich")
        .unwrap();
    assert_eq!(mixed.line.encryption, Encryption::Unencrypted);
}

#[test]
fn integration_draws_flows_along_their_intermediaries() {
    let graph = view(&province(), "integration");
    let pairs = edge_pairs(&graph);
    for leg in [
        ("ndb-population", "qn-lgsp", 1),
        ("qn-lgsp", "ndxp", 1),
        ("ndxp", "qn-motcua", 1),
    ] {
        assert!(pairs.contains(&leg), "{leg:?} missing from {pairs:?}");
    }
    assert!(
        !pairs
            .iter()
            .any(|(from, to, _)| *from == "ndb-population" && *to == "qn-motcua")
    );
}

#[test]
fn dataflow_nests_zones_and_highlights_zone_crossing_flows() {
    let graph = view(&province(), "dataflow");
    let dmz = graph.clusters().iter().find(|c| c.id == "qn-dmz").unwrap();
    assert_eq!(dmz.parent.as_deref(), Some("qn-dc"));
    assert_eq!(
        graph.node("qn-motcua").and_then(|n| n.cluster.as_deref()),
        Some("qn-dmz")
    );
    let crossing = graph
        .edges()
        .iter()
        .find(|e| e.from == "qn-ho-tich")
        .unwrap();
    assert!(crossing.line.highlighted);
    assert!(
        crossing
            .label
            .as_deref()
            .unwrap_or("")
            .contains("full-name")
    );
    let population = graph
        .edges()
        .iter()
        .find(|e| e.from == "ndb-population")
        .unwrap();
    assert!(
        population.label.as_deref().unwrap_or("").contains("dân cư"),
        "{:?}",
        population.label
    );
}

#[test]
fn security_marks_systems_below_their_minimum_level() {
    let graph = view(&province(), "security");
    let marker = |id: &str| graph.node(id).and_then(|n| n.marker);
    assert_eq!(
        marker("qn-motcua"),
        Some(Marker::BelowMinimumLevel {
            declared: Some(3),
            minimum: 4
        })
    );
    assert_eq!(
        marker("qn-ho-tich"),
        Some(Marker::BelowMinimumLevel {
            declared: None,
            minimum: 2
        })
    );
    assert_eq!(marker("qn-lgsp"), None, "declared 3, minimum 3");
    assert_eq!(
        graph.node("qn-motcua").map(|n| n.tone),
        Some(Tone::SecurityLevel(3))
    );
    assert_eq!(
        graph.node("qn-ho-tich").map(|n| n.tone),
        Some(Tone::LevelUndeclared)
    );
    assert!(
        graph.node("ndb-population").is_none(),
        "only the workspace's systems"
    );
}

#[test]
fn gap_colours_added_removed_and_changed_systems() {
    let graph = view(&province(), "gap");
    let tone = |id: &str| graph.node(id).map(|n| n.tone);
    assert_eq!(tone("qn-motcua-v2"), Some(Tone::Added));
    assert_eq!(tone("qn-qlvb"), Some(Tone::Removed));
    assert_eq!(tone("qn-lgsp"), Some(Tone::Changed));
    assert_eq!(tone("qn-motcua"), Some(Tone::Unchanged));
    assert!(
        graph.title().contains("2026-11-23") && graph.title().contains("2027-06-30"),
        "{}",
        graph.title()
    );
    let planned = graph
        .edges()
        .iter()
        .find(|e| e.to == "qn-motcua-v2")
        .unwrap();
    assert_eq!(planned.tone, Tone::Added);
}

#[test]
fn context_shows_the_system_and_its_direct_neighbours() {
    let graph = view(&province(), "context:qn-lgsp");
    assert_eq!(node_ids(&graph), ["ndb-population", "ndxp", "qn-lgsp"]);
    let graph = view(&province(), "context:qn-motcua");
    assert!(node_ids(&graph).contains(&"ndb-population"));
    assert!(
        !node_ids(&graph).contains(&"qn-lgsp"),
        "an end's flow is drawn end to end"
    );
    assert!(!node_ids(&graph).contains(&"vdxp"));
}

#[test]
fn agency_view_includes_datasets_and_their_storage() {
    let graph = view(&province(), "agency:so-tu-phap-qn");
    assert!(node_ids(&graph).contains(&"qn-ho-tich"));
    assert!(
        node_ids(&graph).contains(&"qn-motcua"),
        "the other end of its flows"
    );
    assert!(!node_ids(&graph).contains(&"qn-qlvb"));
    let whole = view(&province(), "agency:ubnd-quang-ninh");
    assert!(
        whole
            .edges()
            .iter()
            .any(|e| e.line.storage && e.from == "qn-ho-so" && e.to == "qn-motcua")
    );
}

#[test]
fn unknown_ids_are_argument_errors_with_a_suggestion() {
    let fixture = province();
    let error = build_view(
        &fixture.model,
        &ViewSpec::Context("qn-motcau".into()),
        &fixture.inputs,
        Lang::En,
    )
    .unwrap_err();
    assert_eq!(error.code.as_str(), "invalid-argument");
    assert_eq!(
        error.message.render(Lang::En),
        "there is no system `qn-motcau`"
    );
    assert_eq!(
        error.help.map(|h| h.render(Lang::En)),
        Some("did you mean `qn-motcua`?".to_owned())
    );
    let error = build_view(
        &fixture.model,
        &ViewSpec::Agency("ubnd".into()),
        &fixture.inputs,
        Lang::Vi,
    )
    .unwrap_err();
    assert_eq!(error.message.id, "diagram-unknown-agency");
}

#[test]
fn view_all_lists_the_fixed_views_and_each_top_agency() {
    let fixture = province();
    let names: Vec<String> = ViewSpec::all(&fixture.model, fixture.inputs.as_of)
        .iter()
        .map(ViewSpec::file_stem)
        .collect();
    assert_eq!(
        names,
        [
            "landscape",
            "integration",
            "dataflow",
            "security",
            "gap",
            "agency-ubnd-quang-ninh"
        ]
    );
}

#[test]
fn labels_follow_the_language() {
    let fixture = province();
    let english = build_view(
        &fixture.model,
        &ViewSpec::Landscape,
        &fixture.inputs,
        Lang::En,
    )
    .unwrap();
    assert_eq!(
        english.node("qn-ho-tich").map(|n| n.label.as_str()),
        Some("Civil status software")
    );
    assert_eq!(english.legend_title(), "Legend");
    assert!(
        english
            .title()
            .starts_with("Architecture landscape — Quang Ninh Provincial People's Committee")
    );
    let vietnamese = build_view(
        &fixture.model,
        &ViewSpec::Landscape,
        &fixture.inputs,
        Lang::Vi,
    )
    .unwrap();
    assert_eq!(
        vietnamese.node("qn-ho-tich").map(|n| n.label.as_str()),
        Some("Phần mềm hộ tịch")
    );
    assert_eq!(vietnamese.legend_title(), "Chú giải");
}

#[test]
fn every_view_of_the_fixture_is_accepted_by_graphviz() {
    let fixture = province();
    if std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_err()
    {
        println!("graphviz `dot` is not installed: skipping the Graphviz check (CI installs it)");
        return;
    }
    for spec in &fixture.views {
        let graph = build_view(&fixture.model, spec, &fixture.inputs, Lang::Vi).unwrap();
        let dot = render(&graph, Format::Dot, &RenderOptions::default());
        let mut child = std::process::Command::new("dot")
            .arg("-Tsvg")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(dot.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{spec}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
