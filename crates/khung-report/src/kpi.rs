//! Section 2: the e-government monitoring indicators per workspace top agency
//! (cli-and-outputs.md, "Reports"), each over workspace elements existing at as-of, with the
//! elements counted on both sides so a reader can verify it.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use khung_diag::Lang;
use khung_model::{Element, Model, PersonalLevel, ServiceMode, SystemKind, SystemType};

use crate::model::{AgencyKpis, Kpi, SeverityCounts};
use crate::run::CheckRun;
use crate::text::{element_label, ratio, text};

/// One indicator's elements: those in the denominator, with whether each is in the numerator.
type Tally = BTreeMap<String, bool>;

/// Positions of the indicators in [`KPIS`] and in an agency's tallies.
const SECURITY_LEVELS: usize = 0;
const INTEGRATED_EXCHANGE: usize = 1;
const FULL_ONLINE_SERVICES: usize = 2;
const NATIONAL_EID: usize = 3;
const PERSONAL_DATA_ASSESSED: usize = 4;

/// The KPIs of every workspace top agency (sorted by id), then, when some workspace elements
/// have no top agency, a block for those.
#[must_use]
pub fn kpis(run: &CheckRun<'_>, min_levels: &BTreeMap<String, i64>) -> Vec<AgencyKpis> {
    let model = run.model;
    let as_of = run.as_of;
    // Keyed by top agency; `None` collects elements whose owner chain reaches none.
    let mut tallies: BTreeMap<Option<String>, [Tally; 5]> = BTreeMap::new();
    for agency in workspace_top_agencies(model, as_of) {
        tallies.entry(Some(agency)).or_default();
    }
    let top = |id: &str| model.top_agency(id, as_of).map(str::to_owned);
    let existing = |id: &str, facts| model.is_workspace(id) && khung_model::exists_at(facts, as_of);

    for (id, system) in &model.systems {
        if !existing(id, system.lifecycle()) {
            continue;
        }
        let entry = tallies.entry(top(id)).or_default();
        let declared = system
            .security_level
            .as_ref()
            .filter(|level| {
                level
                    .approved
                    .as_ref()
                    .is_some_and(|a| a.value.as_ref().is_none_or(|d| d.value <= as_of))
            })
            .and_then(|level| level.value.as_ref())
            .map(|v| v.value);
        let minimum = min_levels.get(id).copied().unwrap_or(0);
        entry[SECURITY_LEVELS].insert(id.clone(), declared.is_some_and(|v| v >= minimum));
        if model.system_type(id) == Some(SystemType::CitizenService) {
            let vneid = system
                .auth
                .as_ref()
                .and_then(|auth| auth.citizen.as_ref())
                .is_some_and(|citizen| citizen.value == "vneid");
            entry[NATIONAL_EID].insert(id.clone(), vneid);
        }
    }
    for (id, flow) in &model.flows {
        if !existing(id, flow.lifecycle()) {
            continue;
        }
        let (Some(from), Some(to)) = (&flow.from, &flow.to) else {
            continue;
        };
        let (Some(from_top), Some(to_top)) = (top(&from.value), top(&to.value)) else {
            continue;
        };
        if from_top == to_top {
            continue;
        }
        let through_platform = flow.via.iter().any(|via| {
            model.systems.get(&via.value).is_some_and(|s| {
                matches!(
                    s.kind.as_ref().map(|k| k.value),
                    Some(SystemKind::IntegrationPlatform | SystemKind::NationalIntegrationPlatform)
                )
            })
        });
        // A flow between two agencies counts for each of them that is in the workspace.
        for end in [from_top, to_top] {
            if let Some(entry) = tallies.get_mut(&Some(end)) {
                entry[INTEGRATED_EXCHANGE].insert(id.clone(), through_platform);
            }
        }
    }
    for (id, service) in &model.services {
        if !existing(id, service.lifecycle()) {
            continue;
        }
        let full = service
            .mode
            .as_ref()
            .is_some_and(|m| m.value == ServiceMode::Full);
        tallies.entry(top(id)).or_default()[FULL_ONLINE_SERVICES].insert(id.clone(), full);
    }
    for (id, dataset) in &model.datasets {
        if !existing(id, dataset.lifecycle()) {
            continue;
        }
        let personal = dataset.personal.as_ref().map(|p| p.value);
        if !matches!(
            personal,
            Some(PersonalLevel::Basic | PersonalLevel::Sensitive)
        ) {
            continue;
        }
        let assessed = dataset
            .stored_in
            .as_ref()
            .and_then(|s| model.systems.get(&s.value))
            .is_some_and(|system| system.dpia.is_some());
        tallies.entry(top(id)).or_default()[PERSONAL_DATA_ASSESSED].insert(id.clone(), assessed);
    }

    let open = open_findings(run);
    if open.contains_key(&None) {
        tallies.entry(None).or_default();
    }
    tallies
        .into_iter()
        .filter(|(agency, tally)| {
            agency.is_some() || open.contains_key(agency) || tally.iter().any(|t| !t.is_empty())
        })
        .map(|(agency, tally)| AgencyKpis {
            open_findings: open.get(&agency).cloned().unwrap_or_default(),
            agency: agency
                .as_deref()
                .map(|id| element_label(model, "agency", id, run.lang)),
            kpis: tally
                .iter()
                .zip(KPIS.iter())
                .map(|(tally, def)| kpi(def, tally, run.lang))
                .collect(),
        })
        .collect()
}

/// The top agencies of the workspace's agencies and of the owners of its systems, datasets
/// and services, sorted (the agencies `--view all` draws, plus owners of data and services).
#[must_use]
pub fn workspace_top_agencies(model: &Model, as_of: Date) -> BTreeSet<String> {
    let agencies = model.agencies.keys().filter(|id| model.is_workspace(id));
    let owned = model
        .systems
        .keys()
        .chain(model.datasets.keys())
        .chain(model.services.keys())
        .filter(|id| model.is_workspace(id));
    agencies
        .chain(owned)
        .filter_map(|id| model.top_agency(id, as_of))
        .map(str::to_owned)
        .collect()
}

/// The text of one indicator: its id and three catalogue messages.
struct KpiDef {
    id: &'static str,
    name: &'static str,
    numerator: &'static str,
    denominator: &'static str,
}

const KPIS: [KpiDef; 5] = [
    KpiDef {
        id: "security-levels",
        name: "report-kpi-security-levels",
        numerator: "report-kpi-security-levels-numerator",
        denominator: "report-kpi-security-levels-denominator",
    },
    KpiDef {
        id: "integrated-exchange",
        name: "report-kpi-integrated-exchange",
        numerator: "report-kpi-integrated-exchange-numerator",
        denominator: "report-kpi-integrated-exchange-denominator",
    },
    KpiDef {
        id: "full-online-services",
        name: "report-kpi-full-online-services",
        numerator: "report-kpi-full-online-services-numerator",
        denominator: "report-kpi-full-online-services-denominator",
    },
    KpiDef {
        id: "national-eid",
        name: "report-kpi-national-eid",
        numerator: "report-kpi-national-eid-numerator",
        denominator: "report-kpi-national-eid-denominator",
    },
    KpiDef {
        id: "personal-data-assessed",
        name: "report-kpi-personal-data-assessed",
        numerator: "report-kpi-personal-data-assessed-numerator",
        denominator: "report-kpi-personal-data-assessed-denominator",
    },
];

fn kpi(def: &KpiDef, tally: &Tally, lang: Lang) -> Kpi {
    let meeting: Vec<String> = tally
        .iter()
        .filter(|(_, ok)| **ok)
        .map(|(id, _)| id.clone())
        .collect();
    let not_meeting: Vec<String> = tally
        .iter()
        .filter(|(_, ok)| !**ok)
        .map(|(id, _)| id.clone())
        .collect();
    Kpi {
        id: def.id,
        name: text(def.name, lang),
        numerator_label: text(def.numerator, lang),
        denominator_label: text(def.denominator, lang),
        ratio: ratio(meeting.len(), tally.len(), lang),
        meeting,
        not_meeting,
    }
}

/// Active findings by severity per top agency of the element they are about (a flow counts
/// for the top agencies of both its ends).
fn open_findings(run: &CheckRun<'_>) -> BTreeMap<Option<String>, SeverityCounts> {
    let model = run.model;
    let mut counts: BTreeMap<Option<String>, SeverityCounts> = BTreeMap::new();
    for finding in run.outcome.findings.iter().filter(|f| f.is_active()) {
        let agencies: BTreeSet<Option<String>> = match model.flows.get(&finding.element) {
            Some(flow) => flow
                .from
                .iter()
                .chain(flow.to.iter())
                .map(|end| model.top_agency(&end.value, run.as_of).map(str::to_owned))
                .collect(),
            None => BTreeSet::from([model
                .top_agency(&finding.element, run.as_of)
                .map(str::to_owned)]),
        };
        for agency in agencies {
            counts.entry(agency).or_default().add(finding.severity);
        }
    }
    counts
}
