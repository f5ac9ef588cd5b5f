//! The embedded national reference model (`models/vn-national/`): it loads without any
//! diagnostic, it defines exactly the ids of `domain/national-platforms.md` (listed, one
//! `<kind> <id>` per line, in `tests/data/national-ids.txt`) with the right kinds, its facts
//! follow the domain file where a rule depends on them, and a workspace that uses the main
//! national systems loads cleanly against it.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::collections::BTreeSet;
use std::fmt::Write as _;

use jiff::civil::{Date, date};
use khung_diag::{Code, Lang, Origin};
use khung_model::{ElementKind, LoadOptions, Loaded, load_snippet};

/// Every id the domain file defines, extracted from its tables.
const NATIONAL_IDS: &str = include_str!("data/national-ids.txt");

/// One line of `national-ids.txt`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct NationalId {
    /// `agency`, `system`, `dataset`, `zone`, `flow`, `field` or `api`.
    kind: String,
    /// The element id, field name or `<system>/<api>`.
    id: String,
}

/// Reads `national-ids.txt`: blank lines and `#` comments are skipped; any other line must be
/// `<kind> <id>` with a known kind, and no line may repeat.
fn national_ids() -> Vec<NationalId> {
    let mut ids = Vec::new();
    let mut seen = BTreeSet::new();
    for (index, line) in NATIONAL_IDS.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(kind), Some(id), None) = (words.next(), words.next(), words.next()) else {
            panic!(
                "national-ids.txt:{}: expected `<kind> <id>`, got {line:?}",
                index + 1
            );
        };
        assert!(
            [
                "agency", "system", "dataset", "zone", "flow", "field", "api"
            ]
            .contains(&kind),
            "national-ids.txt:{}: unknown kind {kind:?}",
            index + 1
        );
        let entry = NationalId {
            kind: kind.to_owned(),
            id: id.to_owned(),
        };
        assert!(
            seen.insert(entry.clone()),
            "national-ids.txt:{}: {line} twice",
            index + 1
        );
        ids.push(entry);
    }
    ids
}

/// The embedded reference model on its own (an empty workspace file).
fn reference_only() -> Loaded {
    load_snippet("", &LoadOptions::default())
}

/// One line per diagnostic: `file:line:col code: message`.
fn render(loaded: &Loaded) -> String {
    let mut out = String::new();
    for diagnostic in &loaded.diagnostics {
        let place = diagnostic.primary_span().map_or_else(
            || "?".to_owned(),
            |span| {
                let path = loaded
                    .sources
                    .get(span.file)
                    .map_or("?", |f| f.path.as_str());
                let (start, _) = loaded.sources.locate(span).unwrap();
                format!("{path}:{}:{}", start.line, start.column)
            },
        );
        writeln!(
            out,
            "{place} {}: {}",
            diagnostic.code,
            diagnostic.message.render(Lang::En)
        )
        .unwrap();
    }
    out
}

#[test]
fn embedded_reference_model_loads_without_diagnostics() {
    let loaded = reference_only();
    assert!(
        loaded.diagnostics.is_empty(),
        "reference model diagnostics:\n{}",
        render(&loaded)
    );
    let model = &loaded.model;
    assert!(
        model.element_count() > 0,
        "the embedded reference model is empty"
    );
    assert!(!model.fields.is_empty(), "the field vocabulary is empty");
    for element in model.elements() {
        assert_eq!(
            element.origin(),
            &Origin::Reference,
            "{} is not a reference element",
            element.id().value
        );
        assert!(
            !model.is_workspace(&element.id().value),
            "{} counts as a workspace element",
            element.id().value
        );
    }
    for field in model.fields.values() {
        assert_eq!(field.origin, Origin::Reference, "field {}", field.id.value);
    }
}

#[test]
fn every_national_id_exists_with_its_kind() {
    let model = reference_only().model;
    let mut problems = Vec::new();
    for NationalId { kind, id } in national_ids() {
        let found = match kind.as_str() {
            "field" => model.field(&id).is_some(),
            "api" => model.api(&id).is_some(),
            element_kind => {
                let expected = ElementKind::parse(element_kind).unwrap();
                match model.kind_of(&id) {
                    Some(actual) if actual == expected => true,
                    Some(actual) => {
                        problems.push(format!("{kind} {id}: defined as a {actual}"));
                        continue;
                    }
                    None => false,
                }
            }
        };
        if !found {
            problems.push(format!("{kind} {id}: missing"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn reference_model_defines_nothing_beyond_the_domain_file() {
    let model = reference_only().model;
    let listed: BTreeSet<NationalId> = national_ids().into_iter().collect();
    let mut defined = BTreeSet::new();
    for element in model.elements() {
        defined.insert(NationalId {
            kind: element.kind().as_str().to_owned(),
            id: element.id().value.clone(),
        });
    }
    for name in model.fields.keys() {
        defined.insert(NationalId {
            kind: "field".to_owned(),
            id: name.clone(),
        });
    }
    for system in model.systems.values() {
        for api in &system.api {
            defined.insert(NationalId {
                kind: "api".to_owned(),
                id: format!("{}/{}", system.id.value, api.id.value),
            });
        }
    }
    let extra: Vec<_> = defined
        .difference(&listed)
        .map(|n| format!("{} {}", n.kind, n.id))
        .collect();
    assert!(
        extra.is_empty(),
        "defined but not in national-ids.txt:\n{}",
        extra.join("\n")
    );
    assert_eq!(defined.len(), listed.len());
}

#[test]
fn every_element_and_field_has_a_vietnamese_and_an_english_name() {
    let model = reference_only().model;
    let mut problems = Vec::new();
    for element in model.elements() {
        match element.name() {
            Some(name) if name.en.is_some() && !name.default.value.trim().is_empty() => {}
            _ => problems.push(format!("{} {}", element.kind(), element.id().value)),
        }
    }
    for field in model.fields.values() {
        match &field.name {
            Some(name) if name.en.is_some() && !name.default.value.trim().is_empty() => {}
            _ => problems.push(format!("field {}", field.id.value)),
        }
    }
    assert!(
        problems.is_empty(),
        "without both names:\n{}",
        problems.join("\n")
    );
}

#[test]
fn field_sensitivity_follows_the_profiles_of_the_domain_file() {
    let model = reference_only().model;
    // (field, personal, sensitive under vn-2019, sensitive under vn-2026): national-platforms.md §4.
    let expected = [
        ("full-name", true, false, false),
        ("personal-id", true, false, false),
        ("photo", true, false, false),
        ("ethnicity", true, true, true),
        ("religion", true, true, true),
        ("health-record", true, true, true),
        ("location", true, true, true),
        ("bank-account", true, true, true),
        ("eid-credential", true, false, true),
        ("id-card-photo", true, false, true),
        ("insurance-customer", true, false, true),
        ("land-parcel", false, false, false),
        ("business-registration-number", false, false, false),
        ("tthc-code", false, false, false),
    ];
    for (name, personal, sensitive_2019, sensitive_2026) in expected {
        let field = model
            .field(name)
            .unwrap_or_else(|| panic!("field {name} missing"));
        assert_eq!(field.is_personal(), personal, "{name}: personal");
        assert_eq!(
            field.is_sensitive("vn-2019"),
            sensitive_2019,
            "{name}: sensitive under vn-2019"
        );
        assert_eq!(
            field.is_sensitive("vn-2026"),
            sensitive_2026,
            "{name}: sensitive under vn-2026"
        );
    }
    for field in model.fields.values() {
        for profile in &field.sensitive {
            assert!(
                ["vn-2019", "vn-2026"].contains(&profile.value.as_str()),
                "{}: profile {}",
                field.id.value,
                profile.value
            );
        }
        if !field.sensitive.is_empty() {
            assert!(
                field.is_personal(),
                "{} is sensitive but not personal",
                field.id.value
            );
        }
    }
}

#[test]
fn national_datasets_provide_only_vocabulary_fields_and_are_stored_in_their_systems() {
    let model = reference_only().model;
    for dataset in model.datasets.values() {
        for field in &dataset.provides {
            assert!(
                model.field(&field.value).is_some(),
                "{} provides unknown field {}",
                dataset.id.value,
                field.value
            );
        }
        let stored_in = dataset.stored_in.as_ref().map(|s| s.value.as_str());
        let stored_in =
            stored_in.unwrap_or_else(|| panic!("{} has no stored-in", dataset.id.value));
        assert_eq!(
            model.kind_of(stored_in),
            Some(ElementKind::System),
            "{}",
            dataset.id.value
        );
    }
    let population = &model.datasets["ndb-population-data"];
    let provides: Vec<&str> = population
        .provides
        .iter()
        .map(|f| f.value.as_str())
        .collect();
    for field in [
        "full-name",
        "date-of-birth",
        "personal-id",
        "permanent-address",
        "ethnicity",
    ] {
        assert!(
            provides.contains(&field),
            "ndb-population-data does not provide {field}"
        );
    }
}

#[test]
fn merged_ministries_retire_in_2025_and_lead_to_their_successors() {
    let model = reference_only().model;
    let before: Date = date(2025, 2, 28);
    let after: Date = date(2025, 3, 1);
    for (merged, successor) in [
        ("btttt", "bkhcn"),
        ("bkhdt", "btc"),
        ("btnmt", "bnnmt"),
        ("bnnptnt", "bnnmt"),
        ("bgtvt", "bxd"),
        ("bldtbxh", "bnv"),
        ("ubdt", "bdttg"),
    ] {
        let agency = &model.agencies[merged];
        assert_eq!(
            agency.successor.as_ref().map(|s| s.value.as_str()),
            Some(successor),
            "{merged}"
        );
        assert!(
            model.exists_at(merged, before),
            "{merged} should exist before the merger"
        );
        assert!(
            !model.exists_at(merged, after),
            "{merged} should be retired on 2025-03-01"
        );
        assert!(
            model.exists_at(successor, after),
            "{successor} should exist after the merger"
        );
        // Facts recorded against the old ministry still reach a ministry that exists.
        assert_eq!(
            model.top_agency(merged, after),
            Some(successor),
            "top agency of {merged}"
        );
        assert_eq!(
            model.top_agency(merged, before),
            Some(merged),
            "top agency of {merged} before"
        );
    }
    assert!(
        !model.exists_at("bnnmt", before),
        "bnnmt is formed on 2025-03-01"
    );
    assert_eq!(model.top_agency("cuc-cds-qg", after), Some("bkhcn"));
    assert_eq!(model.top_agency("ndb-population", after), Some("bca"));
}

/// A small provincial workspace that references `npsp`, `vdxp`, `ndxp`, `ecabinet`, `nrs`,
/// `ndb-population`, `vneid`, `soc-national` and `sdtn` (and the national apis).
const PROVINCE_WORKSPACE: &str = r#"
agency "ubnd-thu-nghiem" {
    name "Ủy ban nhân dân tỉnh Thử Nghiệm"
    name "Thu Nghiem Provincial People's Committee" lang="en"
    tier "province"
    kind "government"
    parent "chinh-phu"
}
zone "tn-sdtn" {
    name "Vùng kết nối mạng truyền số liệu chuyên dùng"
    trust "internal"
    network "sdtn"
    parent "sdtn-zone"
}
system "lgsp-tn" {
    name "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Thử Nghiệm"
    owner "ubnd-thu-nghiem"
    kind "integration-platform"
    zone "tn-sdtn"
    sdtn links=2 diverse-paths=#true gateway=#true
}
system "tn-soc" {
    name "Trung tâm giám sát an toàn thông tin tỉnh"
    owner "ubnd-thu-nghiem"
    kind "monitoring"
    monitoring central=#true { feeds "soc-national"; }
}
system "tn-motcua" {
    name "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"
    owner "ubnd-thu-nghiem"
    kind "one-stop"
    zone "tn-sdtn"
    auth citizen="vneid" organisation="vneid" local-citizen-accounts=#false
    monitoring central=#true { feeds "soc-national" "tn-soc"; }
    sdtn links=2 diverse-paths=#true gateway=#true
    signature "gov-ca"
}
system "tn-qlvb" {
    name "Hệ thống quản lý văn bản và điều hành tỉnh"
    owner "ubnd-thu-nghiem"
    kind "document-management"
}
flow "tn-dong-bo-ho-so" from="npsp" to="tn-motcua" {
    via "lgsp-tn" "ndxp"
    api "npsp/dong-bo-ho-so"
}
flow "tn-xac-thuc-dan-cu" from="ndb-population" to="tn-motcua" {
    fields "full-name" "date-of-birth" "personal-id"
    via "lgsp-tn" "ndxp"
    api "ndb-population/xac-thuc"
    method "realtime"
}
flow "tn-bao-cao" from="tn-motcua" to="nrs" {
    via "lgsp-tn" "ndxp"
    api "nrs/bao-cao"
}
flow "tn-van-ban" from="tn-qlvb" to="vdxp" {
    api "vdxp/lien-thong-van-ban"
}
flow "tn-hop-chinh-phu" from="tn-qlvb" to="ecabinet" {
    via "ndxp"
}
"#;

#[test]
fn workspace_using_the_national_systems_loads_without_diagnostics() {
    let loaded = load_snippet(PROVINCE_WORKSPACE, &LoadOptions::default());
    assert!(
        loaded.diagnostics.is_empty(),
        "diagnostics:\n{}",
        render(&loaded)
    );
    let model = &loaded.model;
    for id in [
        "npsp",
        "vdxp",
        "ndxp",
        "ecabinet",
        "nrs",
        "ndb-population",
        "vneid",
        "soc-national",
        "sdtn",
    ] {
        assert_eq!(model.kind_of(id), Some(ElementKind::System), "{id}");
        assert!(
            !model.is_workspace(id),
            "{id} must stay a reference element"
        );
    }
    for id in ["ubnd-thu-nghiem", "tn-motcua", "tn-dong-bo-ho-so"] {
        assert!(model.is_workspace(id), "{id} is a workspace element");
    }
    for (flow, provider) in [
        ("tn-dong-bo-ho-so", "npsp"),
        ("tn-xac-thuc-dan-cu", "ndb-population"),
        ("tn-bao-cao", "nrs"),
        ("tn-van-ban", "vdxp"),
    ] {
        let api = model.flows[flow].api.as_ref().unwrap();
        let (system, _) = model
            .api(&api.value)
            .unwrap_or_else(|| panic!("{flow}: api {} not found", api.value));
        assert_eq!(system.id.value, provider, "{flow}");
    }
    assert_eq!(
        model.top_agency("tn-motcua", date(2026, 11, 23)),
        Some("ubnd-thu-nghiem")
    );
}

#[test]
fn workspace_naming_a_missing_national_api_or_redefining_a_national_id_is_reported() {
    // The clean load above means something only if the same references can fail.
    let unknown_api =
        PROVINCE_WORKSPACE.replace("ndb-population/xac-thuc", "ndb-population/xac-minh");
    let loaded = load_snippet(&unknown_api, &LoadOptions::default());
    let codes: Vec<Code> = loaded.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        vec![Code::UnresolvedReference],
        "{}",
        render(&loaded)
    );

    let redefined = format!(
        "{PROVINCE_WORKSPACE}\nzone \"sdtn-zone\" {{ name \"Vùng\"; trust \"partner\"; network \"sdtn\" }}\n"
    );
    let loaded = load_snippet(&redefined, &LoadOptions::default());
    let codes: Vec<Code> = loaded.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, vec![Code::ReferenceRedefined], "{}", render(&loaded));
}
