//! `gap`: as-is (the evaluation date) vs to-be (`ViewInputs::to_be`, else the latest end of a
//! workspace project, else as-is): the workspace's systems and flows existing at either date,
//! added ones green, removed ones red, and systems a project ending between the two dates
//! delivers or retires while they exist at both (upgrades) amber.

use jiff::civil::Date;
use khung_diag::{Lang, Message};
use khung_model::{Element, Model};

use crate::graph::{Tone, ViewGraph};

use super::ViewInputs;
use super::edges::flow_exists;
use super::legend::scope;
use super::scene::{Clustering, Scene};

pub(crate) fn build(model: &Model, inputs: &ViewInputs, lang: Lang) -> ViewGraph {
    let as_is = inputs.as_of;
    let to_be = inputs
        .to_be
        .unwrap_or_else(|| latest_project_end(model).unwrap_or(as_is))
        .max(as_is);
    let mut scene = Scene::new(model, lang, as_is, Clustering::Agencies);
    for (id, system) in &model.systems {
        if !model.is_workspace(id) {
            continue;
        }
        let before = khung_model::exists_at(system.lifecycle(), as_is);
        let after = khung_model::exists_at(system.lifecycle(), to_be);
        let tone = match (before, after) {
            (false, false) => continue,
            (false, true) => Tone::Added,
            (true, false) => Tone::Removed,
            (true, true) if touched_by_roadmap(model, id, as_is, to_be) => Tone::Changed,
            (true, true) => Tone::Unchanged,
        };
        scene.add_system(id, tone);
    }
    for (id, flow) in &model.flows {
        if !model.is_workspace(id) {
            continue;
        }
        let (Some(from), Some(to)) = (&flow.from, &flow.to) else {
            continue;
        };
        // A flow exists at a date when it and both its ends do.
        let exists = |date: Date| {
            flow_exists(flow, date)
                && model.exists_at(&from.value, date)
                && model.exists_at(&to.value, date)
        };
        let tone = match (exists(as_is), exists(to_be)) {
            (false, false) => continue,
            (false, true) => Tone::Added,
            (true, false) => Tone::Removed,
            (true, true) => Tone::Unchanged,
        };
        for end in [&from.value, &to.value] {
            if !scene.has_node(end) && !model.is_workspace(end) {
                scene.add_system(end, Tone::Plain);
            }
        }
        scene.add_flow(&from.value, &to.value, flow, None, false, tone);
    }
    let title = scene.text(
        Message::new("diagram-title-gap")
            .arg("as-is", as_is.to_string())
            .arg("to-be", to_be.to_string())
            .arg("scope", scope(model, as_is, lang)),
    );
    scene.finish(title)
}

/// The latest `end` of a workspace project.
pub(crate) fn latest_project_end(model: &Model) -> Option<Date> {
    model
        .projects
        .iter()
        .filter(|(id, _)| model.is_workspace(id))
        .filter_map(|(_, project)| project.end.as_ref().map(|end| end.value))
        .max()
}

/// Whether a workspace project ending in `(as_is, to_be]` delivers or retires `id`.
fn touched_by_roadmap(model: &Model, id: &str, as_is: Date, to_be: Date) -> bool {
    model.projects.iter().any(|(project_id, project)| {
        model.is_workspace(project_id)
            && project
                .end
                .as_ref()
                .is_some_and(|end| end.value > as_is && end.value <= to_be)
            && project
                .delivers
                .iter()
                .chain(&project.retires)
                .any(|element| element.value == id)
    })
}
