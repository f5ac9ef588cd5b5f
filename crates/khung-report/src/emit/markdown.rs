//! The Markdown report: the same content as the HTML one, from `report.md.tera` with
//! Markdown escaping; diagrams as Mermaid code blocks (GitHub renders them).

use khung_diag::Diagnostic;

use crate::emit::ReportContext;
use crate::model::Report;
use crate::templates::{REPORT_MARKDOWN, Templates};
use crate::text::template_labels;

/// Renders the Markdown report.
///
/// # Errors
/// A workspace template that does not parse or render (an `invalid-argument` diagnostic).
#[expect(
    clippy::result_large_err,
    reason = "one diagnostic per rendering; it is the CLI's error value"
)]
pub fn report_markdown(report: &Report, templates: &Templates) -> Result<String, Diagnostic> {
    templates.render(
        REPORT_MARKDOWN,
        &ReportContext {
            report,
            t: template_labels(report.lang),
        },
    )
}
