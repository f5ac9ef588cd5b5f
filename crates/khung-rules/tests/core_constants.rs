//! The `core` pack's constants against the tables of `rule-catalogue.md` §1.4 and the domain
//! README §1.2–§1.3: each constant must equal the value written here.

use jiff::civil::Date;
use khung_diag::SourceMap;
use khung_model::{LoadOptions, load_snippet};
use khung_rules::{CheckOptions, LoadRules, RuleSet, check};

const EXPECTED: &[(&str, &str)] = &[
    ("CT14", "date(2019, 6, 7)"),
    ("D47", "date(2020, 5, 25)"),
    ("TT12", "date(2022, 10, 1)"),
    ("D13", "date(2023, 7, 1)"),
    ("VNEID_PERSON", "date(2024, 7, 1)"),
    ("VNEID_ORG", "date(2025, 7, 1)"),
    ("DATA_LAW", "date(2025, 7, 1)"),
    ("D194", "date(2025, 8, 19)"),
    ("L91", "date(2026, 1, 1)"),
    ("R2026", "date(2026, 7, 1)"),
    ("D331", "date(2026, 8, 19)"),
    ("APPRAISAL_END", "date(2027, 1, 1)"),
    ("REQS_DUE", "date(2027, 7, 1)"),
    (
        "FRAMEWORK_DATES",
        "{'vneaf-1.0': [date(2015, 10, 12), date(2019, 12, 31)], 'vneaf-2.0': [date(2019, 12, 31), date(2023, 12, 29)], 'vneaf-3.0': [date(2023, 12, 29), date(2025, 3, 25)], 'vneaf-4.0': [date(2025, 3, 25), date(2025, 10, 8)], 'nodaf-2025': [date(2025, 10, 8), date(9999, 12, 31)]}",
    ),
    ("K_NET", "['network', 'data-center', 'cloud-platform']"),
    (
        "K_NOSHARE",
        "['network', 'data-center', 'cloud-platform', 'national-integration-platform', 'document-axis', 'identity-provider', 'ca', 'payment-platform', 'monitoring']",
    ),
    (
        "K_NOSHARE_LGSP",
        "['network', 'data-center', 'cloud-platform', 'national-integration-platform', 'document-axis', 'identity-provider', 'ca', 'payment-platform', 'monitoring', 'integration-platform']",
    ),
    (
        "K_DATA",
        "['one-stop', 'public-service-portal', 'information-portal', 'document-management', 'e-cabinet', 'reporting', 'business-application', 'database']",
    ),
    (
        "K_NEW_IS",
        "['database', 'one-stop', 'business-application', 'public-service-portal', 'reporting', 'document-management']",
    ),
    (
        "KEY_FIELDS",
        "['personal-id', 'passport-number', 'tax-code', 'business-registration-number', 'land-parcel']",
    ),
    ("OPEN_FORMATS", "['json', 'xml', 'csv']"),
    (
        "CODE_LIST_OF",
        "{'sex': 'national:gender', 'ethnicity': 'national:ethnicity', 'religion': 'national:religion', 'nationality': 'national:nationality', 'place-of-birth': 'national:admin-unit', 'native-place': 'national:admin-unit', 'permanent-address': 'national:admin-unit', 'temporary-address': 'national:admin-unit', 'current-address': 'national:admin-unit', 'contact-address': 'national:admin-unit', 'business-address': 'national:admin-unit'}",
    ),
    (
        "FOUNDATION",
        "{'person': 'ndb-population', 'land-parcel': 'ndb-land', 'enterprise': 'ndb-business'}",
    ),
    (
        "PLAN_PARTS",
        "['design', 'operation', 'assessment', 'risk', 'monitoring', 'incident', 'decommission']",
    ),
    (
        "DOSSIER_PARTS",
        "['overview', 'design', 'justification', 'plan']",
    ),
    (
        "VIEWS",
        "['business', 'data', 'application', 'technology', 'security']",
    ),
    (
        "ARCH_PARTS",
        "['current-state', 'target', 'gap', 'roadmap']",
    ),
    ("APPRAISERS_2019", "['btttt', 'bkhcn', 'bca', 'bqp']"),
];

#[test]
fn core_constants_match_the_domain_tables() {
    let mut files = vec![(
        "t/pack.kdl".to_owned(),
        "pack \"t\" {\n    name \"t\"\n    extends \"core\"\n}\n".to_owned(),
    )];
    for (index, (name, value)) in EXPECTED.iter().enumerate() {
        files.push((
            format!("t/c-{index:03}.kdl"),
            format!(
                "rule \"C-{index:03}\" severity=\"error\" {{\n    title \"{name}\"\n    view \"business\"\n    applies-to \"agency\"\n    assert #\"{name} == {value}\"#\n    message \"{name}\"\n}}\n"
            ),
        ));
    }
    let mut sources = SourceMap::new();
    let request = LoadRules {
        profile: "t".to_owned(),
        profile_span: None,
        extra_files: files,
    };
    let (set, diagnostics) = RuleSet::load(&request, &mut sources);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(
        set.rules().iter().filter(|r| r.pack == "t").count(),
        EXPECTED.len()
    );
    let loaded = load_snippet(
        "agency \"qn\" { name \"Quảng Ninh\"; tier \"province\"; parent \"chinh-phu\"; }",
        &LoadOptions::default(),
    );
    let mut options = CheckOptions::new(Date::constant(2026, 11, 23));
    options.only_rules = set
        .rules()
        .iter()
        .filter(|r| r.pack == "t")
        .map(|r| r.id.clone())
        .collect();
    let outcome = check(&loaded.model, &set, &options);
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    assert_eq!(outcome.stats.evaluations, EXPECTED.len());
    let wrong: Vec<&str> = outcome.findings.iter().map(|f| f.title.as_str()).collect();
    assert!(
        wrong.is_empty(),
        "constants differing from the tables: {wrong:?}"
    );
}
