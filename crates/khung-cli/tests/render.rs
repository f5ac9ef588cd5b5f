//! End to end: `khung render` over the bundled examples. Every view of every example in every
//! format is snapshotted; every view is drawn deterministically, and every SVG parses as XML.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const FORMATS: [&str; 4] = ["svg", "dot", "mermaid", "plantuml"];

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn render_all(example: &str, format: &str, out: &Path) {
    let output = Command::cargo_bin("khung")
        .unwrap()
        .args([
            "render", example, "--view", "all", "--format", format, "--output",
        ])
        .arg(out)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn every_view_of_every_example_in_every_format() {
    for example_name in ["getting-started", "quang-ninh", "bo-y-te"] {
        for format in FORMATS {
            let dir = tempfile::tempdir().unwrap();
            render_all(&example(example_name), format, dir.path());
            for file in files(dir.path()) {
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                insta::assert_snapshot!(
                    format!("{example_name}.{name}"),
                    std::fs::read_to_string(&file).unwrap()
                );
            }
        }
    }
}

#[test]
fn every_view_of_every_example_is_deterministic_and_well_formed() {
    for name in ["getting-started", "quang-ninh", "bo-y-te"] {
        for format in FORMATS {
            let first = tempfile::tempdir().unwrap();
            let second = tempfile::tempdir().unwrap();
            render_all(&example(name), format, first.path());
            render_all(&example(name), format, second.path());
            let views = files(first.path());
            assert!(views.len() >= 6, "{name}: {views:?}");
            for file in views {
                let text = std::fs::read_to_string(&file).unwrap();
                let again =
                    std::fs::read_to_string(second.path().join(file.file_name().unwrap())).unwrap();
                assert_eq!(text, again, "{name} {}: not deterministic", file.display());
                if format == "svg" {
                    roxmltree::Document::parse(&text)
                        .unwrap_or_else(|e| panic!("{name} {}: {e}", file.display()));
                }
            }
        }
    }
}

#[test]
fn a_context_view_names_a_system() {
    let output = Command::cargo_bin("khung")
        .unwrap()
        .args([
            "render",
            &example("quang-ninh"),
            "--view",
            "context:qn-motcua",
            "--format",
            "mermaid",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("---") || text.contains("flowchart"),
        "{text}"
    );
    let output = Command::cargo_bin("khung")
        .unwrap()
        .args([
            "render",
            &example("quang-ninh"),
            "--view",
            "context:qn-motcuaa",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("qn-motcua"));
}
