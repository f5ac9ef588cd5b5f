//! Load fixtures: every folder under `tests/fixtures/` is a tiny workspace, loaded through
//! [`MemoryVfs`] and snapshotted as one line per diagnostic:
//! `file:line:col code: <English message> (help: …)`.
//!
//! Conventions of a fixture folder:
//! - its files are mounted at `/fx`; the workspace root is `/fx/workspace` when that folder
//!   exists, else `/fx`;
//! - a file named `.gitmarker` becomes a `.git` folder (a project root);
//! - `symlinks.txt` lines `link -> target` become symbolic links, `unreadable.txt` lines name
//!   files that cannot be read, `sparse.txt` lines `path bytes` name files of that size that
//!   must not be read (these three files are not mounted);
//! - the reference model is `tests/reference/` unless the folder name starts with `embedded-`
//!   (then the real embedded one).
//!
//! A folder named after a diagnostic code must produce that code and only that code; a folder
//! whose name contains `clean` must produce no diagnostic.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use khung_diag::{Catalogue, Code, Lang};
use khung_model::{LoadInput, LoadOptions, Loaded, MemoryVfs, ReferenceModel, load_workspace};

/// Mounts `dir` at `/fx` (recursively), applying the conventions above.
fn mount(dir: &Path, vfs: &mut MemoryVfs, at: &Path) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let target = at.join(&name);
        if path.is_dir() {
            vfs.add_dir(&target);
            mount(&path, vfs, &target);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        match name.as_str() {
            ".gitmarker" => {
                vfs.add_dir(at.join(".git"));
            }
            "symlinks.txt" => {
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    let (link, target) = line.split_once(" -> ").unwrap();
                    vfs.add_symlink(at.join(link.trim()), target.trim());
                }
            }
            "unreadable.txt" => {
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    vfs.add_unreadable(at.join(line.trim()));
                }
            }
            "sparse.txt" => {
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    let (file, size) = line.split_once(' ').unwrap();
                    vfs.add_sparse_file(at.join(file), size.trim().parse::<u64>().unwrap());
                }
            }
            _ => {
                vfs.add_file(&target, std::fs::read(&path).unwrap());
            }
        }
    }
}

fn fixture_reference() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// One line per diagnostic: `file:line:col code: message (help: …)`.
fn render(loaded: &Loaded) -> String {
    let mut out = String::new();
    for diagnostic in &loaded.diagnostics {
        let (file, line, column) = match diagnostic.primary_span() {
            Some(span) => {
                let path = loaded
                    .sources
                    .get(span.file)
                    .map_or("?", |f| f.path.as_str());
                let (start, _) = loaded.sources.locate(span).unwrap();
                (path.to_owned(), start.line, start.column)
            }
            None => ("?".to_owned(), 0, 0),
        };
        write!(
            out,
            "{file}:{line}:{column} {}: {}",
            diagnostic.code,
            diagnostic.message.render(Lang::En)
        )
        .unwrap();
        if let Some(help) = &diagnostic.help {
            write!(out, " (help: {})", help.render(Lang::En)).unwrap();
        }
        out.push('\n');
    }
    out
}

/// Loads the fixture folder `dir` and returns the loaded model.
fn load_fixture(dir: &Path) -> Loaded {
    let mut vfs = MemoryVfs::new();
    mount(dir, &mut vfs, Path::new("/fx"));
    let root = if dir.join("workspace").is_dir() {
        PathBuf::from("/fx/workspace")
    } else {
        PathBuf::from("/fx")
    };
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let reference = if name.starts_with("embedded-") {
        ReferenceModel::Embedded
    } else {
        ReferenceModel::Files(fixture_reference())
    };
    let options = LoadOptions {
        reference,
        ..LoadOptions::default()
    };
    load_workspace(&vfs, &LoadInput::Workspace(root), &options)
}

/// Every message, help and label a diagnostic carries is in the catalogue in both languages.
fn assert_messages_exist(loaded: &Loaded) {
    let catalogue = Catalogue::builtin();
    for diagnostic in &loaded.diagnostics {
        let labels = diagnostic
            .labels
            .iter()
            .filter_map(|label| label.message.as_ref());
        let messages = std::iter::once(&diagnostic.message)
            .chain(&diagnostic.help)
            .chain(labels);
        for message in messages {
            for lang in Lang::ALL {
                assert!(
                    catalogue.has(&message.id, lang),
                    "no `{}` in {}",
                    message.id,
                    lang.as_str()
                );
            }
        }
    }
}

#[test]
fn fixtures() {
    insta::glob!("fixtures/*", |dir| {
        let loaded = load_fixture(dir);
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if let Some(code) = Code::from_name(&name) {
            assert!(!loaded.diagnostics.is_empty(), "{name}: no diagnostic");
            for diagnostic in &loaded.diagnostics {
                assert_eq!(diagnostic.code, code, "{name}: {}", render(&loaded));
            }
        }
        if name.contains("clean") {
            assert!(
                loaded.diagnostics.is_empty(),
                "{name}:\n{}",
                render(&loaded)
            );
        }
        assert_messages_exist(&loaded);
        insta::assert_snapshot!(render(&loaded));
    });
}
