//! The HTML report: one self-contained file (inline CSS and SVG, nothing fetched), rendered
//! from `report.html.tera` with HTML autoescaping.

use khung_diag::Diagnostic;

use crate::emit::ReportContext;
use crate::model::Report;
use crate::templates::{REPORT_HTML, Templates};
use crate::text::template_labels;

/// Renders the HTML report.
///
/// # Errors
/// A workspace template that does not parse or render (an `invalid-argument` diagnostic).
#[expect(
    clippy::result_large_err,
    reason = "one diagnostic per rendering; it is the CLI's error value"
)]
pub fn report_html(report: &Report, templates: &Templates) -> Result<String, Diagnostic> {
    templates.render(
        REPORT_HTML,
        &ReportContext {
            report,
            t: template_labels(report.lang),
        },
    )
}
