//! Hostile input through the binary: never a panic (exit 3), always a clean diagnostic.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::path::Path;

use assert_cmd::Command;

fn check(dir: &Path) -> (i32, String) {
    let output = Command::cargo_bin("khung")
        .unwrap()
        .args([
            "check",
            &dir.to_string_lossy(),
            "--format",
            "json",
            "--as-of",
            "2026-11-23",
        ])
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn workspace(files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

fn codes(json: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn binary_file_is_not_utf8() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let dir = workspace(&[("blob.kdl", bytes)]);
    let (code, json) = check(dir.path());
    assert_eq!(code, 2);
    assert_eq!(codes(&json), ["not-utf8"]);
}

#[test]
fn empty_file_loads() {
    let dir = workspace(&[("empty.kdl", Vec::new())]);
    let (code, json) = check(dir.path());
    assert_eq!(code, 0, "{json}");
    assert!(codes(&json).is_empty());
}

#[test]
fn nesting_100000_deep_is_too_deep_not_a_crash() {
    let mut text = String::from("agency \"a\" ");
    text.push_str(&"x { ".repeat(100_000));
    text.push_str(&"} ".repeat(100_000));
    let dir = workspace(&[("deep.kdl", text.into_bytes())]);
    let (code, json) = check(dir.path());
    assert_eq!(code, 2);
    assert!(codes(&json).contains(&"too-deep".to_owned()), "{json}");
}

#[test]
fn ten_megabyte_file_loads() {
    // One agency with a 10 MB description: large but valid.
    let mut text = String::from(
        "agency \"ubnd-thu\" { name \"Ủy ban\"; tier \"province\"; parent \"chinh-phu\"; description \"",
    );
    text.push_str(&"dữ liệu ".repeat(1_000_000));
    text.push_str("\"; }\n");
    let dir = workspace(&[("big.kdl", text.into_bytes())]);
    let (code, json) = check(dir.path());
    assert_ne!(code, 3);
    assert!(codes(&json).is_empty(), "{json}");
}

#[test]
fn a_directory_named_kdl_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("folder.kdl")).unwrap();
    let (code, json) = check(dir.path());
    assert_eq!(code, 2);
    assert_eq!(codes(&json), ["io-error"]);
}

#[test]
fn a_bad_as_of_is_an_invalid_argument() {
    let dir = workspace(&[("empty.kdl", Vec::new())]);
    let output = Command::cargo_bin("khung")
        .unwrap()
        .args([
            "check",
            &dir.path().to_string_lossy(),
            "--as-of",
            "2026-13-45",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        codes(&String::from_utf8_lossy(&output.stdout)),
        ["invalid-argument"]
    );
}
