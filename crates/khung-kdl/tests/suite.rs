//! The official KDL 2.0 test suite (`tests/kdl-spec/`, CC BY-SA 4.0, see its SOURCE): every
//! `_fail` input must produce a `kdl-syntax` diagnostic with a span inside the file; every other
//! input must parse without diagnostics and print, canonically, exactly its expected output.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::path::{Path, PathBuf};

use khung_diag::{Code, FileId, Lang};
use khung_kdl::{ParseOptions, parse};

fn suite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kdl-spec")
}

fn inputs() -> Vec<(String, String)> {
    let mut cases: Vec<(String, String)> = std::fs::read_dir(suite_dir().join("input"))
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_suite_case_passes() {
    let cases = inputs();
    assert_eq!(cases.len(), 336, "the suite has 336 cases");
    let mut failures = Vec::new();
    for (name, text) in &cases {
        let (document, diagnostics) = parse(FileId(0), text, &ParseOptions::default());
        let rendered: Vec<String> = diagnostics
            .iter()
            .map(|diagnostic| {
                let span = diagnostic.primary_span().unwrap();
                format!(
                    "{}..{} {}",
                    span.start,
                    span.end,
                    diagnostic.message.render(Lang::En)
                )
            })
            .collect();
        if name.ends_with("_fail.kdl") {
            let spans_ok = diagnostics.iter().all(|diagnostic| {
                diagnostic
                    .primary_span()
                    .is_some_and(|span| span.end as usize <= text.len())
            });
            let has_syntax = diagnostics
                .iter()
                .any(|diagnostic| diagnostic.code == Code::KdlSyntax);
            if !has_syntax || !spans_ok {
                failures.push(format!("{name}: accepted (or bad spans): {rendered:?}"));
            }
            continue;
        }
        let expected =
            std::fs::read_to_string(suite_dir().join("expected_kdl").join(name)).unwrap();
        if !diagnostics.is_empty() {
            failures.push(format!("{name}: rejected: {rendered:?}"));
            continue;
        }
        let printed = document.to_canonical_kdl();
        if printed != expected {
            failures.push(format!(
                "{name}: printed {printed:?}, expected {expected:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} suite cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
