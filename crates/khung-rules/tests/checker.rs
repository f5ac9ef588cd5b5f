//! The type checker's and pack loader's diagnostics over the fixture packs in
//! `tests/fixtures/packs/<pack>/`, snapshotted (one snapshot per pack).

#![expect(clippy::unwrap_used, reason = "test code")]

use std::fmt::Write;
use std::path::Path;

use khung_diag::{Diagnostic, Lang, SourceMap};
use khung_rules::pack::RuleSet;
use khung_rules::pack::load::LoadRules;

/// Loads the fixture pack folder as a workspace pack under its own id as the profile.
fn load(folder: &Path) -> (SourceMap, Vec<Diagnostic>) {
    let name = folder
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        files.push((
            format!("{name}/{file}"),
            std::fs::read_to_string(&path).unwrap(),
        ));
    }
    let mut sources = SourceMap::new();
    let request = LoadRules {
        profile: name,
        profile_span: None,
        extra_files: files,
    };
    let (_, diagnostics) = RuleSet::load(&request, &mut sources);
    (sources, diagnostics)
}

fn render(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        let span = diagnostic.primary_span().unwrap();
        let place = match (sources.get(span.file), sources.locate(span)) {
            (Some(file), Some((start, _))) => {
                format!("{}:{}:{}", file.path, start.line, start.column)
            }
            _ => "<no file>".to_owned(),
        };
        writeln!(
            out,
            "{} {} at {place} `{}`",
            diagnostic.severity.as_str(),
            diagnostic.code,
            sources.text(span)
        )
        .unwrap();
        writeln!(out, "  en: {}", diagnostic.message.render(Lang::En)).unwrap();
        writeln!(out, "  vi: {}", diagnostic.message.render(Lang::Vi)).unwrap();
        if let Some(help) = &diagnostic.help {
            writeln!(out, "  help: {}", help.render(Lang::En)).unwrap();
        }
    }
    out
}

#[test]
fn fixture_packs() {
    insta::glob!("fixtures/packs/*/pack.kdl", |path| {
        let (sources, diagnostics) = load(path.parent().unwrap());
        insta::assert_snapshot!(render(&sources, &diagnostics));
    });
}
