//! The diff's outputs: Markdown (a PR comment, `diff.md.tera`), human text (`diff.txt.tera`)
//! and JSON (the [`ModelDiff`] itself).

use std::collections::BTreeMap;

use khung_diag::Diagnostic;
use serde::Serialize;

use crate::diff::ModelDiff;
use crate::templates::{DIFF_HUMAN, DIFF_MARKDOWN, Templates};
use crate::text::template_labels;

#[derive(Serialize)]
struct DiffContext<'a> {
    diff: &'a ModelDiff,
    t: BTreeMap<String, String>,
}

/// The diff as a Markdown PR comment.
///
/// # Errors
/// A workspace template that does not parse or render (an `invalid-argument` diagnostic).
#[expect(
    clippy::result_large_err,
    reason = "one diagnostic per rendering; it is the CLI's error value"
)]
pub fn diff_markdown(diff: &ModelDiff, templates: &Templates) -> Result<String, Diagnostic> {
    render(diff, templates, DIFF_MARKDOWN)
}

/// The diff as plain text for a terminal.
///
/// # Errors
/// A workspace template that does not parse or render (an `invalid-argument` diagnostic).
#[expect(
    clippy::result_large_err,
    reason = "one diagnostic per rendering; it is the CLI's error value"
)]
pub fn diff_human(diff: &ModelDiff, templates: &Templates) -> Result<String, Diagnostic> {
    render(diff, templates, DIFF_HUMAN)
}

/// The diff as JSON (`khung-diff/1`).
#[must_use]
pub fn diff_json(diff: &ModelDiff) -> String {
    crate::emit::json::to_json(diff)
}

#[expect(clippy::result_large_err, reason = "see `diff_markdown`")]
fn render(diff: &ModelDiff, templates: &Templates, name: &str) -> Result<String, Diagnostic> {
    templates.render(
        name,
        &DiffContext {
            diff,
            t: template_labels(diff.lang),
        },
    )
}
