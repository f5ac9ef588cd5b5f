//! Flows aggregated into edges: encryption, border crossing, labels and descriptions.

use std::collections::BTreeSet;

use jiff::civil::Date;
use khung_diag::{Lang, Message};
use khung_model::{Element, Flow, Model};

use crate::graph::{Encryption, LineStyle, Tone, ViewEdge};

/// Most parts written into one edge label.
const LABEL_PARTS: usize = 4;
/// Most flow names written into one edge description.
const DESCRIBED_FLOWS: usize = 10;

#[derive(Debug, Default)]
pub(crate) struct EdgeAccumulator {
    pub(crate) count: u32,
    pub(crate) flow_names: Vec<String>,
    pub(crate) label_parts: BTreeSet<String>,
    pub(crate) any_unencrypted: bool,
    pub(crate) all_encrypted: bool,
    pub(crate) cross_border: bool,
    pub(crate) highlighted: bool,
}

pub(crate) fn to_view_edge(
    from: String,
    to: String,
    tone: Tone,
    storage: bool,
    edge: EdgeAccumulator,
    lang: Lang,
) -> ViewEdge {
    let encryption = if storage {
        Encryption::Undeclared
    } else if edge.any_unencrypted {
        Encryption::Unencrypted
    } else if edge.all_encrypted {
        Encryption::Encrypted
    } else {
        Encryption::Undeclared
    };
    let mut parts: Vec<String> = edge
        .label_parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .collect();
    let label = if parts.is_empty() {
        None
    } else {
        if parts.len() > LABEL_PARTS {
            parts.truncate(LABEL_PARTS);
            parts.push("…".to_owned());
        }
        Some(parts.join(", "))
    };
    let description = if storage {
        Message::new("diagram-describe-stored-in")
            .arg("dataset", from.clone())
            .arg("system", to.clone())
            .render(lang)
    } else {
        let mut names = edge.flow_names;
        names.sort();
        if names.len() > DESCRIBED_FLOWS {
            names.truncate(DESCRIBED_FLOWS);
            names.push("…".to_owned());
        }
        Message::new("diagram-describe-flows")
            .arg("count", edge.count.to_string())
            .arg("flows", names.join("; "))
            .render(lang)
    };
    ViewEdge {
        label,
        count: edge.count.max(1),
        line: LineStyle {
            encryption,
            cross_border: edge.cross_border,
            highlighted: edge.highlighted,
            storage,
        },
        tone,
        description,
        ..ViewEdge::new(from, to)
    }
}

/// A flow crosses borders when either end or an intermediary is hosted with a `country`
/// other than `VN` (absent counts as `VN`).
pub(crate) fn crosses_border(model: &Model, flow: &Flow) -> bool {
    flow.path().any(|id| {
        model
            .systems
            .get(&id.value)
            .and_then(|system| system.hosting.as_ref())
            .and_then(|hosting| hosting.country.as_ref())
            .is_some_and(|country| !country.value.trim().eq_ignore_ascii_case("VN"))
    })
}

/// Whether the flow exists at `date` (its own lifecycle).
pub(crate) fn flow_exists(flow: &Flow, date: Date) -> bool {
    khung_model::exists_at(flow.lifecycle(), date)
}
