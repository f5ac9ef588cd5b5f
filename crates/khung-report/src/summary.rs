//! Section 1: counts by severity and by VNEAF view, conformance per view.

use std::collections::BTreeSet;

use khung_model::{Element, Model};
use khung_rules::engine::finding::Suppression;
use khung_rules::pack::load::VIEWS;

use crate::applied::rules_applied;
use crate::model::{ElementCounts, SeverityCounts, Summary, ViewSummary};
use crate::run::CheckRun;
use crate::text::{ratio, view_title};

/// Builds the summary.
#[must_use]
pub fn summary(run: &CheckRun<'_>) -> Summary {
    let mut active = SeverityCounts::default();
    let (mut waived, mut baseline) = (0, 0);
    for finding in &run.outcome.findings {
        match finding.suppression {
            None => active.add(finding.severity),
            Some(Suppression::Waived { .. }) => waived += 1,
            Some(Suppression::Baseline) => baseline += 1,
        }
    }
    let mut diagnostics = SeverityCounts::default();
    for diagnostic in run.diagnostics {
        diagnostics.add(diagnostic.severity);
    }
    let applied = rules_applied(run);
    let views: Vec<ViewSummary> = view_ids(run)
        .into_iter()
        .map(|view| view_summary(run, &view, &applied))
        .collect();
    let clean: usize = views.iter().map(|v| v.rules_clean).sum();
    let applied_total: usize = views.iter().map(|v| v.rules_applied).sum();
    Summary {
        active,
        waived,
        baseline,
        diagnostics,
        elements: element_counts(run.model, run.as_of),
        rules_run: run.rules_run().count(),
        rules_disabled: run.outcome.stats.rules_disabled.clone(),
        views,
        conformance: ratio(clean, applied_total, run.lang),
    }
}

/// The framework's views in its order, then any other view a workspace rule names, sorted.
#[must_use]
pub fn view_ids(run: &CheckRun<'_>) -> Vec<String> {
    let mut views: Vec<String> = VIEWS.iter().map(|v| (*v).to_owned()).collect();
    let extra: BTreeSet<&str> = run
        .rules
        .rules()
        .iter()
        .map(|rule| rule.view.as_str())
        .filter(|view| !VIEWS.contains(view))
        .collect();
    views.extend(extra.into_iter().map(str::to_owned));
    views
}

fn view_summary(run: &CheckRun<'_>, view: &str, applied: &BTreeSet<String>) -> ViewSummary {
    let mut active = SeverityCounts::default();
    let mut rules_with_active: BTreeSet<&str> = BTreeSet::new();
    for finding in &run.outcome.findings {
        if finding.view == view && finding.is_active() {
            active.add(finding.severity);
            rules_with_active.insert(finding.rule.as_str());
        }
    }
    let run_rules: Vec<&str> = run
        .rules_run()
        .filter(|rule| rule.view == view)
        .map(|rule| rule.id.as_str())
        .collect();
    let rules_applied = run_rules.iter().filter(|id| applied.contains(**id)).count();
    let rules_clean = run_rules
        .iter()
        .filter(|id| applied.contains(**id) && !rules_with_active.contains(**id))
        .count();
    ViewSummary {
        view: view.to_owned(),
        title: view_title(view, run.lang),
        active,
        rules_run: run_rules.len(),
        rules_applied,
        rules_clean,
        score: ratio(rules_clean, rules_applied, run.lang),
    }
}

fn element_counts(model: &Model, as_of: jiff::civil::Date) -> ElementCounts {
    fn count<E: Element>(
        model: &Model,
        elements: &std::collections::BTreeMap<String, E>,
        as_of: jiff::civil::Date,
    ) -> usize {
        elements
            .iter()
            .filter(|(id, element)| {
                model.is_workspace(id) && khung_model::exists_at(element.lifecycle(), as_of)
            })
            .count()
    }
    ElementCounts {
        agencies: count(model, &model.agencies, as_of),
        systems: count(model, &model.systems, as_of),
        datasets: count(model, &model.datasets, as_of),
        flows: count(model, &model.flows, as_of),
        services: count(model, &model.services, as_of),
        zones: count(model, &model.zones, as_of),
        projects: count(model, &model.projects, as_of),
    }
}
