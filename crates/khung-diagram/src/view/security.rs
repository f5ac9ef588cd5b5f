//! `security`: the workspace's systems coloured by declared security level, marked when the
//! declared level is below the minimum level the caller computed (`ViewInputs::min_level`);
//! the view computes no policy itself.

use khung_diag::{Lang, Message};
use khung_model::Model;

use crate::graph::{Marker, Tone, ViewGraph};

use super::ViewInputs;
use super::edges::flow_exists;
use super::legend::scope;
use super::scene::{Clustering, Scene};

pub(crate) fn build(model: &Model, inputs: &ViewInputs, lang: Lang) -> ViewGraph {
    let mut scene = Scene::new(model, lang, inputs.as_of, Clustering::Agencies);
    for id in model.systems.keys() {
        if !model.is_workspace(id) || !scene.exists(id) {
            continue;
        }
        let tone = scene.level_tone(id);
        scene.add_system(id, tone);
        let declared = scene.declared_level(id);
        if let Some(&minimum) = inputs.min_level.get(id) {
            let note = scene
                .text(Message::new("diagram-describe-minimum").arg("level", minimum.to_string()));
            let below = declared.is_none_or(|level| level < minimum);
            let marker = below.then_some(Marker::BelowMinimumLevel { declared, minimum });
            scene.annotate(id, marker, note);
        }
    }
    // Flows among the workspace's own systems, for orientation.
    for (id, flow) in &model.flows {
        if !model.is_workspace(id) || !flow_exists(flow, inputs.as_of) {
            continue;
        }
        if let (Some(from), Some(to)) = (&flow.from, &flow.to) {
            scene.add_flow(&from.value, &to.value, flow, None, false, Tone::Plain);
        }
    }
    let title = scene.text(
        Message::new("diagram-title-security")
            .arg("scope", scope(model, inputs.as_of, lang))
            .arg("date", inputs.as_of.to_string()),
    );
    scene.finish(title)
}
