//! The built-ins through the engine: every expression below must hold on the model, evaluated
//! as the `assert` of an agency rule at 2026-08-31 under `vn-2026`.

use jiff::civil::Date;
use khung_diag::{Lang, SourceMap};
use khung_model::{LoadOptions, load_snippet};
use khung_rules::{CheckOptions, LoadRules, RuleSet, check};

const MODEL: &str = r#"
agency "qn" { name "Quảng Ninh"; tier "province"; parent "chinh-phu"; }
agency "so-a" { name "Sở A"; tier "unit"; parent "qn"; }
agency "cu" { name "Bộ cũ"; tier "ministry"; parent "chinh-phu"; status "retired"; successor "qn"; }
agency "phong-cu" { name "Phòng"; tier "unit"; parent "cu"; }
system "a" { name "A"; owner "so-a"; kind "one-stop"; components "b"; api "tra-cuu" { format "json"; auth "token"; } }
system "b" { name "B"; owner "so-a"; kind "database"; components "c"; }
system "c" { name "C"; owner "so-a"; kind "database"; }
system "lgsp" { name "LGSP"; owner "qn"; kind "integration-platform"; }
system "ngoai" { name "Ngoài"; owner "qn"; kind "business-application"; hosting "commercial-cloud" country="SG"; }
system "du-kien" { name "Dự kiến"; owner "qn"; kind "reporting"; status "planned"; }
dataset "d" { name "D"; owner "so-a"; kind "sector-db"; stored-in "b"; personal "sensitive"; subjects 20000; fields "full-name"; }
flow "a-lgsp" from="a" to="lgsp"
flow "lgsp-c" from="lgsp" to="c"
flow "a-ngoai" from="a" to="ngoai" { data "d"; }
flow "c-a" from="c" to="a" { via "lgsp"; }
"#;

const EXPRESSIONS: &[&str] = &[
    "top_agency('so-a') == 'qn' && top_agency('a') == 'qn' && top_agency('phong-cu') == 'qn' && top_agency('nothing') == ''",
    "ws('a') && !ws('chinh-phu') && !ws('nothing')",
    "owned_systems('so-a') == ['a', 'b', 'c'] && owned_datasets('so-a') == ['d'] && owned_systems('nothing') == []",
    "stored('b') == ['d'] && flows_from('a') == ['a-lgsp', 'a-ngoai'] && flows_to('a') == ['c-a'] && flows_of('lgsp') == ['a-lgsp', 'lgsp-c']",
    "composites_of('b') == ['a'] && component_closure('a') == ['b', 'c'] && !('a' in component_closure('a'))",
    "ancestors('so-a') == ['qn', 'chinh-phu'] && ancestors('a') == []",
    "flows_carrying('d') == ['a-ngoai'] && referenced('lgsp') && !referenced('du-kien')",
    "reachable('a', 'c') && !reachable('ngoai', 'a') && path_via('a', 'c', 'integration-platform') && !path_via('a', 'ngoai', 'integration-platform')",
    "crosses_border('a-ngoai') && !crosses_border('a-lgsp') && carries_personal('a-ngoai') && carries_sensitive('a-ngoai') && !carries_personal('a-lgsp')",
    "api_sys('a/tra-cuu') == 'a' && api_of('a/tra-cuu').format == 'json' && api_of('').format == '' && !has(api_of('a/khong').auth)",
    "level('a') == 0 && sb('b') == 20000 && ss('b') == 20000 && sb('a') == 0 && min_level('b') == 2 && min_level('a') == 2 && min_level('nothing') == 0",
    "months_ago(6) == date(2026, 2, 28) && add_days(date(2026, 2, 27), 2) == date(2026, 3, 1) && year(as_of) == 2026",
    "days_since(date(2026, 8, 1)) == 30 && days_until(date(2026, 9, 30)) == 30",
    "personal_field('full-name') && !personal_field('no-such-field') && !sensitive_field('no-such-field')",
    "'du-kien' in flows_of('du-kien') == false && !('du-kien' in systems) && size(systems) > 6",
];

#[test]
fn every_builtin_expression_holds() {
    let mut files = vec![(
        "t/pack.kdl".to_owned(),
        "pack \"t\" {\n    name \"t\"\n    extends \"vn-2026\"\n}\n".to_owned(),
    )];
    for (index, expression) in EXPRESSIONS.iter().enumerate() {
        files.push((
            format!("t/b-{index:03}.kdl"),
            format!(
                "rule \"B-{index:03}\" severity=\"error\" {{\n    title \"{index}\"\n    view \"business\"\n    applies-to \"agency\"\n    when \"agency.id == 'qn'\"\n    assert #\"{expression}\"#\n    message \"{index}\"\n}}\n"
            ),
        ));
    }
    let mut sources = SourceMap::new();
    let request = LoadRules {
        profile: "vn-2026".to_owned(),
        profile_span: None,
        extra_files: files,
    };
    let (set, diagnostics) = RuleSet::load(&request, &mut sources);
    let rendered: Vec<String> = diagnostics
        .iter()
        .map(|d| format!("{}: {}", d.code, d.message.render(Lang::En)))
        .collect();
    assert!(diagnostics.is_empty(), "{rendered:?}");
    let loaded = load_snippet(MODEL, &LoadOptions::default());
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == khung_diag::Severity::Error)
        .map(|d| d.message.render(Lang::En))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut options = CheckOptions::new(Date::constant(2026, 8, 31));
    options.only_rules = set
        .rules()
        .iter()
        .filter(|r| r.pack == "t")
        .map(|r| r.id.clone())
        .collect();
    let outcome = check(&loaded.model, &set, &options);
    let problems: Vec<String> = outcome
        .diagnostics
        .iter()
        .map(|d| d.message.render(Lang::En))
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(outcome.stats.rules_run, EXPRESSIONS.len());
    let failed: Vec<&str> = outcome
        .findings
        .iter()
        .map(|f| EXPRESSIONS[f.title.parse::<usize>().unwrap_or(0)])
        .collect();
    assert!(failed.is_empty(), "failing: {failed:#?}");
}
