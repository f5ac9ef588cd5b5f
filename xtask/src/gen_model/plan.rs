//! The plan of a synthetic model: every agency, system, dataset and service with its ids and
//! facts, decided before anything is written (flows are planned in [`super::plan_flows`]), so
//! that references across agencies always name something that exists.

use super::names::{
    DepartmentName, GOVERNMENT_AGENCIES, MINISTRIES, MINISTRY_UNITS, PROVINCE_DEPARTMENTS,
    PROVINCES,
};
use super::plan_systems;
use super::prng::XorShift;

/// What to generate (the command-line flags of `xtask gen-model`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// Number of provinces.
    pub provinces: usize,
    /// Number of ministries.
    pub ministries: usize,
    /// Number of systems in all (spread evenly).
    pub systems: usize,
    /// Number of flows in all (spread evenly; the platform flows every agency needs come
    /// first, so a very small number is exceeded).
    pub flows: usize,
    /// Number of datasets in all.
    pub datasets: usize,
    /// Number of services in all.
    pub services: usize,
    /// Number of seeded violations (systems without `security-level`, inter-agency flows
    /// without `via`, alternately).
    pub violations: usize,
    /// The seed.
    pub seed: u64,
}

/// How an agency of the model relates to the reference model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    /// A province: its People's Committee and departments are defined in the workspace.
    Province,
    /// A ministry of the reference model: the workspace defines its units only.
    ReferenceMinistry,
    /// A government agency of ministry rank defined in the workspace.
    OwnMinistry,
}

/// What a system is for in its agency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The agency's integration platform (LGSP), its only door to NDXP.
    Lgsp,
    /// The one-stop (TTHC processing) system.
    OneStop,
    /// The document-management system, linked to VDXP.
    Documents,
    /// The information portal.
    Portal,
    /// The security operations centre, feeding the national monitoring system.
    Soc,
    /// A business application (or reporting system, or database) with its own api.
    App,
    /// A database component of an application.
    Component,
}

/// One unit of an agency (a department of a province, a unit of a ministry).
#[derive(Debug, Clone)]
pub struct Unit {
    /// Its id.
    pub id: String,
    /// The department's code (`so-y-te`).
    pub code: &'static str,
    /// Vietnamese name (with the agency's name).
    pub vi: String,
    /// English name.
    pub en: String,
}

/// One planned system.
#[derive(Debug, Clone)]
pub struct Sys {
    /// Its id.
    pub id: String,
    /// Its role.
    pub role: Role,
    /// Its `kind`.
    pub kind: &'static str,
    /// Its owner (agency id).
    pub owner: String,
    /// The business domain (an index into [`super::names::DOMAINS`]) of an application and its components.
    pub domain: Option<usize>,
    /// The declared security level.
    pub level: u8,
    /// Its zone.
    pub zone: String,
    /// Its components (system ids).
    pub components: Vec<String>,
    /// The name of its api, when it has one.
    pub api: Option<&'static str>,
    /// The year, month and day it started operating.
    pub since: (u16, u8, u8),
    /// Seeded violation: written without `security-level`.
    pub no_security_level: bool,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
}

/// One planned dataset.
#[derive(Debug, Clone)]
pub struct Ds {
    /// Its id.
    pub id: String,
    /// Its owner.
    pub owner: String,
    /// The system it is stored in.
    pub stored_in: String,
    /// `kind`.
    pub kind: &'static str,
    /// Entity names.
    pub entities: Vec<String>,
    /// Field-vocabulary names.
    pub fields: Vec<&'static str>,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
}

/// One planned public service.
#[derive(Debug, Clone)]
pub struct Svc {
    /// Its TTHC code.
    pub id: String,
    /// Which entry of [`super::names::SERVICES`].
    pub template: usize,
    /// Its owner.
    pub owner: String,
    /// Whether a fee is paid online.
    pub fee: bool,
}

/// One agency of the model (a province or a ministry) with everything it owns.
#[derive(Debug, Clone)]
pub struct Org {
    /// Its position among the agencies (also its random stream).
    pub index: usize,
    /// Province or ministry.
    pub kind: OrgKind,
    /// The prefix of every id of the agency.
    pub prefix: String,
    /// The folder of its files (`provinces/ha-noi`).
    pub folder: String,
    /// The top agency's id.
    pub top: String,
    /// Vietnamese name (`tỉnh Quảng Ninh`, `Bộ Y tế`).
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Its units; the first is the IT and security unit.
    pub units: Vec<Unit>,
    /// The IT centre that operates its shared platforms.
    pub it_centre: String,
    /// Its systems: the platforms first, then applications with their components.
    pub systems: Vec<Sys>,
    /// Its datasets.
    pub datasets: Vec<Ds>,
    /// Its services.
    pub services: Vec<Svc>,
}

impl Org {
    /// The id of the system playing `role` (the platforms are unique per agency).
    pub fn platform(&self, role: Role) -> &str {
        self.systems
            .iter()
            .find(|s| s.role == role)
            .map_or("", |s| s.id.as_str())
    }

    /// The applications (systems with an api and a dataset).
    pub fn apps(&self) -> impl Iterator<Item = &Sys> {
        self.systems.iter().filter(|s| s.role == Role::App)
    }
}

/// The platform systems every agency has.
pub const PLATFORMS: [Role; 5] = [
    Role::Lgsp,
    Role::OneStop,
    Role::Documents,
    Role::Portal,
    Role::Soc,
];

/// Splits `total` over `parts` as evenly as possible (the first ones get the remainder).
pub fn share(total: usize, parts: usize, index: usize) -> usize {
    if parts == 0 {
        return 0;
    }
    total / parts + usize::from(index < total % parts)
}

/// Plans every agency with its systems, datasets and services.
pub fn plan_orgs(spec: &Spec) -> Result<Vec<Org>, String> {
    let count = spec.provinces + spec.ministries;
    if count == 0 {
        return Err("at least one province or ministry is needed".to_owned());
    }
    if spec.systems / count < PLATFORMS.len() + 1 {
        return Err(format!(
            "{} systems are too few: every agency needs its {} platforms and an application",
            spec.systems,
            PLATFORMS.len()
        ));
    }
    let mut orgs = Vec::with_capacity(count);
    for index in 0..count {
        let mut org = if index < spec.provinces {
            province(index)
        } else {
            ministry(index - spec.provinces)
        };
        org.index = index;
        let mut rng = XorShift::new(spec.seed, index as u64);
        let systems = share(spec.systems, count, index);
        let datasets = share(spec.datasets, count, index);
        plan_systems::plan_systems(&mut org, systems, datasets, &mut rng);
        plan_systems::plan_services(&mut org, share(spec.services, count, index), &mut rng);
        orgs.push(org);
    }
    number_services(&mut orgs);
    Ok(orgs)
}

fn unit(prefix: &str, department: &DepartmentName, of_vi: &str, of_en: &str) -> Unit {
    Unit {
        id: format!("{prefix}-{}", department.code),
        code: department.code,
        vi: format!("{} {of_vi}", department.vi),
        en: format!("{}, {of_en}", department.en),
    }
}

fn province(index: usize) -> Org {
    let base = &PROVINCES[index % PROVINCES.len()];
    // Beyond the 34 real provinces, numbered copies keep every id unique.
    let round = index / PROVINCES.len();
    let prefix = if round == 0 {
        base.slug.to_owned()
    } else {
        format!("{}-{}", base.slug, round + 1)
    };
    let units = PROVINCE_DEPARTMENTS
        .iter()
        .map(|d| unit(&prefix, d, base.vi, base.en))
        .collect();
    Org {
        index,
        kind: OrgKind::Province,
        folder: format!("provinces/{prefix}"),
        top: format!("ubnd-{prefix}"),
        it_centre: format!("{prefix}-ttcds"),
        prefix,
        name_vi: base.vi.to_owned(),
        name_en: base.en.to_owned(),
        units,
        systems: Vec::new(),
        datasets: Vec::new(),
        services: Vec::new(),
    }
}

fn ministry(index: usize) -> Org {
    let own = MINISTRIES.len() + GOVERNMENT_AGENCIES.len();
    let round = index / own;
    let position = index % own;
    let (base, kind) = match MINISTRIES.get(position) {
        Some(base) if round == 0 => (base, OrgKind::ReferenceMinistry),
        Some(base) => (base, OrgKind::OwnMinistry),
        None => (
            &GOVERNMENT_AGENCIES[position - MINISTRIES.len()],
            OrgKind::OwnMinistry,
        ),
    };
    // Past the first round every agency is the workspace's own, with a numbered id.
    let top = if round == 0 {
        base.id.to_owned()
    } else {
        format!("{}-{}", base.id, round + 1)
    };
    let units = MINISTRY_UNITS
        .iter()
        .map(|d| unit(&top, d, &format!("– {}", base.vi), base.en))
        .collect();
    Org {
        index,
        kind,
        folder: format!("ministries/{top}"),
        prefix: top.clone(),
        it_centre: format!("{top}-ttcds"),
        top,
        name_vi: base.vi.to_owned(),
        name_en: base.en.to_owned(),
        units,
        systems: Vec::new(),
        datasets: Vec::new(),
        services: Vec::new(),
    }
}

/// TTHC codes: `1.xxxxxx` for provincial procedures, `2.xxxxxx` for ministries', unique.
fn number_services(orgs: &mut [Org]) {
    let mut next = [0usize; 2];
    for org in orgs {
        let level = usize::from(org.kind != OrgKind::Province);
        for service in &mut org.services {
            next[level] += 1;
            service.id = format!("{}.{:06}", level + 1, next[level]);
        }
    }
}
