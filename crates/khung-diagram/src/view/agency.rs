//! `agency:<id>`: one agency's systems and datasets (its own and its units'), and
//! everything they connect to: the other ends of their flows and the systems storing them.

use std::collections::BTreeSet;

use khung_diag::{Diagnostic, Lang, Message, closest};
use khung_model::Model;

use crate::graph::{Tone, ViewGraph};
use crate::spec::argument_error;

use super::ViewInputs;
use super::edges::flow_exists;
use super::scene::{Clustering, Scene};

#[expect(
    clippy::result_large_err,
    reason = "one diagnostic per invocation; it is the CLI's error value"
)]
pub(crate) fn build(
    model: &Model,
    inputs: &ViewInputs,
    lang: Lang,
    agency_id: &str,
) -> Result<ViewGraph, Diagnostic> {
    if !model.agencies.contains_key(agency_id) {
        let suggestion = closest(agency_id, model.agencies.keys().map(String::as_str));
        return Err(argument_error(
            Message::new("diagram-unknown-agency").arg("id", agency_id),
            suggestion.map(str::to_owned),
        ));
    }
    let members: BTreeSet<&str> = model
        .agencies
        .keys()
        .map(String::as_str)
        .filter(|id| *id == agency_id || model.ancestors(id).contains(&agency_id))
        .collect();
    let owned_by_members = |owner: Option<&str>| owner.is_some_and(|o| members.contains(o));
    let mut scene = Scene::new(model, lang, inputs.as_of, Clustering::Agencies);
    for (id, system) in &model.systems {
        if owned_by_members(system.owner.as_ref().map(|o| o.value.as_str())) && scene.exists(id) {
            let tone = scene.level_tone(id);
            scene.add_system(id, tone);
        }
    }
    for (id, dataset) in &model.datasets {
        let stored_in = dataset.stored_in.as_ref().map(|s| s.value.as_str());
        let owned = owned_by_members(dataset.owner.as_ref().map(|o| o.value.as_str()));
        let stored_here = stored_in.is_some_and(|s| scene.has_node(s));
        if !(owned || stored_here) || !scene.exists(id) {
            continue;
        }
        scene.add_dataset(id, Tone::Plain);
        if let Some(system) = stored_in.filter(|s| scene.exists(s)) {
            let tone = scene.level_tone(system);
            scene.add_system(system, tone);
            scene.add_storage(id, system);
        }
    }
    let own_systems: BTreeSet<String> = model
        .systems
        .iter()
        .filter(|(id, system)| {
            owned_by_members(system.owner.as_ref().map(|o| o.value.as_str()))
                && model.exists_at(id, inputs.as_of)
        })
        .map(|(id, _)| id.clone())
        .collect();
    for flow in model.flows.values() {
        if !flow_exists(flow, inputs.as_of) {
            continue;
        }
        let (Some(from), Some(to)) = (&flow.from, &flow.to) else {
            continue;
        };
        let touches = own_systems.contains(&from.value) || own_systems.contains(&to.value);
        if !touches || !scene.exists(&from.value) || !scene.exists(&to.value) {
            continue;
        }
        for end in [&from.value, &to.value] {
            let tone = scene.level_tone(end);
            scene.add_system(end, tone);
        }
        scene.add_flow(&from.value, &to.value, flow, None, false, Tone::Plain);
    }
    let title = scene.text(
        Message::new("diagram-title-agency")
            .arg("name", scene.name_of(agency_id))
            .arg("date", inputs.as_of.to_string()),
    );
    Ok(scene.finish(title))
}
