//! Section 6: the report's diagrams, drawn by khung-diagram.

use std::collections::BTreeMap;

use jiff::civil::Date;
use khung_diag::Message;
use khung_diagram::{Format, RenderOptions, ViewInputs, ViewSpec, build_view, render};

use crate::model::Diagram;
use crate::run::CheckRun;

/// The views the report shows, with the catalogue id of each caption.
const REPORT_VIEWS: [(ViewSpec, &str); 4] = [
    (ViewSpec::Landscape, "report-diagram-landscape"),
    (ViewSpec::Integration, "report-diagram-integration"),
    (ViewSpec::Security, "report-diagram-security"),
    (ViewSpec::Gap, "report-diagram-gap"),
];

/// Landscape, integration, security (with the engine's minimum levels) and gap, each as SVG
/// (ids prefixed with the view name, so several can share one page) and as Mermaid.
#[must_use]
pub fn diagrams(
    run: &CheckRun<'_>,
    to_be: Date,
    min_levels: &BTreeMap<String, i64>,
) -> Vec<Diagram> {
    let inputs = ViewInputs {
        as_of: run.as_of,
        to_be: Some(to_be),
        min_level: min_levels
            .iter()
            .map(|(id, level)| (id.clone(), u8::try_from((*level).clamp(0, 5)).unwrap_or(0)))
            .collect(),
    };
    REPORT_VIEWS
        .iter()
        .filter_map(|(spec, caption)| {
            // The fixed views never fail (only `context:`/`agency:` ids can be wrong).
            let view = build_view(run.model, spec, &inputs, run.lang).ok()?;
            let options = RenderOptions {
                id_prefix: format!("diagram-{}", spec.file_stem()),
            };
            Some(Diagram {
                view: spec.name(),
                title: Message::new(*caption).render(run.lang),
                svg: render(&view, Format::Svg, &options),
                mermaid: render(&view, Format::Mermaid, &options),
            })
        })
        .collect()
}
