//! Waiver diagnostics over `tests/fixtures/waivers/*.kdl`: one problem, one diagnostic.

use jiff::civil::Date;
use khung_diag::{Code, SourceMap};
use khung_model::{LoadOptions, load_snippet};
use khung_rules::engine::finding::Suppression;
use khung_rules::{CheckOptions, RuleSet, check};

#[test]
fn waiver_no_match_is_not_also_waiver_unused() {
    let text = std::fs::read_to_string("tests/fixtures/waivers/no-match.kdl").unwrap();
    let loaded = load_snippet(&text, &LoadOptions::default());
    let mut sources = SourceMap::new();
    let (set, rule_diagnostics) = RuleSet::builtin("vn-2026", &mut sources);
    assert!(rule_diagnostics.is_empty(), "{rule_diagnostics:?}");
    let mut options = CheckOptions::new(Date::constant(2026, 11, 23));
    options.only_rules = vec!["CORE-004".to_owned()];
    let outcome = check(&loaded.model, &set, &options);

    let waiver_codes = |diagnostics: &[khung_diag::Diagnostic]| -> Vec<(Code, String)> {
        diagnostics
            .iter()
            .filter(|d| {
                matches!(
                    d.code,
                    Code::WaiverNoMatch | Code::WaiverUnused | Code::WaiverExpired
                )
            })
            .map(|d| {
                (
                    d.code,
                    loaded.sources.text(d.primary_span().unwrap()).to_owned(),
                )
            })
            .collect()
    };
    // The model reports the target that matches nothing…
    let from_model = waiver_codes(&loaded.diagnostics);
    assert_eq!(
        from_model,
        vec![(Code::WaiverNoMatch, "\"hn-*\"".to_owned())]
    );
    // …and the engine only the waiver that matches an element yet suppresses nothing.
    let from_engine = waiver_codes(&outcome.diagnostics);
    assert_eq!(from_engine.len(), 1, "{from_engine:?}");
    assert_eq!(from_engine[0].0, Code::WaiverUnused);
    assert!(
        from_engine[0].1.contains("target=\"qn-c\""),
        "{from_engine:?}"
    );

    let findings: Vec<(&str, bool)> = outcome
        .findings
        .iter()
        .map(|f| {
            (
                f.element.as_str(),
                matches!(f.suppression, Some(Suppression::Waived { .. })),
            )
        })
        .collect();
    assert_eq!(findings, vec![("qn-a", true)]);
}
