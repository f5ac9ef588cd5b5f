//! `min_level`: every worked example and edge case of `security-levels.md` §4, both profiles.

use jiff::civil::Date;
use khung_model::{LoadOptions, load_snippet};
use khung_rules::builtins::min_level_of;

const AS_OF: Date = Date::constant(2026, 11, 23);

/// The §4 fixture, verbatim.
const FIXTURE: &str = include_str!("fixtures/min_level/worked-examples.kdl");

fn levels(text: &str, id: &str) -> (i64, i64) {
    let loaded = load_snippet(text, &LoadOptions::default());
    let errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == khung_diag::Severity::Error)
        .map(|d| d.message.render(khung_diag::Lang::En))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    (
        min_level_of(&loaded.model, "vn-2019", AS_OF, id),
        min_level_of(&loaded.model, "vn-2026", AS_OF, id),
    )
}

#[test]
fn the_fourteen_worked_examples() {
    let expected = [
        ("ex1-qlvb", 1, 1),
        ("ex2-xuly-tthc", 2, 3),
        ("ex3-motcua", 3, 3),
        ("ex4-cong-ttdt", 2, 2),
        ("ex5-dat-lich", 3, 2),
        ("ex6-lgsp", 3, 3),
        ("ex7-nen-tang-qg", 4, 4),
        ("ex8-cong-yte", 3, 2),
        ("ex9-scada-nuoc", 4, 4),
        ("ex10-scada-dac-biet", 5, 5),
        ("ex11-csdl-quoc-gia", 5, 5),
        ("ex12-ket-noi-quoc-te", 5, 5),
        ("ex13-an-ninh-qg", 2, 5),
        ("ex14-scada-an-ninh", 5, 5),
    ];
    for (id, v2019, v2026) in expected {
        assert_eq!(levels(FIXTURE, id), (v2019, v2026), "{id}");
    }
}

const QN: &str = "agency \"ubnd-qn\" { name \"UBND\"; tier \"province\"; parent \"chinh-phu\"; }\n";

fn edge(body: &str) -> (i64, i64) {
    levels(
        &format!("{QN}system \"s\" {{ name \"S\"; owner \"ubnd-qn\"; {body} }}\n"),
        "s",
    )
}

#[test]
fn state_secret_and_defence_impact() {
    assert_eq!(
        edge("kind \"business-application\"; info \"state-secret\";"),
        (3, 3)
    );
    assert_eq!(
        edge("kind \"business-application\"; defence-impact \"serious\";"),
        (4, 4)
    );
    assert_eq!(
        edge("kind \"business-application\"; defence-impact \"especially-serious\";"),
        (5, 5)
    );
}

#[test]
fn national_systems() {
    assert_eq!(
        edge("kind \"database\"; scope \"national\"; ops-24x7 #false;"),
        (3, 3)
    );
    let by_tier =
        "system \"s\" { name \"S\"; owner \"chinh-phu\"; kind \"reporting\"; ops-24x7 #true; }\n";
    assert_eq!(levels(by_tier, "s"), (4, 4));
}

#[test]
fn subject_thresholds() {
    let citizen = "kind \"business-application\"; type \"citizen-service\";";
    assert_eq!(edge(&format!("{citizen} subjects basic=9999;")), (2, 2));
    assert_eq!(edge(&format!("{citizen} subjects basic=10000;")), (3, 2));
    assert_eq!(
        edge(&format!("{citizen} subjects basic=99999 sensitive=9999;")),
        (3, 2)
    );
    assert_eq!(edge(&format!("{citizen} subjects basic=100000;")), (3, 3));
    assert_eq!(
        edge(&format!("{citizen} subjects basic=10000 sensitive=10000;")),
        (3, 3)
    );
}

#[test]
fn industrial_control_systems() {
    assert_eq!(edge("kind \"ics\";"), (3, 3));
    assert_eq!(edge("kind \"ics\"; ics-class \"III\";"), (3, 3));
    assert_eq!(
        edge("kind \"business-application\"; ics-class \"special\";"),
        (1, 1)
    );
}

#[test]
fn pm_designation_and_no_facts() {
    assert_eq!(
        edge(
            "kind \"business-application\"; security-level 5 { approved \"2025-01-10\" by=\"pm\"; }"
        ),
        (1, 1)
    );
    assert_eq!(edge("kind \"business-application\";"), (1, 1));
}

#[test]
fn subjects_derived_from_stored_datasets() {
    let text = format!(
        "{QN}system \"s\" {{ name \"S\"; owner \"ubnd-qn\"; kind \"business-application\"; type \"citizen-service\"; }}\n\
         dataset \"d\" {{ name \"D\"; owner \"ubnd-qn\"; kind \"sector-db\"; stored-in \"s\"; personal \"sensitive\"; subjects 12000; }}\n"
    );
    assert_eq!(levels(&text, "s"), (3, 3));
}

#[test]
fn a_component_cycle_gives_every_member_the_maximum() {
    let text = format!(
        "{QN}system \"a\" {{ name \"A\"; owner \"ubnd-qn\"; kind \"public-service-portal\"; conditional-business #true; components \"b\"; }}\n\
         system \"b\" {{ name \"B\"; owner \"ubnd-qn\"; kind \"business-application\"; components \"a\"; }}\n"
    );
    assert_eq!(levels(&text, "a"), (3, 3));
    assert_eq!(levels(&text, "b"), (3, 3));
}
