//! The generator at small sizes: what it writes loads through the real loader with no
//! diagnostic, the same seed gives the same bytes, and the seeded violations are placed.

use std::path::Path;

use khung_model::{LoadInput, LoadOptions, load_workspace};

use khung_cli::fs::RealFs;

use super::{Generated, MARKER, Spec, generate, write};

fn tiny(violations: usize, seed: u64) -> Spec {
    Spec {
        provinces: 2,
        ministries: 1,
        systems: 40,
        flows: 120,
        datasets: 16,
        services: 24,
        violations,
        seed,
    }
}

/// Every file under `folder`, relative path → bytes.
fn read_tree(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path
                    .strip_prefix(folder)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((relative, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn load(folder: &Path) -> khung_model::Loaded {
    load_workspace(
        &RealFs,
        &LoadInput::Workspace(folder.to_path_buf()),
        &LoadOptions::default(),
    )
}

#[test]
fn a_tiny_model_loads_with_no_diagnostic() {
    let generated = generate(&tiny(0, 1)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("model");
    write(&out, &generated).unwrap();
    let loaded = load(&out);
    let diagnostics: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| format!("{:?} {:?} {:?}", d.code, d.primary_span(), d.message))
        .collect();
    assert_eq!(diagnostics, Vec::<String>::new());
    let model = &loaded.model;
    let workspace = |ids: Vec<&String>| ids.into_iter().filter(|id| model.is_workspace(id)).count();
    assert_eq!(workspace(model.systems.keys().collect()), 40);
    assert_eq!(workspace(model.flows.keys().collect()), 120);
    assert_eq!(workspace(model.datasets.keys().collect()), 16);
    assert_eq!(workspace(model.services.keys().collect()), 24);
    // Three agencies, each with its LGSP connected to NDXP.
    for lgsp in ["ha-noi-lgsp", "hue-lgsp", "vpcp-lgsp"] {
        assert!(
            loaded.graph.flows_from(lgsp).iter().any(|f| model.flows[f]
                .to
                .as_ref()
                .is_some_and(|t| t.value == "ndxp")),
            "{lgsp} is not connected to NDXP"
        );
    }
}

#[test]
fn the_same_seed_writes_the_same_bytes_and_another_seed_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    let second = dir.path().join("second");
    write(&first, &generate(&tiny(3, 7)).unwrap()).unwrap();
    write(&second, &generate(&tiny(3, 7)).unwrap()).unwrap();
    let first_tree = read_tree(&first);
    assert!(first_tree.len() > 20);
    assert_eq!(first_tree, read_tree(&second));
    let other: Generated = generate(&tiny(3, 8)).unwrap();
    let same_paths: Vec<&String> = other.files.keys().collect();
    assert_eq!(
        same_paths,
        first_tree.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        "the layout depends on the sizes only"
    );
    assert_ne!(
        other
            .files
            .values()
            .map(String::as_bytes)
            .collect::<Vec<_>>(),
        first_tree
            .iter()
            .map(|(_, b)| b.as_slice())
            .collect::<Vec<_>>()
    );
}

#[test]
fn seeded_violations_are_placed_and_still_load_cleanly() {
    let generated = generate(&tiny(4, 1)).unwrap();
    let rules: Vec<&str> = generated.seeded.iter().map(|(rule, _)| *rule).collect();
    assert_eq!(rules, ["INT-001", "INT-001", "SEC-LVL-001", "SEC-LVL-001"]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("model");
    write(&out, &generated).unwrap();
    let loaded = load(&out);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    for (rule, id) in &generated.seeded {
        match *rule {
            "SEC-LVL-001" => assert!(loaded.model.systems[id].security_level.is_none()),
            _ => assert!(loaded.model.flows[id].via.is_empty()),
        }
    }
    let marker = &generated.files[MARKER];
    assert!(marker.contains("seeded violations (4):"), "{marker}");
}

#[test]
fn only_a_generated_folder_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("foreign");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("keep.txt"), "mine").unwrap();
    let generated = generate(&tiny(0, 1)).unwrap();
    assert!(write(&foreign, &generated).is_err());
    assert_eq!(
        std::fs::read_to_string(foreign.join("keep.txt")).unwrap(),
        "mine"
    );
    // A generated folder is cleared first, so files of a larger earlier model do not linger.
    let out = dir.path().join("model");
    write(&out, &generated).unwrap();
    std::fs::write(out.join("stale.kdl"), "agency \"x\"").unwrap();
    write(&out, &generated).unwrap();
    assert!(!out.join("stale.kdl").exists());
}

#[test]
fn too_few_systems_is_an_error_not_a_panic() {
    let mut spec = tiny(0, 1);
    spec.systems = 5;
    assert!(generate(&spec).is_err());
    spec.provinces = 0;
    spec.ministries = 0;
    assert!(generate(&spec).is_err());
}

#[test]
fn the_only_findings_of_vn_2026_are_the_seeded_violations() {
    use khung_rules::engine::{CheckOptions, check};
    use khung_rules::pack::RuleSet;
    use khung_rules::pack::load::LoadRules;

    let generated = generate(&tiny(6, 2)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("model");
    write(&out, &generated).unwrap();
    let mut loaded = load(&out);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let request = LoadRules {
        profile: "vn-2026".to_owned(),
        profile_span: None,
        extra_files: Vec::new(),
    };
    let (rules, rule_diagnostics) = RuleSet::load(&request, &mut loaded.sources);
    assert!(rule_diagnostics.is_empty(), "{rule_diagnostics:?}");
    let as_of = loaded.manifest.as_of.as_ref().unwrap().value;
    let outcome = check(&loaded.model, &rules, &CheckOptions::new(as_of));
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    let mut found: Vec<(String, String)> = outcome
        .findings
        .iter()
        .map(|f| (f.rule.clone(), f.element.clone()))
        .collect();
    found.sort();
    let expected: Vec<(String, String)> = generated
        .seeded
        .iter()
        .map(|(rule, id)| ((*rule).to_owned(), id.clone()))
        .collect();
    assert_eq!(expected.len(), 6);
    assert_eq!(found, expected);
}
