//! Writing the planned agencies, zones, architecture, datasets and services as KDL text in
//! the model language (systems are in [`super::emit_systems`], flows in
//! [`super::emit_flows`]).

use std::fmt::Write as _;

use super::fields;
use super::names::SERVICES;
use super::plan::{Ds, Org, OrgKind, Svc};

/// A KDL string literal (the generated text never needs escapes, but names could).
pub fn q(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            other => out.push(other),
        }
    }
    out.push('"');
    out
}

/// `"a" "b" "c"`.
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|i| q(i.as_ref()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `YYYY-MM-DD`.
pub fn date((year, month, day): (u16, u8, u8)) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// The workspace manifest.
pub fn manifest() -> String {
    "// A synthetic national-scale model written by `cargo xtask gen-model` (see bench/README.md).\n\
     workspace \"bench-national\" {\n    profile \"vn-2026\"\n    lang \"vi\"\n    as-of \"2026-11-23\"\n}\n"
        .to_owned()
}

/// `agencies.kdl`: the top agency (for provinces and the workspace's own ministries), the
/// units and the IT centre, and the agency's architecture document.
pub fn agencies(org: &Org) -> String {
    let mut out = format!("// Agencies of {} (generated).\n\n", org.name_en);
    let focal = format!("Phòng Chuyển đổi số, {}", org.units[0].vi);
    let reports = org.kind == OrgKind::ReferenceMinistry;
    if org.kind != OrgKind::ReferenceMinistry {
        let (tier, vi, en) = match org.kind {
            OrgKind::Province => (
                "province",
                format!("Ủy ban nhân dân {}", org.name_vi),
                format!("{} People's Committee", org.name_en),
            ),
            _ => ("ministry", org.name_vi.clone(), org.name_en.clone()),
        };
        let security = &org.units[0].id;
        let _ = writeln!(out, "agency {} {{", q(&org.top));
        let _ = writeln!(out, "    name {}\n    name {} lang=\"en\"", q(&vi), q(&en));
        let _ = writeln!(
            out,
            "    tier {}\n    kind \"government\"\n    parent \"chinh-phu\"",
            q(tier)
        );
        let _ = writeln!(
            out,
            "    it-unit {}\n    security-unit {}",
            q(security),
            q(security)
        );
        let _ = writeln!(out, "    soc {}\n    assessor \"a05\"", q(&org.it_centre));
        let _ = writeln!(out, "    sharing-focal-point {}", q(&focal));
        let _ = writeln!(
            out,
            "    dpo {}",
            q(&format!(
                "Bộ phận bảo vệ dữ liệu cá nhân, {}",
                org.units[0].vi
            ))
        );
        out.push_str("    report year=2024 submitted=\"2024-12-18\" to=\"bkhcn\"\n");
        out.push_str("    report year=2025 submitted=\"2025-12-19\" to=\"bkhcn\"\n}\n\n");
    }
    for (n, unit) in org.units.iter().enumerate() {
        let _ = writeln!(out, "agency {} {{", q(&unit.id));
        let _ = writeln!(
            out,
            "    name {}\n    name {} lang=\"en\"",
            q(&unit.vi),
            q(&unit.en)
        );
        let _ = writeln!(
            out,
            "    tier \"unit\"\n    kind \"department\"\n    parent {}",
            q(&org.top)
        );
        if reports {
            // The reference ministry carries none of these facts: each unit keeps its own.
            let _ = writeln!(out, "    sharing-focal-point {}", q(&focal));
            let _ = writeln!(
                out,
                "    dpo {}",
                q(&format!("Bộ phận bảo vệ dữ liệu cá nhân, {}", unit.vi))
            );
            out.push_str("    report year=2025 submitted=\"2025-12-19\" to=\"bkhcn\"\n");
        }
        out.push_str("}\n\n");
        if n == 0 {
            let _ = writeln!(out, "agency {} {{", q(&org.it_centre));
            let _ = writeln!(
                out,
                "    name {}",
                q(&format!("Trung tâm Chuyển đổi số, {}", unit.vi))
            );
            let _ = writeln!(
                out,
                "    name {} lang=\"en\"",
                q(&format!("Digital Transformation Centre, {}", unit.en))
            );
            let _ = writeln!(
                out,
                "    tier \"unit\"\n    kind \"it-unit\"\n    parent {}\n}}\n",
                q(&unit.id)
            );
        }
    }
    let _ = writeln!(
        out,
        "architecture {} {{",
        q(&format!("{}-kien-truc", org.prefix))
    );
    let _ = writeln!(
        out,
        "    name {}",
        q(&format!("Kiến trúc số {}, phiên bản 4.0", org.name_vi))
    );
    let _ = writeln!(
        out,
        "    agency {}\n    framework \"nodaf-2025\"",
        q(&org.top)
    );
    out.push_str("    issued \"2025-11-20\" ref=\"QĐ 2011/QĐ-UBND\"\n");
    out.push_str("    views \"business\" \"data\" \"application\" \"technology\" \"security\"\n");
    out.push_str("    parts \"current-state\" \"target\" \"gap\" \"roadmap\"\n");
    out.push_str("    nas-synced \"2026-06-30\"\n    review-months 12\n}\n");
    out
}

/// `zones.kdl`: the agency's data centre, DMZ, internal and restricted zones and its segment
/// on the specialised data network.
pub fn zones(org: &Org) -> String {
    let p = &org.prefix;
    let zone = |id: &str, vi: &str, trust: &str, network: &str, parent: Option<String>| {
        let mut text = format!(
            "zone {} {{\n    name {}\n",
            q(&format!("{p}-{id}")),
            q(&format!("{vi} – {}", org.name_vi))
        );
        let _ = writeln!(text, "    trust {}\n    network {}", q(trust), q(network));
        if let Some(parent) = parent {
            let _ = writeln!(text, "    parent {}", q(&parent));
        }
        text.push_str("}\n\n");
        text
    };
    let mut out = format!("// Network zones of {} (generated).\n\n", org.name_en);
    out.push_str(&zone("dc", "Trung tâm dữ liệu", "internal", "lan", None));
    out.push_str(&zone(
        "dmz",
        "Vùng DMZ",
        "dmz",
        "lan",
        Some(format!("{p}-dc")),
    ));
    out.push_str(&zone(
        "internal",
        "Vùng máy chủ nội bộ",
        "internal",
        "lan",
        Some(format!("{p}-dc")),
    ));
    out.push_str(&zone(
        "restricted",
        "Vùng dữ liệu hạn chế truy cập",
        "restricted",
        "lan",
        Some(format!("{p}-internal")),
    ));
    out.push_str(&zone(
        "sdtn",
        "Vùng kết nối Mạng truyền số liệu chuyên dùng",
        "partner",
        "sdtn",
        Some("sdtn-zone".to_owned()),
    ));
    out
}

/// `datasets.kdl`.
pub fn datasets(org: &Org) -> String {
    let mut out = format!("// Datasets of {} (generated).\n\n", org.name_en);
    for dataset in &org.datasets {
        dataset_text(dataset, &mut out);
    }
    out
}

fn dataset_text(d: &Ds, out: &mut String) {
    let personal = d.fields.iter().any(|f| fields::is_personal(f));
    let sensitive = d.fields.iter().any(|f| fields::is_sensitive(f));
    let _ = writeln!(out, "dataset {} {{", q(&d.id));
    let _ = writeln!(
        out,
        "    name {}\n    name {} lang=\"en\"",
        q(&d.name_vi),
        q(&d.name_en)
    );
    let _ = writeln!(
        out,
        "    owner {}\n    kind {}\n    stored-in {}",
        q(&d.owner),
        q(d.kind),
        q(&d.stored_in)
    );
    let _ = writeln!(out, "    entities {}", list(&d.entities));
    if !d.fields.is_empty() {
        let _ = writeln!(out, "    fields {}", list(&d.fields));
    }
    let level = if sensitive {
        "sensitive"
    } else if personal {
        "basic"
    } else {
        "none"
    };
    let _ = writeln!(out, "    personal {}", q(level));
    if personal {
        out.push_str("    subjects 250000\n");
    }
    let classification = if personal { "internal" } else { "public" };
    let category = if d.kind == "internal" {
        "other"
    } else {
        "important"
    };
    let _ = writeln!(
        out,
        "    classification {}\n    category {}",
        q(classification),
        q(category)
    );
    out.push_str("    sharing \"specific\"\n");
    out.push_str("    usage-regulation \"Quy chế khai thác, sử dụng cơ sở dữ liệu\"\n");
    let mut lists: Vec<&str> = d
        .fields
        .iter()
        .filter_map(|f| fields::code_list(f))
        .collect();
    lists.sort_unstable();
    lists.dedup();
    if !lists.is_empty() {
        let _ = writeln!(out, "    code-lists {}", list(&lists));
    }
    if d.kind != "internal" {
        out.push_str("    catalogue purpose=\"phục vụ quản lý nhà nước chuyên ngành\" update=\"realtime\" source=\"hồ sơ nghiệp vụ\" {\n");
        for field in &d.fields {
            let _ = writeln!(out, "        item {} sharing=\"specific\"", q(field));
        }
        out.push_str("    }\n");
    }
    out.push_str("    encrypted-at-rest #true\n    access-policy \"rbac\"\n}\n\n");
}

/// `services.kdl`: public services processed by the one-stop system, offered on NPSP.
pub fn services(org: &Org, one_stop: &str) -> String {
    let mut out = format!("// Public services of {} (generated).\n\n", org.name_en);
    for service in &org.services {
        service_text(service, one_stop, &mut out);
    }
    out
}

fn service_text(s: &Svc, one_stop: &str, out: &mut String) {
    let (vi, en) = SERVICES[s.template];
    let _ = writeln!(out, "service {} {{", q(&s.id));
    let _ = writeln!(out, "    name {}\n    name {} lang=\"en\"", q(vi), q(en));
    let _ = writeln!(
        out,
        "    owner {}\n    provided-by {}",
        q(&s.owner),
        q(one_stop)
    );
    let _ = writeln!(
        out,
        "    portal \"npsp\"\n    mode \"full\"\n    fee {}",
        if s.fee { "#true" } else { "#false" }
    );
    out.push_str("    form {\n        field \"personal-id\" asked=#true\n");
    out.push_str("        field \"full-name\" source=\"ndb-population\"\n");
    out.push_str("        field \"date-of-birth\" source=\"ndb-population\"\n");
    out.push_str("        field \"phone\" asked=#true\n    }\n}\n\n");
}
