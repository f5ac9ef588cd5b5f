//! `context:<system>`: one system, its direct neighbours and the flows between them.

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
    system_id: &str,
) -> Result<ViewGraph, Diagnostic> {
    if !model.systems.contains_key(system_id) {
        let suggestion = closest(system_id, model.systems.keys().map(String::as_str));
        return Err(argument_error(
            Message::new("diagram-unknown-system").arg("id", system_id),
            suggestion.map(str::to_owned),
        ));
    }
    let mut scene = Scene::new(model, lang, inputs.as_of, Clustering::Agencies);
    let tone = scene.level_tone(system_id);
    scene.add_system(system_id, tone);
    // A system that does not exist yet (planned) is shown with its planned flows.
    let focus_exists = scene.exists(system_id);
    for flow in model.flows.values() {
        if focus_exists && !flow_exists(flow, inputs.as_of) {
            continue;
        }
        let path: Vec<&str> = flow.path().map(|id| id.value.as_str()).collect();
        let (Some(&from), Some(&to)) = (path.first(), path.last()) else {
            continue;
        };
        // Ends: the flow itself; an intermediary: the legs before and after it.
        let legs: Vec<(&str, &str)> = if from == system_id || to == system_id {
            vec![(from, to)]
        } else {
            path.windows(2)
                .filter_map(|pair| match pair {
                    [a, b] if *a == system_id || *b == system_id => Some((*a, *b)),
                    _ => None,
                })
                .collect()
        };
        for (a, b) in legs {
            for end in [a, b] {
                let tone = scene.level_tone(end);
                scene.add_system(end, tone);
            }
            scene.add_flow(a, b, flow, None, false, Tone::Plain);
        }
    }
    let title = scene.text(
        Message::new("diagram-title-context")
            .arg("name", scene.name_of(system_id))
            .arg("date", inputs.as_of.to_string()),
    );
    Ok(scene.finish(title))
}
