//! End to end: `khung report`, `khung diff` and the CI formats of `khung check`.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::path::Path;

use assert_cmd::Command;

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
        .to_string_lossy()
        .into_owned()
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

#[test]
fn report_formats_of_every_example() {
    for name in ["getting-started", "quang-ninh", "bo-y-te"] {
        let dir = tempfile::tempdir().unwrap();
        let html = dir.path().join("report.html");
        let (code, text) = khung(&[
            "report",
            &example(name),
            "--output",
            &html.to_string_lossy(),
        ]);
        assert_eq!(code, 0, "{name}: {text}");
        let page = std::fs::read_to_string(&html).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>") || page.starts_with("<!doctype html>"));
        assert!(page.contains("<svg"), "{name}: diagrams are inline");
        assert!(!page.contains("src=\"http"), "{name}: nothing is fetched");
        let (code, markdown) = khung(&[
            "report",
            &example(name),
            "--format",
            "markdown",
            "--lang",
            "en",
        ]);
        assert_eq!(code, 0);
        insta::assert_snapshot!(format!("report-{name}.en.md"), markdown);
        let (code, json) = khung(&["report", &example(name), "--format", "json"]);
        assert_eq!(code, 0);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(
            value["kpis"].is_array() || value["kpis"].is_object(),
            "{name}: KPIs present"
        );
    }
}

#[test]
fn check_ci_formats() {
    let path = example("quang-ninh");
    let (code, sarif) = khung(&["check", &path, "--format", "sarif"]);
    assert_eq!(code, 1);
    let value: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(value["version"], "2.1.0");
    let (code, junit) = khung(&["check", &path, "--format", "junit"]);
    assert_eq!(code, 1);
    roxmltree::Document::parse(&junit).unwrap();
    let (_, markdown) = khung(&["check", &path, "--format", "markdown", "--lang", "en"]);
    insta::assert_snapshot!("check-quang-ninh.en.md", markdown);
}

#[test]
fn diff_of_a_hand_made_change() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old");
    let new = dir.path().join("new");
    for side in [&old, &new] {
        std::fs::create_dir_all(side).unwrap();
        for file in ["khung.kdl", "model.kdl"] {
            std::fs::copy(
                Path::new(&example("getting-started")).join(file),
                side.join(file),
            )
            .unwrap();
        }
    }
    // The fix the getting-started README describes for INT-001: route the flow through NDXP.
    let model = std::fs::read_to_string(new.join("model.kdl")).unwrap();
    let fixed = model.replacen("via \"nb-lgsp\"\n", "via \"nb-lgsp\" \"ndxp\"\n", 1);
    assert_ne!(model, fixed, "the example's flow changed; update this test");
    std::fs::write(new.join("model.kdl"), fixed).unwrap();
    let (code, text) = khung(&[
        "diff",
        &old.to_string_lossy(),
        &new.to_string_lossy(),
        "--format",
        "markdown",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("INT-001"),
        "the fixed finding is listed:\n{text}"
    );
    insta::assert_snapshot!("diff-getting-started-fix.en.md", text);
}
