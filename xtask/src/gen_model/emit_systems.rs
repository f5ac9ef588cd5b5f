//! Writing the planned systems as KDL: every system carries the facts the national rules ask
//! for (security level with its approval and dossier, security plan, monitoring feeding the
//! agency's SOC, logs, backup, authentication, incident response, key management), so that the
//! only findings of a generated model are the seeded ones.

use std::fmt::Write as _;

use super::emit::{date, list, q};
use super::fields;
use super::names::DOMAINS;
use super::plan::{Org, OrgKind, Role, Sys};
use super::prng::XorShift;

/// Systems per application file (an application and its components stay in one file).
const SYSTEMS_PER_FILE: usize = 50;

/// The systems files of an agency: `systems/platforms.kdl`, then `systems/apps-NN.kdl`.
pub fn system_files(org: &Org, seed: u64) -> Vec<(String, String)> {
    // A stream apart from the plan's and the flows'.
    let mut rng = XorShift::new(seed, (2 << 32) + org.index as u64);
    let mut files = Vec::new();
    let mut platforms = format!("// Shared platforms of {} (generated).\n\n", org.name_en);
    let mut current = String::new();
    let mut in_current = 0;
    for system in &org.systems {
        match system.role {
            Role::App | Role::Component => {
                if system.role == Role::App && in_current >= SYSTEMS_PER_FILE {
                    files.push(apps_file(org, files.len(), std::mem::take(&mut current)));
                    in_current = 0;
                }
                system_text(org, system, &mut rng, &mut current);
                in_current += 1;
            }
            _ => system_text(org, system, &mut rng, &mut platforms),
        }
    }
    if !current.is_empty() {
        files.push(apps_file(org, files.len(), current));
    }
    files.insert(0, ("systems/platforms.kdl".to_owned(), platforms));
    files
}

fn apps_file(org: &Org, number: usize, body: String) -> (String, String) {
    (
        format!("systems/apps-{:02}.kdl", number + 1),
        format!("// Applications of {} (generated).\n\n{body}", org.name_en),
    )
}

/// Whether the system processes personal data, and sensitive personal data.
fn personal_facts(system: &Sys) -> (bool, bool) {
    match system.role {
        Role::OneStop | Role::Lgsp => (true, false),
        Role::App | Role::Component => {
            let domain = system.domain.map_or(&[][..], |d| DOMAINS[d].fields);
            (
                domain.iter().any(|f| fields::is_personal(f)),
                domain.iter().any(|f| fields::is_sensitive(f)),
            )
        }
        Role::Documents | Role::Portal | Role::Soc => (false, false),
    }
}

fn system_text(org: &Org, s: &Sys, rng: &mut XorShift, out: &mut String) {
    let (personal, sensitive) = personal_facts(s);
    let _ = writeln!(out, "system {} {{", q(&s.id));
    let _ = writeln!(
        out,
        "    name {}\n    name {} lang=\"en\"",
        q(&s.name_vi),
        q(&s.name_en)
    );
    let _ = writeln!(
        out,
        "    owner {}\n    operator {}",
        q(&s.owner),
        q(&org.it_centre)
    );
    let _ = writeln!(out, "    kind {}", q(s.kind));
    let _ = writeln!(out, "    status \"operating\" since={}", q(&date(s.since)));
    let _ = writeln!(out, "    zone {}", q(&s.zone));
    match rng.below(3) {
        _ if s.role != Role::App && s.role != Role::Component => {
            out.push_str("    hosting \"on-prem\" country=\"VN\"\n");
        }
        0 => out.push_str("    hosting \"on-prem\" country=\"VN\"\n"),
        1 => out.push_str(
            "    hosting \"gov-cloud\" country=\"VN\" tenancy=\"logical\" provider=\"VNPT\"\n",
        ),
        _ => out.push_str("    hosting \"ndc\" country=\"VN\" tenancy=\"logical\"\n"),
    }
    let info = match (s.role, personal) {
        (Role::Portal, _) => "\"public\"",
        (_, true) => "\"private\" \"personal\"",
        (_, false) => "\"private\"",
    };
    let _ = writeln!(out, "    info {info}");
    if personal {
        let basic = rng.between(20, 900) * 1000;
        let sensitive_count = if sensitive { basic / 4 } else { 0 };
        let _ = writeln!(
            out,
            "    subjects basic={basic} sensitive={sensitive_count}"
        );
    }
    if s.role == Role::OneStop {
        out.push_str("    handles-tthc #true\n");
    }
    let scope = if org.kind == OrgKind::Province {
        "province"
    } else {
        "sector"
    };
    let _ = writeln!(out, "    scope {}", q(scope));
    let always_on = matches!(s.role, Role::Lgsp | Role::OneStop | Role::Soc);
    let _ = writeln!(
        out,
        "    ops-24x7 {}",
        if always_on { "#true" } else { "#false" }
    );
    if !s.components.is_empty() {
        let _ = writeln!(out, "    components {}", list(&s.components));
    }
    if matches!(s.role, Role::OneStop | Role::Documents) {
        out.push_str("    signature \"gov-ca\"\n");
    }
    if s.role == Role::Lgsp {
        out.push_str("    sdtn links=2 diverse-paths=#true gateway=#true\n");
        out.push_str("    redundancy #true\n    segmentation #true\n");
    }
    security_facts(org, s, rng, out);
    let feeds = if s.role == Role::Soc {
        "soc-national".to_owned()
    } else {
        org.platform(Role::Soc).to_owned()
    };
    out.push_str("    monitoring central=#true retention-days=90 {\n");
    out.push_str("        sources \"web-server\" \"ids\" \"firewall\"\n");
    let _ = writeln!(out, "        feeds {}\n    }}", q(&feeds));
    out.push_str("    logs central=#true retention-days=180\n");
    let _ = writeln!(
        out,
        "    backup separated=#true encrypted=#true restore-tested=\"2026-{:02}-{:02}\"",
        rng.between(1, 9),
        rng.between(1, 28)
    );
    if s.role == Role::OneStop {
        out.push_str("    auth citizen=\"vneid\" organisation=\"vneid\" admin-mfa=#true staff-mfa=#true local-citizen-accounts=#false\n");
    } else {
        out.push_str("    auth admin-mfa=#true staff-mfa=#true\n");
    }
    out.push_str("    incident-response notify-hours=72 initial-notice-hours=24\n");
    out.push_str("    key-management \"Khóa mã hóa quản lý tập trung trên HSM của trung tâm dữ liệu; thay khóa hằng năm\"\n");
    if personal {
        let _ = writeln!(
            out,
            "    dpia submitted=\"{}\" updated=\"2026-06-30\"",
            date((2023, 12, 20))
        );
        let _ = writeln!(out, "    processing-since {}", q(&date(s.since)));
    }
    if let Some(api) = s.api {
        let _ = writeln!(out, "    api {} {{", q(api));
        out.push_str("        protocol \"rest\"\n        format \"json\"\n");
        let _ = writeln!(
            out,
            "        schema {}",
            q(&format!("{} v1 (JSON Schema)", s.id.to_uppercase()))
        );
        let published = (s.since.0.max(2020), s.since.1, s.since.2);
        let _ = writeln!(
            out,
            "        published {} registry=\"dss-registry\"",
            q(&date(published))
        );
        out.push_str("        auth \"account\"\n        logged #true\n    }\n");
    }
    out.push_str("}\n\n");
}

/// The security level with its approval (before 2026-07-01, so the 2019 regime's levels stay
/// valid), the plan, the regulation and the latest assessment.
fn security_facts(org: &Org, s: &Sys, rng: &mut XorShift, out: &mut String) {
    if !s.no_security_level {
        let year = rng.between(u64::from(s.since.0.max(2019)), 2025) as u16;
        let month = rng.between(2, 12) as u8;
        let day = rng.between(1, 28) as u8;
        let by = if s.level >= 3 {
            "owner"
        } else {
            "security-unit"
        };
        let _ = writeln!(out, "    security-level {} {{", s.level);
        let _ = writeln!(
            out,
            "        approved {} by={} ref={}",
            q(&date((year, month, day))),
            q(by),
            q(&format!("QĐ {}/QĐ-{year}", rng.between(100, 3999)))
        );
        let _ = writeln!(out, "        appraised-by {}", q(&org.units[0].id));
        out.push_str("        dossier \"overview\" \"design\" \"justification\" \"plan\"\n    }\n");
        let _ = writeln!(
            out,
            "    regulation issued={}",
            q(&date((year, month - 1, day)))
        );
    }
    out.push_str("    security-plan \"design\" \"operation\" \"assessment\" \"risk\" \"monitoring\" \"incident\" \"decommission\"\n");
    let _ = writeln!(
        out,
        "    assessment last=\"2026-{:02}-{:02}\" by=\"a05\" licensed=#true independent=#true",
        rng.between(1, 9),
        rng.between(1, 28)
    );
}
