//! Workspace rule packs (`LoadRules::extra_files`) that join a built-in profile through
//! `extends`, from the fixture folder `tests/fixtures/workspace-packs/local/`.

#![expect(clippy::unwrap_used, reason = "test code")]

use jiff::civil::Date;
use khung_diag::{Lang, SourceMap};
use khung_model::{LoadOptions, load_snippet};
use khung_rules::{CheckOptions, LoadRules, RuleSet, check};

const MODEL: &str = r#"
agency "ubnd-quang-ninh" { name "Quảng Ninh"; tier "province"; parent "chinh-phu"; }
agency "so-a" { name "Sở A"; tier "unit"; parent "ubnd-quang-ninh"; }
agency "ubnd-ha-noi" { name "Hà Nội"; tier "province"; parent "chinh-phu"; }
system "qn-hoso" { name "Hồ sơ"; owner "so-a"; kind "business-application"; info "private" "personal"; }
system "hn-hoso" { name "Hồ sơ HN"; owner "ubnd-ha-noi"; kind "business-application"; info "private" "personal"; }
system "qn-congkhai" { name "Công khai"; owner "so-a"; kind "business-application"; }
"#;

/// The fixture pack's files as `local/<file>`, sorted.
fn local_pack() -> Vec<(String, String)> {
    let folder = std::path::Path::new("tests/fixtures/workspace-packs/local");
    let mut files: Vec<(String, String)> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (
                format!("local/{name}"),
                std::fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn workspace_pack_inherits_core_constants_and_macros() {
    let mut sources = SourceMap::new();
    let request = LoadRules {
        profile: "vn-2026".to_owned(),
        profile_span: None,
        extra_files: local_pack(),
    };
    let (set, diagnostics) = RuleSet::load(&request, &mut sources);
    let rendered: Vec<String> = diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.message.render(Lang::En)))
        .collect();
    assert!(rendered.is_empty(), "{rendered:#?}");
    assert_eq!(set.rule("LOC-001").unwrap().pack, "local");
    assert!(set.chain().contains(&"local".to_owned()));

    let loaded = load_snippet(MODEL, &LoadOptions::default());
    let mut options = CheckOptions::new(Date::constant(2026, 11, 23));
    options.lang = Lang::En;
    options.only_rules = vec!["LOC-001".to_owned()];
    let outcome = check(&loaded.model, &set, &options);
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    let failing: Vec<(&str, &str)> = outcome
        .findings
        .iter()
        .map(|f| (f.element.as_str(), f.message.as_str()))
        .collect();
    assert_eq!(
        failing,
        vec![(
            "hn-hoso",
            "system `hn-hoso` processes personal data but belongs to `ubnd-ha-noi`"
        )]
    );
}
