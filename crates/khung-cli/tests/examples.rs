//! End to end over the bundled examples: `khung check` in every output format and both
//! languages (snapshotted), the exit code, and the findings each example's README lists.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("khung.kdl").is_file())
        .collect();
    found.sort();
    found
}

fn khung(args: &[&str]) -> (i32, String) {
    let output = Command::cargo_bin("khung")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    let mut text = String::from_utf8(output.stdout).unwrap();
    text.push_str(&String::from_utf8(output.stderr).unwrap());
    (output.status.code().unwrap_or(-1), text)
}

/// The fingerprints in the first column of the `## Findings` table of a README.
fn readme_fingerprints(readme: &str) -> BTreeSet<String> {
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("Findings"))
        .unwrap_or("");
    section
        .lines()
        .filter_map(|line| {
            let cell = line.strip_prefix('|')?.split('|').next()?.trim();
            let inner = cell.strip_prefix('`')?.strip_suffix('`')?;
            inner.contains('@').then(|| inner.to_owned())
        })
        .collect()
}

#[test]
fn every_example_checks_as_its_readme_says() {
    let examples = examples();
    assert!(examples.len() >= 3, "expected the bundled examples");
    for example in examples {
        let name = example.file_name().unwrap().to_string_lossy().into_owned();
        let path = example.to_string_lossy().into_owned();

        let (code, json_text) = khung(&["check", &path, "--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&json_text).unwrap();
        assert_eq!(
            json["diagnostics"].as_array().map(Vec::len),
            Some(0),
            "{name} must load without diagnostics:\n{json_text}"
        );
        let active_errors = json["summary"]["error"].as_u64().unwrap();
        assert_eq!(code, i32::from(active_errors > 0), "{name}: exit code");

        let reported: BTreeSet<String> = json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["fingerprint"].as_str().unwrap().to_owned())
            .collect();
        let readme = std::fs::read_to_string(example.join("README.md")).unwrap();
        let listed = readme_fingerprints(&readme);
        let missing: Vec<_> = reported.difference(&listed).collect();
        let stale: Vec<_> = listed.difference(&reported).collect();
        assert!(
            missing.is_empty() && stale.is_empty(),
            "{name}: README findings differ from `khung check`\n  reported but not listed: {missing:?}\n  listed but not reported: {stale:?}"
        );

        let (never_code, _) = khung(&["check", &path, "--fail-on", "never", "--quiet"]);
        assert_eq!(never_code, 0, "{name}: --fail-on never");

        insta::assert_snapshot!(format!("{name}.json"), json_text);
        let (_, human_vi) = khung(&["check", &path, "--color", "never"]);
        insta::assert_snapshot!(format!("{name}.human.vi"), human_vi);
        let (_, human_en) = khung(&["check", &path, "--color", "never", "--lang", "en"]);
        insta::assert_snapshot!(format!("{name}.human.en"), human_en);
    }
}

#[test]
fn quang_ninh_after_the_roadmap_shows_the_to_be_state() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/quang-ninh");
    let path = path.to_string_lossy().into_owned();
    let (_, as_is) = khung(&["check", &path, "--format", "json"]);
    let (_, to_be) = khung(&["check", &path, "--format", "json", "--as-of", "2028-12-31"]);
    let fingerprints = |text: &str| -> BTreeSet<String> {
        let json: serde_json::Value = serde_json::from_str(text).unwrap();
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["fingerprint"].as_str().unwrap().to_owned())
            .collect()
    };
    let resolved: Vec<_> = fingerprints(&as_is)
        .difference(&fingerprints(&to_be))
        .cloned()
        .collect();
    assert!(!resolved.is_empty(), "the roadmap resolves no finding");
    insta::assert_snapshot!("quang-ninh.to-be.json", to_be);
}

#[test]
fn rules_list_counts_match_the_catalogue() {
    let (code, vn2019) = khung(&["rules", "list", "--profile", "vn-2019", "--format", "json"]);
    assert_eq!(code, 0);
    let (_, vn2026) = khung(&["rules", "list", "--profile", "vn-2026", "--format", "json"]);
    let count = |text: &str| {
        let json: serde_json::Value = serde_json::from_str(text).unwrap();
        json["rules"].as_array().unwrap().len()
    };
    assert_eq!(count(&vn2019), 60);
    assert_eq!(count(&vn2026), 72);
}

#[test]
fn rules_show_prints_both_languages_basis_and_examples() {
    let (code, text) = khung(&["rules", "show", "SEC-LVL-002", "--lang", "en"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("rules-show-sec-lvl-002.en", text);
    let (code, text) = khung(&["rules", "show", "SEC-LVL-02"]);
    assert_eq!(code, 2);
    assert!(text.contains("SEC-LVL-002"), "{text}");
}
