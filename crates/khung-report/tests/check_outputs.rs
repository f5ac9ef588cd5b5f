//! The check outputs over the report fixtures: SARIF validated against the official SARIF
//! 2.1.0 schema (vendored in `tests/data/`, no network) and checked for what the design asks;
//! JUnit parsed as XML and counted; the Markdown PR comment snapshotted and its cap enforced.
#![expect(clippy::unwrap_used, reason = "test code")]

mod common;

use std::collections::BTreeSet;

use common::checked;
use khung_diag::Lang;
use khung_report::{PR_COMMENT_MAX_CHARS, Templates, check_markdown, junit, sarif};
use khung_rules::engine::finding::Suppression;

const FIXTURE: &str = "tests/fixtures/report/province.kdl";

fn sarif_validator() -> jsonschema::Validator {
    let mut schema: serde_json::Value =
        serde_json::from_str(include_str!("data/sarif-schema-2.1.0.json")).unwrap();
    // This copy of the schema has a typo in the `language` patterns (a stray `]`, fixed in
    // the OASIS errata as below) that the meta-schema's `format: regex` rejects. Replace that
    // pattern, and only it, so every other keyword (formats included) is checked as published.
    let replaced = replace_patterns(
        &mut schema,
        "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
        "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
    );
    assert_eq!(replaced, 2, "the vendored schema changed");
    // This copy keeps the document schema under `definitions/Root` with nothing at the top
    // level, which would accept anything: validate against `Root`.
    assert!(schema["definitions"]["Root"].is_object());
    schema["$ref"] = serde_json::json!("#/definitions/Root");
    jsonschema::validator_for(&schema).unwrap()
}

fn replace_patterns(value: &mut serde_json::Value, broken: &str, fixed: &str) -> usize {
    match value {
        serde_json::Value::Object(map) => {
            let mut count = 0;
            for (key, inner) in map.iter_mut() {
                if key == "pattern" && inner == broken {
                    *inner = serde_json::json!(fixed);
                    count += 1;
                } else {
                    count += replace_patterns(inner, broken, fixed);
                }
            }
            count
        }
        serde_json::Value::Array(items) => items
            .iter_mut()
            .map(|item| replace_patterns(item, broken, fixed))
            .sum(),
        _ => 0,
    }
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let validator = sarif_validator();
    insta::glob!("fixtures/report/*.kdl", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        for lang in Lang::ALL {
            let checked = checked(&text, lang).unwrap();
            let document: serde_json::Value = serde_json::from_str(&sarif(&checked.run())).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&document)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        }
    });
}

#[test]
fn the_schema_check_rejects_a_broken_document() {
    // The validation above must be able to fail: a result without its message is invalid.
    let validator = sarif_validator();
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let checked = checked(&text, Lang::En).unwrap();
    let mut document: serde_json::Value = serde_json::from_str(&sarif(&checked.run())).unwrap();
    document["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!validator.is_valid(&document));
}

#[test]
fn sarif_has_every_rule_results_locations_fingerprints_and_suppressions() {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let checked = checked(&text, Lang::En).unwrap();
    let run = checked.run();
    let document: serde_json::Value = serde_json::from_str(&sarif(&run)).unwrap();
    let sarif_run = &document["runs"][0];
    assert_eq!(document["version"], "2.1.0");
    assert_eq!(sarif_run["columnKind"], "unicodeCodePoints");

    let descriptors = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    let described: BTreeSet<&str> = descriptors
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    for rule in checked.rules.rules() {
        assert!(
            described.contains(rule.id.as_str()),
            "{} not described",
            rule.id
        );
    }
    let first = descriptors.iter().find(|d| d["id"] == "INT-001").unwrap();
    assert_eq!(first["helpUri"], "https://khung.dev/rules/INT-001.html");
    assert_eq!(first["defaultConfiguration"]["level"], "error");
    let tags: Vec<&str> = first["properties"]["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert_eq!(tags[0], "application");
    assert!(tags.iter().any(|t| t.contains("47/2020")), "{tags:?}");

    let results = sarif_run["results"].as_array().unwrap();
    assert_eq!(
        results.len(),
        checked.outcome.findings.len() + checked.diagnostics.len()
    );
    for (result, finding) in results.iter().zip(&checked.outcome.findings) {
        assert_eq!(result["ruleId"], finding.rule.as_str());
        assert_eq!(
            result["partialFingerprints"]["khungFingerprint/v1"],
            finding.fingerprint.as_str()
        );
        let location = &result["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "snippet.kdl");
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert!(location["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(location["region"]["startColumn"].as_u64().unwrap() >= 1);
        match &finding.suppression {
            None => assert!(result.get("suppressions").is_none()),
            Some(Suppression::Waived { .. }) => {
                assert_eq!(result["suppressions"][0]["kind"], "inSource");
            }
            Some(Suppression::Baseline) => {
                assert_eq!(result["suppressions"][0]["kind"], "external");
            }
        }
    }
    assert!(
        results.iter().any(|r| r.get("suppressions").is_some()),
        "the fixture has a waived finding"
    );
    // Diagnostics are results too, with a descriptor for their code.
    assert!(results.iter().any(|r| r["ruleId"] == "waiver-expired"));
    assert!(described.contains("waiver-expired"));
}

#[test]
fn sarif_is_deterministic() {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let first = checked(&text, Lang::Vi).unwrap();
    let second = checked(&text, Lang::Vi).unwrap();
    assert_eq!(sarif(&first.run()), sarif(&second.run()));
    assert_eq!(junit(&first.run()), junit(&second.run()));
}

#[test]
fn junit_has_a_suite_per_pack_a_case_per_rule_and_a_failure_per_active_finding() {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let checked = checked(&text, Lang::En).unwrap();
    let xml = junit(&checked.run());
    let document = roxmltree::Document::parse(&xml).unwrap();
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    let packs: BTreeSet<&str> = checked
        .rules
        .rules()
        .iter()
        .map(|r| r.pack.as_str())
        .collect();
    let suite_names: BTreeSet<&str> = suites
        .iter()
        .map(|s| s.attribute("name").unwrap())
        .collect();
    for pack in &packs {
        assert!(suite_names.contains(pack), "no suite for {pack}");
    }
    assert!(suite_names.contains("khung.diagnostics"));
    let cases = document
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    assert_eq!(cases, checked.rules.rules().len() + 1);
    let failures = document
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .count();
    let active = checked
        .outcome
        .findings
        .iter()
        .filter(|f| f.is_active())
        .count();
    assert_eq!(failures, active);
    assert_eq!(
        root.attribute("failures"),
        Some(active.to_string().as_str())
    );
    for suite in &suites {
        let counted = suite
            .children()
            .filter(|n| n.has_tag_name("testcase"))
            .count();
        assert_eq!(suite.attribute("tests"), Some(counted.to_string().as_str()));
    }
}

#[test]
fn pr_comment_snapshots() {
    insta::glob!("fixtures/report/*.kdl", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        for lang in Lang::ALL {
            let checked = checked(&text, lang).unwrap();
            let markdown = check_markdown(&checked.run(), &Templates::builtin()).unwrap();
            assert!(markdown.chars().count() <= PR_COMMENT_MAX_CHARS);
            insta::assert_snapshot!(format!("{stem}-check-markdown-{}", lang.as_str()), markdown);
        }
    });
}

#[test]
fn pr_comment_is_capped_with_a_note() {
    // 400 systems with long names, each with several error findings: far over the cap.
    let mut text = String::from(
        "// as-of: 2026-11-23\nagency \"a\" { name \"A\"; tier \"province\"; parent \"chinh-phu\" }\n",
    );
    let long_name = "Hệ thống rất dài ".repeat(20);
    for index in 0..400 {
        text.push_str(&format!(
            "system \"s{index}\" {{ name \"{long_name}{index}\"; owner \"a\"; kind \"one-stop\" }}\n"
        ));
    }
    let checked = checked(&text, Lang::En).unwrap();
    let markdown = check_markdown(&checked.run(), &Templates::builtin()).unwrap();
    let length = markdown.chars().count();
    assert!(length <= PR_COMMENT_MAX_CHARS, "{length}");
    assert!(
        length > PR_COMMENT_MAX_CHARS - 2_000,
        "the cap is used, not wasted: {length}"
    );
    assert!(
        markdown.contains("more rows are not shown"),
        "no truncation note"
    );
    // The truncated table still ends on a whole row, right before the note.
    let lines: Vec<&str> = markdown.lines().collect();
    let note = lines
        .iter()
        .position(|line| line.contains("more rows are not shown"))
        .unwrap();
    let last_row = lines[..note]
        .iter()
        .rev()
        .find(|line| !line.is_empty())
        .unwrap();
    assert!(
        last_row.starts_with("| ") && last_row.ends_with(" |"),
        "cut mid-row: {last_row:?}"
    );
}
