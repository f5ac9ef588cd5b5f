//! `integration`: systems and the platforms they exchange through, flows drawn along `via`.

use khung_diag::{Lang, Message};
use khung_model::Model;

use crate::graph::{Tone, ViewGraph};

use super::ViewInputs;
use super::edges::flow_exists;
use super::legend::scope;
use super::scene::{Clustering, Scene};

pub(crate) fn build(model: &Model, inputs: &ViewInputs, lang: Lang) -> ViewGraph {
    let mut scene = Scene::new(model, lang, inputs.as_of, Clustering::Agencies);
    for (id, flow) in &model.flows {
        if !model.is_workspace(id) || !flow_exists(flow, inputs.as_of) {
            continue;
        }
        let path: Vec<&str> = flow.path().map(|s| s.value.as_str()).collect();
        if path.len() < 2 || path.iter().any(|system| !scene.exists(system)) {
            continue;
        }
        for system in &path {
            let tone = scene.level_tone(system);
            scene.add_system(system, tone);
        }
        for pair in path.windows(2) {
            if let [a, b] = pair {
                scene.add_flow(a, b, flow, None, false, Tone::Plain);
            }
        }
    }
    let title = scene.text(
        Message::new("diagram-title-integration")
            .arg("scope", scope(model, inputs.as_of, lang))
            .arg("date", inputs.as_of.to_string()),
    );
    scene.finish(title)
}
