//! Views: pure functions from the model (and precomputed facts) to a [`ViewGraph`].
//!
//! Common rules: elements are drawn as they exist at the evaluation date (the gap view uses
//! two dates); the workspace's own elements are the subject, and elements of the national
//! reference model or of imported models appear only where an own element touches them (as a
//! flow's end or intermediary, or a dataset's store). Flows between the same pair of nodes
//! become one edge with a count.

mod agency;
mod context;
mod dataflow;
mod edges;
mod gap;
mod integration;
mod landscape;
mod legend;
mod scene;
mod security;

use std::collections::BTreeMap;

use jiff::civil::Date;
use khung_diag::{Diagnostic, Lang};
use khung_model::Model;

use crate::graph::ViewGraph;
use crate::spec::ViewSpec;

/// Facts a view needs besides the model, computed by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewInputs {
    /// The evaluation date (as-is): elements are drawn as they exist then.
    pub as_of: Date,
    /// The to-be date of the gap view; `None`: the latest `end` of a workspace project, else
    /// `as_of`.
    pub to_be: Option<Date>,
    /// The minimum security level of each system, as computed by the rules (`min_level`);
    /// the security view marks systems whose declared level is lower. Systems without an
    /// entry get no marker.
    pub min_level: BTreeMap<String, u8>,
}

impl ViewInputs {
    /// Inputs for `as_of` with no to-be date and no minimum levels.
    #[must_use]
    pub fn new(as_of: Date) -> ViewInputs {
        ViewInputs {
            as_of,
            to_be: None,
            min_level: BTreeMap::new(),
        }
    }

    /// The to-be date the gap view uses: `to_be`, else the latest `end` of a workspace
    /// project, else `as_of` (never before `as_of`).
    #[must_use]
    pub fn effective_to_be(&self, model: &Model) -> Date {
        self.to_be
            .unwrap_or_else(|| gap::latest_project_end(model).unwrap_or(self.as_of))
            .max(self.as_of)
    }
}

/// Builds the view `spec` of `model` with its labels in `lang`. The only errors are
/// `invalid-argument` diagnostics for a `context:`/`agency:` id that names no system/agency
/// (with "did you mean").
#[expect(
    clippy::result_large_err,
    reason = "one diagnostic per invocation; it is the CLI's error value"
)]
pub fn build_view(
    model: &Model,
    spec: &ViewSpec,
    inputs: &ViewInputs,
    lang: Lang,
) -> Result<ViewGraph, Diagnostic> {
    match spec {
        ViewSpec::Landscape => Ok(landscape::build(model, inputs, lang)),
        ViewSpec::Context(system) => context::build(model, inputs, lang, system),
        ViewSpec::Integration => Ok(integration::build(model, inputs, lang)),
        ViewSpec::Dataflow => Ok(dataflow::build(model, inputs, lang)),
        ViewSpec::Security => Ok(security::build(model, inputs, lang)),
        ViewSpec::Agency(agency) => agency::build(model, inputs, lang, agency),
        ViewSpec::Gap => Ok(gap::build(model, inputs, lang)),
    }
}
