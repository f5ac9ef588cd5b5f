//! The engine end to end: findings, a runtime error, waivers and the baseline.

use jiff::civil::Date;
use khung_diag::{Code, SourceMap};
use khung_model::{LoadOptions, load_snippet};
use khung_rules::engine::baseline::Baseline;
use khung_rules::engine::finding::Suppression;
use khung_rules::engine::{CheckOptions, check};
use khung_rules::pack::RuleSet;
use khung_rules::pack::load::LoadRules;

const AS_OF: Date = Date::constant(2026, 11, 23);

const MODEL: &str = r#"
agency "qn" { name "Quảng Ninh"; tier "province"; parent "chinh-phu"; }
system "qn-a" { name "A"; owner "qn"; kind "business-application"; }
system "qn-b" { name "B"; owner "qn"; kind "business-application"; }
system "qn-c" { name "C"; owner "qn"; kind "business-application"; }
waiver "CORE-004" target="qn-a" { reason "đang xây dựng"; owner "qn"; approved-by "Chủ tịch"; until "2027-01-01"; }
waiver "CORE-004" target="qn-b" { reason "hết hạn"; owner "qn"; approved-by "Chủ tịch"; until "2026-01-01"; }
waiver "CORE-003" target="qn-*" { reason "không dùng"; owner "qn"; approved-by "Chủ tịch"; until "2027-01-01"; }
waiver "CORE-04" target="qn-c" { reason "sai mã"; owner "qn"; approved-by "Chủ tịch"; until "2027-01-01"; }
"#;

fn core() -> RuleSet {
    let mut sources = SourceMap::new();
    let (set, diagnostics) = RuleSet::builtin("vn-2026", &mut sources);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    set
}

#[test]
fn waivers_suppress_expire_go_unused_and_name_unknown_rules() {
    let loaded = load_snippet(MODEL, &LoadOptions::default());
    let set = core();
    let mut options = CheckOptions::new(AS_OF);
    options.only_rules = vec!["CORE-004".to_owned(), "CORE-003".to_owned()];
    let outcome = check(&loaded.model, &set, &options);
    let orphan = |id: &str| {
        outcome
            .findings
            .iter()
            .find(|f| f.rule == "CORE-004" && f.element == id)
            .unwrap()
    };
    assert!(matches!(
        orphan("qn-a").suppression,
        Some(Suppression::Waived { .. })
    ));
    assert_eq!(
        orphan("qn-b").suppression,
        None,
        "expired waiver: the finding is active again"
    );
    assert_eq!(orphan("qn-c").suppression, None);
    assert_eq!(orphan("qn-a").fingerprint, "CORE-004@qn-a");
    let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&Code::WaiverExpired), "{codes:?}");
    assert!(codes.contains(&Code::WaiverUnused), "{codes:?}");
    let unknown = outcome
        .diagnostics
        .iter()
        .find(|d| d.code == Code::WaiverUnknownRule)
        .unwrap();
    assert_eq!(unknown.help.as_ref().unwrap().args[0].1, "CORE-004");
    assert_eq!(outcome.stats.waived_findings, 1);
}

#[test]
fn baseline_round_trips_and_marks_findings() {
    let loaded = load_snippet(MODEL, &LoadOptions::default());
    let set = core();
    let mut options = CheckOptions::new(AS_OF);
    options.only_rules = vec!["CORE-004".to_owned()];
    let first = check(&loaded.model, &set, &options);
    let json = Baseline::to_json(&first.findings);
    assert_eq!(json, "[\n  \"CORE-004@qn-b\",\n  \"CORE-004@qn-c\"\n]\n");
    options.baseline = Some(Baseline::parse(&json).unwrap());
    let second = check(&loaded.model, &set, &options);
    assert_eq!(second.stats.active_findings, 0);
    assert_eq!(second.stats.baseline_findings, 2);
    assert!(Baseline::parse("{\"not\": \"a list\"}").is_err());
}

#[test]
fn a_runtime_error_is_a_rule_error_naming_rule_and_element() {
    let mut sources = SourceMap::new();
    let pack = std::fs::read_to_string("tests/fixtures/packs/runtime-error/pack.kdl").unwrap();
    let rule = std::fs::read_to_string("tests/fixtures/packs/runtime-error/t-009.kdl").unwrap();
    let request = LoadRules {
        profile: "vn-2026".to_owned(),
        profile_span: None,
        extra_files: vec![
            ("local/pack.kdl".to_owned(), pack),
            ("local/t-009.kdl".to_owned(), rule),
        ],
    };
    let (set, diagnostics) = RuleSet::load(&request, &mut sources);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert!(set.rule("T-009").is_some());
    let loaded = load_snippet(MODEL, &LoadOptions::default());
    let mut options = CheckOptions::new(AS_OF);
    options.only_rules = vec!["T-009".to_owned()];
    let outcome = check(&loaded.model, &set, &options);
    assert!(
        outcome.findings.is_empty(),
        "an error is never a silent pass or a finding"
    );
    let errors: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::RuleError)
        .collect();
    assert_eq!(errors.len(), 3);
    let text = errors[0].message.render(khung_diag::Lang::En);
    assert_eq!(
        text,
        "rule `T-009` failed on `qn-a`: `systems` has no key `khong-co`"
    );
}

#[test]
fn a_profile_before_its_effective_date_warns() {
    let loaded = load_snippet(MODEL, &LoadOptions::default());
    let set = core();
    let mut options = CheckOptions::new(Date::constant(2026, 1, 1));
    options.only_rules = vec!["CORE-001".to_owned()];
    let outcome = check(&loaded.model, &set, &options);
    assert!(
        outcome
            .diagnostics
            .iter()
            .any(|d| d.code == Code::ProfileNotEffective)
    );
}
