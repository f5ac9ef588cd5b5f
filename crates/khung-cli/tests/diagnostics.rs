//! End to end: every load-diagnostic fixture of `khung-model` run through the `khung` binary,
//! snapshotting the rendered miette report and the JSON document, and checking the exit code.
//!
//! The fixtures are materialised on the real file system with the conventions of
//! `crates/khung-model/tests/fixtures.rs` (`.gitmarker` → `.git/`, `symlinks.txt`,
//! `sparse.txt`); a file listed in `unreadable.txt` becomes a directory of that name (as root,
//! permissions cannot make a file unreadable, and a directory named `*.kdl` is also an
//! `io-error`). Rules are limited to `EGAF-ARCH-001`, which applies to `architecture` elements
//! only (no fixture has one), so the snapshots show load diagnostics alone.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../khung-model/tests/fixtures")
}

fn materialise(from: &Path, to: &Path, fx: &Path) {
    std::fs::create_dir_all(to).unwrap();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(from)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let conventions = ["symlinks.txt", "unreadable.txt", "sparse.txt", ".gitmarker"];
    // Plain files and folders first, so the conventions below can point into any of them.
    for path in &entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            materialise(path, &to.join(&name), fx);
        } else if !conventions.contains(&name.as_str()) {
            std::fs::copy(path, to.join(&name)).unwrap();
        }
    }
    for path in &entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let lines = || text.lines().map(str::trim).filter(|l| !l.is_empty());
        match name.as_str() {
            ".gitmarker" => std::fs::create_dir_all(to.join(".git")).unwrap(),
            "symlinks.txt" => {
                for line in lines() {
                    let (link, link_target) = line.split_once(" -> ").unwrap();
                    // Fixture targets are absolute inside the in-memory mount `/fx`.
                    let link_target = match link_target.trim().strip_prefix("/fx") {
                        Some(rest) => format!("{}{rest}", fx.display()),
                        None => link_target.trim().to_owned(),
                    };
                    std::os::unix::fs::symlink(link_target, to.join(link.trim())).unwrap();
                }
            }
            "unreadable.txt" => {
                for line in lines() {
                    let victim = to.join(line);
                    let _ = std::fs::remove_file(&victim);
                    std::fs::create_dir_all(victim).unwrap();
                }
            }
            "sparse.txt" => {
                for line in lines() {
                    let (file, size) = line.split_once(' ').unwrap();
                    let handle = std::fs::File::create(to.join(file)).unwrap();
                    handle.set_len(size.trim().parse().unwrap()).unwrap();
                }
            }
            _ => {}
        }
    }
}

struct Run {
    code: i32,
    stdout: String,
}

fn khung(args: &[&str], temp: &Path) -> Run {
    let output = Command::cargo_bin("khung")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    let clean =
        |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&temp.display().to_string(), "[TMP]");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: clean(&output.stdout) + &clean(&output.stderr),
    }
}

#[test]
fn every_load_diagnostic_fixture_through_the_cli() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let temp = tempfile::tempdir().unwrap();
        let fx = temp.path().join("fx");
        materialise(&fixtures_dir().join(&name), &fx, &fx);
        let root = if fx.join("workspace").is_dir() {
            fx.join("workspace")
        } else {
            fx.clone()
        };
        let root = root.to_string_lossy().into_owned();
        let base = [
            "check",
            &root,
            "--lang",
            "en",
            "--rule",
            "EGAF-ARCH-001",
            "--as-of",
            "2026-11-23",
        ];
        let human = khung(&[&base[..], &["--color", "never"]].concat(), temp.path());
        let json = khung(&[&base[..], &["--format", "json"]].concat(), temp.path());
        let is_error_code = khung_diag::Code::from_name(&name)
            .is_some_and(|code| code.info().severity == khung_diag::Severity::Error);
        if is_error_code {
            assert_eq!(human.code, 2, "{name}: exit code\n{}", human.stdout);
            assert!(
                json.stdout.contains(&format!("\"code\": \"{name}\"")),
                "{name}: JSON lacks the code\n{}",
                json.stdout
            );
        }
        assert_eq!(
            human.code, json.code,
            "{name}: formats disagree on the exit code"
        );
        insta::assert_snapshot!(
            format!("{name}.human"),
            format!("exit code {}\n{}", human.code, human.stdout)
        );
        insta::assert_snapshot!(format!("{name}.json"), json.stdout);
    }
}
