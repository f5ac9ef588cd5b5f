//! `dataflow`: zones as nested clusters, systems inside, flows labelled with the data they
//! carry; flows between different zones are highlighted. Encryption shows in the line style.

use khung_diag::{Lang, Message};
use khung_model::{Flow, Model};

use crate::graph::{Tone, ViewGraph};

use super::ViewInputs;
use super::edges::flow_exists;
use super::legend::scope;
use super::scene::{Clustering, Scene};

pub(crate) fn build(model: &Model, inputs: &ViewInputs, lang: Lang) -> ViewGraph {
    let mut scene = Scene::new(model, lang, inputs.as_of, Clustering::Zones);
    for id in model.systems.keys() {
        if model.is_workspace(id) && scene.exists(id) {
            let tone = scene.level_tone(id);
            scene.add_system(id, tone);
        }
    }
    for (id, flow) in &model.flows {
        if !model.is_workspace(id) || !flow_exists(flow, inputs.as_of) {
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
        let zone_of = |system: &str| {
            model
                .systems
                .get(system)
                .and_then(|s| s.zone.as_ref())
                .map(|z| z.value.as_str())
        };
        let (from_zone, to_zone) = (zone_of(&from.value), zone_of(&to.value));
        let crosses_zones = from_zone != to_zone;
        let label = data_label(&scene, flow);
        scene.add_flow(
            &from.value,
            &to.value,
            flow,
            label,
            crosses_zones,
            Tone::Plain,
        );
    }
    let title = scene.text(
        Message::new("diagram-title-dataflow")
            .arg("scope", scope(model, inputs.as_of, lang))
            .arg("date", inputs.as_of.to_string()),
    );
    scene.finish(title)
}

/// What the flow carries: its datasets' names, else its field names.
fn data_label(scene: &Scene<'_>, flow: &Flow) -> Option<String> {
    let parts: Vec<String> = if flow.data.is_empty() {
        flow.fields.iter().map(|f| f.value.clone()).collect()
    } else {
        flow.data.iter().map(|d| scene.name_of(&d.value)).collect()
    };
    (!parts.is_empty()).then(|| parts.join(", "))
}
