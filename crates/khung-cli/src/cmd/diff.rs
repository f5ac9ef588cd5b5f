//! `khung diff OLD NEW`: what changed between two versions of a model, and the finding delta.
//! `git:REV` reads the other side's folder at revision REV of the current repository (through
//! `git archive`) into a temporary folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use khung_diag::{Lang, Message};
use khung_report::{DiffSide, Templates, diff_human, diff_json, diff_markdown, diff_models};

use crate::cli::{DiffArgs, DiffFormat, GlobalArgs};
use crate::exit;
use crate::session::{Session, SessionOptions};

use super::{Outcome, emit, fail_with};

/// Runs `khung diff`.
pub fn run(args: &DiffArgs, global: &GlobalArgs) -> Outcome {
    let lang = global.lang.map_or(Lang::Vi, Into::into);
    let (old_path, _old_temp) = match side(&args.old, &args.new, lang) {
        Ok(side) => side,
        Err(outcome) => return outcome,
    };
    let (new_path, _new_temp) = match side(&args.new, &args.old, lang) {
        Ok(side) => side,
        Err(outcome) => return outcome,
    };
    let load = |path: PathBuf| {
        Session::run(&SessionOptions {
            paths: vec![path],
            as_of: args.as_of.clone(),
            lang: global.lang.map(Into::into),
            ..SessionOptions::default()
        })
    };
    let old = load(old_path);
    let new = load(new_path);
    let lang = new.lang;
    for session in [&old, &new] {
        if session.has_errors() {
            return fail_with(&session.diagnostics, &session.loaded.sources, lang);
        }
    }
    let diff = diff_models(
        DiffSide {
            model: &old.loaded.model,
            findings: &old.outcome.findings,
        },
        DiffSide {
            model: &new.loaded.model,
            findings: &new.outcome.findings,
        },
        lang,
    );
    let templates = Templates::builtin();
    let text = match args.format {
        DiffFormat::Json => Ok(diff_json(&diff)),
        DiffFormat::Markdown => diff_markdown(&diff, &templates),
        DiffFormat::Human => diff_human(&diff, &templates),
    };
    match text {
        Ok(text) => emit(&text, args.output.as_deref(), lang),
        Err(diagnostic) => fail_with(&[diagnostic], &new.loaded.sources, lang),
    }
}

/// The folder of one side: the path itself, or `git:REV` materialised into a temporary
/// folder (kept alive by the returned guard).
fn side(
    spec: &str,
    other: &str,
    lang: Lang,
) -> Result<(PathBuf, Option<tempfile::TempDir>), Outcome> {
    let Some(revision) = spec.strip_prefix("git:") else {
        return Ok((PathBuf::from(spec), None));
    };
    // The folder to read at REV is the other side's (or the current folder), relative to the
    // repository's top level.
    let here = if other.starts_with("git:") {
        PathBuf::from(".")
    } else {
        PathBuf::from(other)
    };
    let top = git(&["rev-parse", "--show-toplevel"], Path::new("."), lang)?;
    let top = PathBuf::from(String::from_utf8_lossy(&top).trim());
    let absolute = std::fs::canonicalize(&here).map_err(|e| failure(&e.to_string(), lang))?;
    let top = std::fs::canonicalize(&top).map_err(|e| failure(&e.to_string(), lang))?;
    let relative = absolute
        .strip_prefix(&top)
        .map_err(|_| Outcome {
            code: exit::INVALID,
            stderr: Message::new("cli-outside-repository")
                .arg("path", here.display().to_string())
                .render(lang)
                + "\n",
        })?
        .to_path_buf();
    let temp = tempfile::tempdir().map_err(|e| failure(&e.to_string(), lang))?;
    let mut archive_args = vec![
        "archive".to_owned(),
        "--format=tar".to_owned(),
        revision.to_owned(),
    ];
    if !relative.as_os_str().is_empty() {
        archive_args.push("--".to_owned());
        archive_args.push(relative.to_string_lossy().into_owned());
    }
    let archive_refs: Vec<&str> = archive_args.iter().map(String::as_str).collect();
    let tar = git(&archive_refs, &top, lang)?;
    extract(&tar, temp.path(), lang)?;
    Ok((temp.path().join(relative), Some(temp)))
}

fn git(args: &[&str], dir: &Path, lang: Lang) -> Result<Vec<u8>, Outcome> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| failure(&e.to_string(), lang))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(failure(
            String::from_utf8_lossy(&output.stderr).trim(),
            lang,
        ))
    }
}

fn extract(tar: &[u8], into: &Path, lang: Lang) -> Result<(), Outcome> {
    use std::io::Write;
    let mut child = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(into)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failure(&e.to_string(), lang))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(tar)
            .map_err(|e| failure(&e.to_string(), lang))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| failure(&e.to_string(), lang))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(failure(
            String::from_utf8_lossy(&output.stderr).trim(),
            lang,
        ))
    }
}

fn failure(detail: &str, lang: Lang) -> Outcome {
    Outcome {
        code: exit::INVALID,
        stderr: Message::new("cli-git-failed")
            .arg("detail", detail.to_owned())
            .render(lang)
            + "\n",
    }
}
