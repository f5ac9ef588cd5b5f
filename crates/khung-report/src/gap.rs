//! Section 5: the gap between as-is (the evaluation date) and to-be: elements added, retired
//! and changed (`model-language.md`), the projects responsible, and the findings the roadmap
//! resolves and introduces (the check run at both dates, compared by fingerprint).

use std::collections::BTreeMap;

use jiff::civil::Date;
use khung_model::{ElementKind, ElementRef, Model};
use khung_rules::engine::CheckOutcome;
use khung_rules::engine::finding::Finding;

use crate::model::{Gap, GapElement, GapFinding, GapProject};
use crate::run::CheckRun;
use crate::text::{element_label, label_of};

/// The to-be side of the gap.
#[derive(Clone, Copy)]
pub struct ToBe<'a> {
    /// The to-be date (see [`crate::to_be_date`]).
    pub date: Date,
    /// The check of the same model and rules at `date`, when the caller ran it; without it the
    /// report lists no resolved or introduced findings (and says so).
    pub outcome: Option<&'a CheckOutcome>,
}

/// Builds the gap.
#[must_use]
pub fn gap(run: &CheckRun<'_>, to_be: ToBe<'_>) -> Gap {
    let model = run.model;
    let (as_is, to_be_date) = (run.as_of, to_be.date);
    let (mut added, mut retired, mut changed) = (Vec::new(), Vec::new(), Vec::new());
    for element in model.elements() {
        let id = element.id().value.as_str();
        // Projects are the roadmap itself, not what it changes.
        if element.kind() == ElementKind::Project || !model.is_workspace(id) {
            continue;
        }
        let facts = element.lifecycle();
        let before = khung_model::exists_at(facts, as_is);
        let after = khung_model::exists_at(facts, to_be_date);
        let delivered_by = projects_listing(model, id, as_is, to_be_date, Listing::Delivers);
        let retired_by = projects_listing(model, id, as_is, to_be_date, Listing::Retires);
        match (before, after) {
            (false, true) => added.push(gap_element(element, delivered_by, run)),
            (true, false) => retired.push(gap_element(element, retired_by, run)),
            (true, true) if !delivered_by.is_empty() || !retired_by.is_empty() => {
                let mut projects = delivered_by;
                projects.extend(retired_by);
                projects.sort();
                projects.dedup();
                changed.push(gap_element(element, projects, run));
            }
            _ => {}
        }
    }
    let (findings_resolved, findings_introduced) = match to_be.outcome {
        Some(later) => (
            missing_from(run, &run.outcome.findings, &later.findings),
            missing_from(run, &later.findings, &run.outcome.findings),
        ),
        None => (Vec::new(), Vec::new()),
    };
    Gap {
        as_is: as_is.to_string(),
        to_be: to_be_date.to_string(),
        added,
        retired,
        changed,
        findings_compared: to_be.outcome.is_some(),
        findings_resolved,
        findings_introduced,
        projects: projects_on_path(run, to_be_date),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Listing {
    Delivers,
    Retires,
}

/// The workspace projects that list `id` under `delivers` / `retires` and run between the
/// two dates (or, for a project without dates, at all), by id.
fn projects_listing(
    model: &Model,
    id: &str,
    as_is: Date,
    to_be: Date,
    listing: Listing,
) -> Vec<String> {
    model
        .projects
        .iter()
        .filter(|(project_id, project)| {
            model.is_workspace(project_id)
                && overlaps(
                    project.start.as_ref().map(|s| s.value),
                    project.end.as_ref().map(|e| e.value),
                    as_is,
                    to_be,
                )
                && match listing {
                    Listing::Delivers => &project.delivers,
                    Listing::Retires => &project.retires,
                }
                .iter()
                .any(|element| element.value == id)
        })
        .map(|(project_id, _)| project_id.clone())
        .collect()
}

/// Whether a project running `[start, end]` (open where absent) overlaps `(as_is, to_be]`.
/// With equal dates there is no window: nothing is on the path.
fn overlaps(start: Option<Date>, end: Option<Date>, as_is: Date, to_be: Date) -> bool {
    as_is < to_be && end.is_none_or(|end| end > as_is) && start.is_none_or(|start| start <= to_be)
}

fn gap_element(element: ElementRef<'_>, projects: Vec<String>, run: &CheckRun<'_>) -> GapElement {
    let facts = element.lifecycle();
    GapElement {
        element: label_of(element, run.lang),
        since: facts.since.map(|d| d.to_string()),
        retire: facts.retire.map(|d| d.to_string()),
        projects,
    }
}

/// Findings of `these` whose fingerprint is not among `others`' (suppression is ignored: the
/// gap is about what the roadmap changes in the model, not about waivers expiring).
fn missing_from(run: &CheckRun<'_>, these: &[Finding], others: &[Finding]) -> Vec<GapFinding> {
    let others: std::collections::BTreeSet<&str> =
        others.iter().map(|f| f.fingerprint.as_str()).collect();
    let mut unique: BTreeMap<&str, &Finding> = BTreeMap::new();
    for finding in these {
        if !others.contains(finding.fingerprint.as_str()) {
            unique
                .entry(finding.fingerprint.as_str())
                .or_insert(finding);
        }
    }
    unique
        .into_values()
        .map(|finding| GapFinding {
            rule: finding.rule.clone(),
            severity: finding.severity,
            element: element_label(run.model, finding.element_kind, &finding.element, run.lang),
            message: finding.message.clone(),
            fingerprint: finding.fingerprint.clone(),
        })
        .collect()
}

/// The workspace projects running between the two dates, by (end, id).
fn projects_on_path(run: &CheckRun<'_>, to_be: Date) -> Vec<GapProject> {
    let model = run.model;
    let mut projects: Vec<(Option<Date>, GapProject)> = model
        .projects
        .iter()
        .filter(|(id, project)| {
            model.is_workspace(id)
                && overlaps(
                    project.start.as_ref().map(|s| s.value),
                    project.end.as_ref().map(|e| e.value),
                    run.as_of,
                    to_be,
                )
        })
        .map(|(_, project)| {
            let end = project.end.as_ref().map(|e| e.value);
            let budget = project.budget.as_ref().and_then(|budget| {
                let amount = budget.value.as_ref()?.value;
                Some(match &budget.currency {
                    Some(currency) => format!("{amount} {}", currency.value),
                    None => amount.to_string(),
                })
            });
            let gap_project = GapProject {
                project: label_of(ElementRef::Project(project), run.lang),
                owner: project.owner.as_ref().map(|o| o.value.clone()),
                start: project.start.as_ref().map(|s| s.value.to_string()),
                end: end.map(|d| d.to_string()),
                delivers: project.delivers.iter().map(|d| d.value.clone()).collect(),
                retires: project.retires.iter().map(|r| r.value.clone()).collect(),
                budget,
            };
            (end, gap_project)
        })
        .collect();
    projects.sort_by(|a, b| (a.0, &a.1.project.id).cmp(&(b.0, &b.1.project.id)));
    projects.into_iter().map(|(_, project)| project).collect()
}
