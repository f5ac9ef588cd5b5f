//! Planning the systems of one agency (its platforms, then applications with database
//! components), their datasets and its services.

use super::fields;
use super::names::DOMAINS;
use super::names::SERVICES;
use super::plan::{Ds, Org, OrgKind, PLATFORMS, Role, Svc, Sys, share};
use super::prng::XorShift;

fn random_date(rng: &mut XorShift, from_year: u64, to_year: u64) -> (u16, u8, u8) {
    (
        rng.between(from_year, to_year) as u16,
        rng.between(1, 12) as u8,
        rng.between(1, 28) as u8,
    )
}

fn platform(org: &Org, role: Role, rng: &mut XorShift) -> Sys {
    let p = &org.prefix;
    let (suffix, kind, vi, en, zone) = match role {
        Role::Lgsp => (
            "lgsp",
            "integration-platform",
            "Nền tảng tích hợp, chia sẻ dữ liệu",
            "data integration and sharing platform (LGSP)",
            "sdtn",
        ),
        Role::OneStop => (
            "motcua",
            "one-stop",
            "Hệ thống thông tin giải quyết thủ tục hành chính",
            "administrative-procedure processing system",
            "dmz",
        ),
        Role::Documents => (
            "qlvb",
            "document-management",
            "Hệ thống quản lý văn bản và điều hành",
            "document management system",
            "internal",
        ),
        Role::Portal => (
            "cong-ttdt",
            "information-portal",
            "Cổng thông tin điện tử",
            "web portal",
            "dmz",
        ),
        Role::Soc | Role::App | Role::Component => (
            "soc",
            "monitoring",
            "Trung tâm giám sát an toàn thông tin",
            "security operations centre",
            "internal",
        ),
    };
    let api = match role {
        Role::OneStop => Some("tra-cuu-ho-so"),
        Role::Documents => Some("tra-cuu-van-ban"),
        _ => None,
    };
    let owner = if role == Role::Soc {
        org.units[0].id.clone()
    } else {
        org.top.clone()
    };
    Sys {
        id: format!("{p}-{suffix}"),
        role,
        kind,
        owner,
        domain: None,
        level: 3,
        zone: format!("{p}-{zone}"),
        components: Vec::new(),
        api,
        since: random_date(rng, 2017, 2021),
        no_security_level: false,
        name_vi: format!("{vi} {}", org.name_vi),
        name_en: format!("{} {en}", org.name_en),
    }
}

/// The platforms, then applications, each with a dataset and some database components.
pub fn plan_systems(org: &mut Org, systems: usize, datasets: usize, rng: &mut XorShift) {
    for role in PLATFORMS {
        let system = platform(org, role, rng);
        org.systems.push(system);
    }
    let generic = systems - PLATFORMS.len();
    // The one-stop, document and portal systems store one dataset each.
    let apps = datasets.saturating_sub(3).clamp(1, generic);
    for app in 0..apps {
        let in_app = share(generic, apps, app);
        let domain_index = (org.index + app) % DOMAINS.len();
        let domain = &DOMAINS[domain_index];
        let owner = owner_of(org, domain.home, app);
        let id = format!("{}-ud-{}-{:03}", org.prefix, domain.code, app + 1);
        let kind = match rng.below(10) {
            0 => "reporting",
            1 => "database",
            _ => "business-application",
        };
        let sensitive = domain.fields.iter().any(|f| fields::is_sensitive(f));
        let level = if sensitive || rng.chance(60) { 3 } else { 2 };
        let zone = if sensitive { "restricted" } else { "internal" };
        let since = random_date(rng, 2016, 2025);
        let components: Vec<String> = (1..in_app)
            .map(|n| {
                if n == 1 {
                    format!("{id}-csdl")
                } else {
                    format!("{id}-csdl-{n}")
                }
            })
            .collect();
        let unit_vi = org
            .units
            .iter()
            .find(|u| u.id == owner)
            .map_or(org.name_vi.as_str(), |u| u.vi.as_str())
            .to_owned();
        let unit_en = org
            .units
            .iter()
            .find(|u| u.id == owner)
            .map_or(org.name_en.as_str(), |u| u.en.as_str())
            .to_owned();
        org.systems.push(Sys {
            id: id.clone(),
            role: Role::App,
            kind,
            owner: owner.clone(),
            domain: Some(domain_index),
            level,
            zone: format!("{}-{zone}", org.prefix),
            components: components.clone(),
            api: Some("tra-cuu"),
            since,
            no_security_level: false,
            name_vi: format!("Hệ thống {} số {} – {unit_vi}", domain.vi, app + 1),
            name_en: format!(
                "{} system no. {} – {unit_en}",
                capitalise(domain.en),
                app + 1
            ),
        });
        for (n, component) in components.into_iter().enumerate() {
            org.systems.push(Sys {
                id: component,
                role: Role::Component,
                kind: "database",
                owner: owner.clone(),
                domain: Some(domain_index),
                level,
                zone: format!("{}-{zone}", org.prefix),
                components: Vec::new(),
                api: None,
                since,
                no_security_level: false,
                name_vi: format!(
                    "Cơ sở dữ liệu {} số {}.{} – {unit_vi}",
                    domain.vi,
                    app + 1,
                    n + 1
                ),
                name_en: format!(
                    "{} database no. {}.{} – {unit_en}",
                    capitalise(domain.en),
                    app + 1,
                    n + 1
                ),
            });
        }
    }
    plan_datasets(org, datasets);
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The unit owning an application: the province department of its domain, or a ministry unit
/// in turn (never the IT unit, which owns the SOC).
fn owner_of(org: &Org, home: &str, app: usize) -> String {
    if org.kind == OrgKind::Province
        && let Some(unit) = org.units.iter().find(|u| u.code == home)
    {
        return unit.id.clone();
    }
    let others = &org.units[1..];
    others[app % others.len()].id.clone()
}

/// A dataset for the one-stop, document and portal systems and for every application (the
/// extra ones, if any, are second datasets of the applications in turn).
fn plan_datasets(org: &mut Org, datasets: usize) {
    let p = org.prefix.clone();
    let one_stop = org.platform(Role::OneStop).to_owned();
    let documents = org.platform(Role::Documents).to_owned();
    let portal = org.platform(Role::Portal).to_owned();
    let top = org.top.clone();
    let name = org.name_vi.clone();
    let name_en = org.name_en.clone();
    org.datasets.push(Ds {
        id: format!("{p}-ho-so-tthc"),
        owner: top.clone(),
        stored_in: one_stop,
        kind: "shared-db",
        entities: vec!["tthc-dossier".into(), "person".into(), "enterprise".into()],
        fields: vec![
            "full-name",
            "date-of-birth",
            "personal-id",
            "phone",
            "email",
            "tthc-code",
        ],
        name_vi: format!("Cơ sở dữ liệu hồ sơ thủ tục hành chính {name}"),
        name_en: format!("{name_en} administrative-procedure case files"),
    });
    org.datasets.push(Ds {
        id: format!("{p}-van-ban"),
        owner: top.clone(),
        stored_in: documents,
        kind: "internal",
        entities: vec!["document".into()],
        fields: Vec::new(),
        name_vi: format!("Dữ liệu văn bản đi, đến {name}"),
        name_en: format!("{name_en} incoming and outgoing documents"),
    });
    org.datasets.push(Ds {
        id: format!("{p}-tin-bai"),
        owner: top,
        stored_in: portal,
        kind: "internal",
        entities: vec!["news-article".into()],
        fields: Vec::new(),
        name_vi: format!("Dữ liệu tin bài Cổng thông tin điện tử {name}"),
        name_en: format!("{name_en} web portal articles"),
    });
    let apps: Vec<Sys> = org.apps().cloned().collect();
    // Every application stores at least one dataset (EGAF-ARCH-010), so a small dataset count
    // is a minimum, not a limit.
    for n in 0..datasets.saturating_sub(3).max(apps.len()) {
        let Some(app) = apps.get(n % apps.len()) else {
            break;
        };
        let domain = &DOMAINS[app.domain.unwrap_or(0)];
        let round = n / apps.len();
        let id = if round == 0 {
            format!("{}-dl", app.id)
        } else {
            format!("{}-dl-{}", app.id, round + 1)
        };
        let mut entities = vec![format!("{}-record", domain.code)];
        if let Some((source, _)) = fields::national_source(domain.fields)
            && let Some(entity) = source.entity
        {
            entities.push(entity.to_owned());
        }
        org.datasets.push(Ds {
            id,
            owner: app.owner.clone(),
            stored_in: app.id.clone(),
            kind: if domain.fields.is_empty() {
                "internal"
            } else {
                "sector-db"
            },
            entities,
            fields: domain.fields.to_vec(),
            name_vi: format!("Cơ sở dữ liệu {} ({})", domain.vi, app.id),
            name_en: format!("{} data ({})", capitalise(domain.en), app.id),
        });
    }
}

pub fn plan_services(org: &mut Org, services: usize, rng: &mut XorShift) {
    for n in 0..services {
        let owner = org.units[1 + n % (org.units.len() - 1)].id.clone();
        org.services.push(Svc {
            id: String::new(),
            template: rng.below(SERVICES.len()),
            owner,
            fee: rng.chance(40),
        });
    }
}
