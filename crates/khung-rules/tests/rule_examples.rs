//! Every example of every rule of every pack under `rules/`, run through the model's snippet
//! loader and the engine: an `invalid` example must give at least one finding of its rule, a
//! `valid` one none. Also checks that every rule is complete (both languages, both kinds of
//! example) and that the packs load without diagnostics.

use std::collections::BTreeSet;

use khung_diag::{Lang, Severity, SourceMap};
use khung_model::{LoadOptions, load_snippet};
use khung_rules::engine::{CheckOptions, check};
use khung_rules::pack::RuleSet;
use khung_rules::pack::load::embedded_files;

/// The profiles to run: every pack no other pack extends.
fn leaf_profiles() -> Vec<String> {
    let mut sources = SourceMap::new();
    let (set, _) = RuleSet::builtin("core", &mut sources);
    let extended: BTreeSet<String> = set
        .packs()
        .iter()
        .filter_map(|p| p.extends.clone())
        .collect();
    set.packs()
        .iter()
        .filter(|pack| !extended.contains(&pack.id))
        .map(|pack| pack.id.clone())
        .collect()
}

#[test]
fn every_rule_example_behaves_as_labelled() {
    assert!(!embedded_files().is_empty(), "no packs embedded");
    let mut problems = Vec::new();
    let mut examples_run = 0;
    for profile in leaf_profiles() {
        let mut sources = SourceMap::new();
        let (set, diagnostics) = RuleSet::builtin(&profile, &mut sources);
        for diagnostic in &diagnostics {
            problems.push(format!(
                "profile {profile}: pack diagnostic {} at {:?}: {}",
                diagnostic.code,
                sources
                    .locate(diagnostic.primary_span().unwrap())
                    .map(|(a, _)| (
                        sources
                            .get(diagnostic.primary_span().unwrap().file)
                            .map(|f| f.path.clone()),
                        a.line,
                        a.column
                    )),
                diagnostic.message.render(Lang::En)
            ));
        }
        for rule in set.rules() {
            for (number, example) in rule.examples.iter().enumerate() {
                if example
                    .profile
                    .as_deref()
                    .is_some_and(|p| p != profile && !set.chain().iter().any(|c| c == p))
                {
                    continue;
                }
                examples_run += 1;
                let name = format!(
                    "{} example {} ({}, profile {profile})",
                    rule.id,
                    number + 1,
                    if example.valid { "valid" } else { "invalid" }
                );
                let loaded = load_snippet(&example.text, &LoadOptions::default());
                for diagnostic in loaded
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                {
                    problems.push(format!(
                        "{name}: the snippet does not load: {}",
                        diagnostic.message.render(Lang::En)
                    ));
                }
                let mut options = CheckOptions::new(example.as_of);
                options.only_rules = vec![rule.id.clone()];
                let outcome = check(&loaded.model, &set, &options);
                for diagnostic in &outcome.diagnostics {
                    problems.push(format!(
                        "{name}: engine diagnostic {}: {}",
                        diagnostic.code,
                        diagnostic.message.render(Lang::En)
                    ));
                }
                let findings = outcome
                    .findings
                    .iter()
                    .filter(|f| f.rule == rule.id)
                    .count();
                match (example.valid, findings) {
                    (true, 0) | (false, 1..) => {}
                    (true, n) => problems.push(format!(
                        "{name}: noisy, {n} finding(s): {:?}",
                        outcome
                            .findings
                            .iter()
                            .map(|f| &f.message)
                            .collect::<Vec<_>>()
                    )),
                    (false, _) => problems.push(format!("{name}: missing, no finding")),
                }
            }
        }
    }
    assert!(examples_run > 0);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_rule_is_complete_in_both_languages_with_both_kinds_of_example() {
    let mut problems = Vec::new();
    for profile in leaf_profiles() {
        let mut sources = SourceMap::new();
        let (set, _) = RuleSet::builtin(&profile, &mut sources);
        for rule in set.rules() {
            for (what, texts) in [
                ("title", &rule.title),
                ("message", &rule.message_text),
                ("help", &rule.help_text),
            ] {
                if texts.vi.is_empty() || texts.en.is_empty() || texts.vi == texts.en {
                    problems.push(format!(
                        "{}: {what} needs distinct vi and en texts",
                        rule.id
                    ));
                }
            }
            if !rule.examples.iter().any(|e| e.valid) || !rule.examples.iter().any(|e| !e.valid) {
                problems.push(format!(
                    "{}: needs at least one valid and one invalid example",
                    rule.id
                ));
            }
            if rule.pack != "core" && rule.basis.is_empty() {
                problems.push(format!("{}: a national rule needs a basis", rule.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
