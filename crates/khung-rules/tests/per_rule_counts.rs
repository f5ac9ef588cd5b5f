//! The engine's per-rule counts (`CheckStats::per_rule`), which a report's conformance score
//! divides by: a workspace pack of counting rules (`tests/fixtures/per-rule-counts/pack/`) run
//! over `tests/fixtures/per-rule-counts/model.kdl`.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::path::Path;

use jiff::civil::Date;
use khung_diag::{Code, SourceMap};
use khung_model::{LoadOptions, load_snippet};
use khung_rules::{CheckOptions, LoadRules, RuleCounts, RuleSet, check};

const FIXTURE: &str = "tests/fixtures/per-rule-counts";

fn pack_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(Path::new(FIXTURE).join("pack"))
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (
                format!("counts/{name}"),
                std::fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

const fn counts(candidates: usize, selected: usize, findings: usize) -> RuleCounts {
    RuleCounts {
        candidates,
        selected,
        findings,
    }
}

#[test]
fn per_rule_counts_for_the_conformance_score() {
    let mut sources = SourceMap::new();
    let request = LoadRules {
        profile: "counts".to_owned(),
        profile_span: None,
        extra_files: pack_files(),
    };
    let (set, diagnostics) = RuleSet::load(&request, &mut sources);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let model = std::fs::read_to_string(Path::new(FIXTURE).join("model.kdl")).unwrap();
    let loaded = load_snippet(&model, &LoadOptions::default());
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);

    let mut options = CheckOptions::new(Date::constant(2026, 11, 23));
    options.only_rules = ["CNT-001", "CNT-002", "CNT-003", "CNT-004", "CNT-005"]
        .map(str::to_owned)
        .to_vec();
    let outcome = check(&loaded.model, &set, &options);
    let per_rule: Vec<(&str, RuleCounts)> = outcome
        .stats
        .per_rule
        .iter()
        .map(|(id, counts)| (id.as_str(), *counts))
        .collect();
    assert_eq!(
        per_rule,
        vec![
            // No `when`: every existing system is selected; the database fails.
            ("CNT-001", counts(3, 3, 1)),
            // `when` selects the one existing database (the planned one is no candidate).
            ("CNT-002", counts(3, 1, 0)),
            // `when` selects nothing: the rule did not apply.
            ("CNT-003", counts(3, 0, 0)),
            // No dataset at all.
            ("CNT-004", counts(0, 0, 0)),
            // The assert fails with an error on the selected element: selected, no finding.
            ("CNT-005", counts(3, 1, 0)),
        ]
    );
    let errors = outcome
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::RuleError)
        .count();
    assert_eq!(errors, 1);
    assert_eq!(outcome.stats.active_findings, 1);
    assert_eq!(outcome.stats.evaluations, 12);
}
