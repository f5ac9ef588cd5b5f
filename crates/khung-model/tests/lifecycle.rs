//! Lifecycle (`exists_at`), the top agency across mergers, the system type and the graph.

use jiff::civil::{Date, date};
use khung_model::{LoadOptions, Loaded, ReferenceModel, SystemType, load_snippet, parse_iso_date};

const MODEL: &str = r#"
agency "chinh-phu" { name "Chính phủ"; tier "national"; }
agency "btttt" { name "Bộ TT&TT"; tier "ministry"; parent "chinh-phu"; retire "2025-03-01"; successor "bkhcn"; }
agency "bkhcn" { name "Bộ KH&CN"; tier "ministry"; parent "chinh-phu"; }
agency "cuc" { name "Cục"; tier "unit"; parent "btttt"; }
agency "phong" { name "Phòng"; tier "unit"; parent "cuc"; }
agency "old-a" { name "A"; tier "ministry"; parent "chinh-phu"; status "retired"; successor "old-b"; }
agency "old-b" { name "B"; tier "ministry"; parent "chinh-phu"; retire "2020-01-01"; successor "bkhcn"; }
agency "loop-1" { name "L1"; tier "unit"; parent "loop-2"; }
agency "loop-2" { name "L2"; tier "unit"; parent "loop-1"; }
agency "orphan" { name "O"; tier "unit"; }
agency "qn" { name "Quảng Ninh"; tier "province"; parent "chinh-phu"; }
agency "xa" { name "Xã"; tier "commune"; parent "qn"; }

system "s-operating" { name "S"; owner "phong"; kind "database"; }
system "s-planned" { name "S"; owner "xa"; kind "one-stop"; status "planned"; }
system "s-planned-dated" { name "S"; owner "qn"; kind "one-stop"; status "planned" since="2026-01-01"; }
system "s-building" { name "S"; owner "qn"; kind "one-stop"; status "building"; }
system "s-retiring" { name "S"; owner "qn"; kind "ics"; since "2020-01-01"; retire "2026-06-30"; }
system "s-retired" { name "S"; owner "qn"; kind "monitoring"; status "retired"; }
system "s-typed" { name "S"; owner "qn"; kind "database"; type "citizen-service"; }
system "hub" { name "Hub"; owner "qn"; kind "integration-platform"; }

flow "f1" from="s-operating" to="s-typed" { via "hub"; }
flow "f2" from="s-typed" to="s-operating"
architecture "kt" { name "KT"; agency "cuc"; }
zone "z1" { name "Z1"; parent "z2"; }
zone "z2" { name "Z2"; parent "z1"; }
"#;

fn load() -> Loaded {
    let options = LoadOptions {
        reference: ReferenceModel::Disabled,
        ..LoadOptions::default()
    };
    let loaded = load_snippet(MODEL, &options);
    assert_eq!(loaded.diagnostics, vec![]);
    loaded
}

#[test]
fn exists_at_follows_status_since_and_retire() {
    let loaded = load();
    let model = &loaded.model;
    let day: Date = date(2026, 1, 1);
    assert!(model.exists_at("s-operating", day));
    assert!(!model.exists_at("s-planned", day));
    assert!(!model.exists_at("s-building", day));
    assert!(
        model.exists_at("s-planned-dated", day),
        "a `since` on or before D wins over planned"
    );
    assert!(!model.exists_at("s-planned-dated", date(2025, 12, 31)));
    assert!(model.exists_at("s-retiring", day));
    assert!(
        !model.exists_at("s-retiring", date(2026, 6, 30)),
        "retire ≤ D: gone on the day"
    );
    assert!(!model.exists_at("s-retiring", date(2019, 12, 31)));
    assert!(!model.exists_at("s-retired", day));
    assert!(!model.exists_at("no-such-id", day));
}

#[test]
fn top_agency_walks_parents_and_follows_successors_after_mergers() {
    let loaded = load();
    let model = &loaded.model;
    let before = date(2025, 2, 28);
    let after = date(2025, 3, 1);
    assert_eq!(model.top_agency("chinh-phu", after), Some("chinh-phu"));
    assert_eq!(model.top_agency("bkhcn", after), Some("bkhcn"));
    assert_eq!(model.top_agency("phong", before), Some("btttt"));
    assert_eq!(
        model.top_agency("phong", after),
        Some("bkhcn"),
        "merged away: the successor"
    );
    assert_eq!(
        model.top_agency("s-operating", after),
        Some("bkhcn"),
        "through the owner"
    );
    assert_eq!(
        model.top_agency("kt", after),
        Some("bkhcn"),
        "an architecture through `agency`"
    );
    assert_eq!(
        model.top_agency("old-a", after),
        Some("bkhcn"),
        "successors are followed on"
    );
    assert_eq!(model.top_agency("xa", after), Some("qn"));
    assert_eq!(model.top_agency("loop-1", after), None);
    assert_eq!(model.top_agency("orphan", after), None);
    assert_eq!(model.top_agency("f1", after), None);
    assert_eq!(model.top_agency("nobody", after), None);
}

#[test]
fn system_type_comes_from_the_kind_unless_written() {
    let loaded = load();
    let model = &loaded.model;
    assert_eq!(
        model.system_type("s-operating"),
        Some(SystemType::Infrastructure)
    );
    assert_eq!(
        model.system_type("s-planned"),
        Some(SystemType::CitizenService)
    );
    assert_eq!(model.system_type("s-retiring"), Some(SystemType::Ics));
    assert_eq!(model.system_type("s-retired"), Some(SystemType::Internal));
    assert_eq!(
        model.system_type("s-typed"),
        Some(SystemType::CitizenService)
    );
    assert!(model.systems["s-typed"].type_written);
    assert!(!model.systems["s-operating"].type_written);
    assert_eq!(model.system_type("chinh-phu"), None);
}

#[test]
fn ancestors_stop_at_the_first_repeat() {
    let loaded = load();
    let model = &loaded.model;
    assert_eq!(model.ancestors("phong"), ["cuc", "btttt", "chinh-phu"]);
    assert_eq!(model.ancestors("z1"), ["z2", "z1"]);
    assert_eq!(model.ancestors("chinh-phu"), Vec::<&str>::new());
}

#[test]
fn the_graph_indexes_flows_by_endpoint_and_has_one_edge_per_leg() {
    let loaded = load();
    let graph = &loaded.graph;
    assert_eq!(graph.flows_from("s-operating"), ["f1"]);
    assert_eq!(graph.flows_to("s-operating"), ["f2"]);
    assert_eq!(graph.flows_via("hub"), ["f1"]);
    assert_eq!(graph.flows_of("s-typed"), ["f1", "f2"]);
    assert_eq!(graph.graph().edge_count(), 3);
    assert_eq!(graph.graph().node_count(), loaded.model.systems.len());
    let hub = graph.node("hub");
    assert!(hub.is_some());
}

#[test]
fn iso_dates_are_exactly_year_month_day() {
    assert_eq!(parse_iso_date("2026-01-01"), Some(date(2026, 1, 1)));
    assert_eq!(parse_iso_date("2026-02-30"), None);
    assert_eq!(parse_iso_date("2026-1-01"), None);
    assert_eq!(parse_iso_date("2026-01-01T00:00"), None);
}
