//! The per-check columns change how facts are read, never what a rule decides: every rule of
//! every profile, on the model of every rule example and on a model written to hit the edge
//! cases (dangling references, lists with a dangling id, an id shared by two kinds, elements
//! not existing at the date), gives the same verdicts with the columns as through the accessors.

use jiff::civil::Date;
use khung_diag::SourceMap;
use khung_model::{LoadOptions, Model, load_snippet};
use khung_rules::engine::failing_asserts;
use khung_rules::eval::index::{CheckIndex, Regime};
use khung_rules::pack::RuleSet;

const AS_OF: Date = Date::constant(2026, 11, 23);

const EDGES: &str = r#"
agency "qn" { name "Quảng Ninh"; tier "province"; parent "chinh-phu"; }
agency "qn-old" { name "Cũ"; tier "province"; parent "chinh-phu"; retire "2020-01-01"; }
system "qn" { name "Trùng mã với cơ quan"; owner "qn"; kind "database"; }
system "qn-a" { name "A"; owner "qn"; kind "integration-platform"; }
system "qn-b" { name "B"; owner "qn-old"; kind "business-application"; }
system "qn-c" { name "C"; owner "qn-missing"; kind "database"; status "planned"; }
flow "f1" from="qn-a" to="qn-b" { via "qn" "qn-a"; data "d1"; }
flow "f2" from="qn-a" to="qn-missing" { via "qn" "qn-missing"; }
flow "f3" from="qn-b" to="qn" { encrypted #true; }
dataset "d1" { name "D"; owner "qn"; stored-in "qn"; }
dataset "d2" { name "E"; owner "qn-old"; stored-in "qn-nowhere"; }
"#;

fn verdicts_agree(model: &Model, set: &RuleSet, profile: &str, name: &str) {
    let plain = CheckIndex::new(model, AS_OF, profile, Regime::of_profile(profile));
    let columns = CheckIndex::new(model, AS_OF, profile, Regime::of_profile(profile))
        .with_columns(&set.read_fields(&[]));
    let without = failing_asserts(&plain, set, &[], 1_000_000);
    let with = failing_asserts(&columns, set, &[], 1_000_000);
    assert_eq!(without, with, "{name}, profile {profile}");
}

#[test]
fn columns_and_accessors_give_the_same_verdicts() {
    for profile in ["vn-2019", "vn-2026"] {
        let mut sources = SourceMap::new();
        let (set, diagnostics) = RuleSet::builtin(profile, &mut sources);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let edges = load_snippet(EDGES, &LoadOptions::default());
        verdicts_agree(&edges.model, &set, profile, "edge cases");
        let mut compared = 0;
        for rule in set.rules() {
            for (number, example) in rule.examples.iter().enumerate() {
                let loaded = load_snippet(&example.text, &LoadOptions::default());
                let name = format!("{} example {}", rule.id, number + 1);
                verdicts_agree(&loaded.model, &set, profile, &name);
                compared += 1;
            }
        }
        assert!(compared > 100, "{profile}: only {compared} examples");
    }
}
