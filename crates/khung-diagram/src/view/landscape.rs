//! `landscape`: agencies as clusters, their systems, flows aggregated per pair.

use khung_diag::{Lang, Message};
use khung_model::Model;

use crate::graph::{Tone, ViewGraph};

use super::ViewInputs;
use super::edges::flow_exists;
use super::legend::scope;
use super::scene::{Clustering, Scene};

pub(crate) fn build(model: &Model, inputs: &ViewInputs, lang: Lang) -> ViewGraph {
    let mut scene = Scene::new(model, lang, inputs.as_of, Clustering::Agencies);
    for id in model.systems.keys() {
        if model.is_workspace(id) && scene.exists(id) {
            let tone = scene.level_tone(id);
            scene.add_system(id, tone);
        }
    }
    add_own_flows(&mut scene);
    let title = scene.text(
        Message::new("diagram-title-landscape")
            .arg("scope", scope(model, inputs.as_of, lang))
            .arg("date", inputs.as_of.to_string()),
    );
    scene.finish(title)
}

/// The workspace's flows existing at the scene's date, from their source to their target
/// (other agencies' systems they touch are added).
pub(crate) fn add_own_flows(scene: &mut Scene<'_>) {
    let model = scene.model;
    for (id, flow) in &model.flows {
        if !model.is_workspace(id) || !flow_exists(flow, scene.as_of) {
            continue;
        }
        let (Some(from), Some(to)) = (&flow.from, &flow.to) else {
            continue;
        };
        if !scene.exists(&from.value) || !scene.exists(&to.value) {
            continue;
        }
        for end in [&from.value, &to.value] {
            let tone = scene.level_tone(end);
            scene.add_system(end, tone);
        }
        scene.add_flow(&from.value, &to.value, flow, None, false, Tone::Plain);
    }
}
