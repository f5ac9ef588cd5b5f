//! `khung check --format markdown`: a compact PR comment — counts, a table of the error
//! findings (and error diagnostics), the waivers expiring within 30 days — capped at
//! [`PR_COMMENT_MAX_CHARS`] characters: when the whole would be longer, table rows are dropped
//! from the end and a note says how many are not shown.

use std::collections::BTreeMap;

use khung_diag::{Diagnostic, Message, Severity};
use serde::Serialize;

use crate::findings::rule_url;
use crate::location::Location;
use crate::model::{SeverityCounts, WaiverEntry};
use crate::report::report_diagnostic;
use crate::run::CheckRun;
use crate::summary::summary;
use crate::templates::{CHECK_MARKDOWN, Templates};
use crate::text::template_labels;
use crate::waivers::waiver_sections;

/// The longest PR comment, in characters (GitHub's limit is 65,536).
pub const PR_COMMENT_MAX_CHARS: usize = 60_000;

/// Days ahead within which a waiver is listed as expiring in the PR comment.
pub const PR_EXPIRY_WINDOW_DAYS: i64 = 30;

/// One row of the error table.
#[derive(Debug, Clone, Serialize)]
struct ErrorRow {
    /// Rule id or diagnostic code.
    code: String,
    /// Its documentation page.
    url: Option<String>,
    /// The element, for a finding.
    element: Option<String>,
    message: String,
    location: Option<String>,
}

#[derive(Serialize)]
struct Context<'a> {
    t: &'a BTreeMap<String, String>,
    profile: &'a str,
    as_of: String,
    tool_version: &'a str,
    counts: &'a SeverityCounts,
    waived: usize,
    baseline: usize,
    diagnostics: &'a SeverityCounts,
    errors: &'a [ErrorRow],
    errors_total: usize,
    errors_hidden: usize,
    errors_hidden_note: String,
    waivers: &'a [WaiverEntry],
    waivers_total: usize,
    waivers_hidden: usize,
    waivers_hidden_note: String,
}

/// Renders the PR comment of `run`.
///
/// # Errors
/// A workspace template that does not parse or render (an `invalid-argument` diagnostic).
#[expect(
    clippy::result_large_err,
    reason = "one diagnostic per rendering; it is the CLI's error value"
)]
pub fn check_markdown(run: &CheckRun<'_>, templates: &Templates) -> Result<String, Diagnostic> {
    let labels = template_labels(run.lang);
    let summary = summary(run);
    let rows = error_rows(run);
    let waivers = waiver_sections(run, PR_EXPIRY_WINDOW_DAYS).expiring;
    let render = |shown_rows: usize, shown_waivers: usize| {
        let hidden_rows = rows.len() - shown_rows;
        let hidden_waivers = waivers.len() - shown_waivers;
        templates.render(
            CHECK_MARKDOWN,
            &Context {
                t: &labels,
                profile: run.rules.profile(),
                as_of: run.as_of.to_string(),
                tool_version: run.tool_version,
                counts: &summary.active,
                waived: summary.waived,
                baseline: summary.baseline,
                diagnostics: &summary.diagnostics,
                errors: &rows[..shown_rows],
                errors_total: rows.len(),
                errors_hidden: hidden_rows,
                errors_hidden_note: hidden_note(hidden_rows, run),
                waivers: &waivers[..shown_waivers],
                waivers_total: waivers.len(),
                waivers_hidden: hidden_waivers,
                waivers_hidden_note: hidden_note(hidden_waivers, run),
            },
        )
    };
    let fits = |text: &String| text.chars().count() <= PR_COMMENT_MAX_CHARS;
    let whole = render(rows.len(), waivers.len())?;
    if fits(&whole) {
        return Ok(whole);
    }
    // Drop error rows first (the counts above still give the totals), then waivers; each
    // time the most rows that still fit, found by bisection.
    let rows_fitting = most_that_fit(rows.len(), |n| render(n, waivers.len()).map(|t| fits(&t)))?;
    if let Some(shown) = rows_fitting {
        return render(shown, waivers.len());
    }
    let waivers_fitting = most_that_fit(waivers.len(), |n| render(0, n).map(|t| fits(&t)))?;
    let text = render(0, waivers_fitting.unwrap_or(0))?;
    // Even with no rows the frame is too long only if the template itself is: cut it at a
    // line boundary rather than exceed the cap.
    Ok(cut_at_line(&text, PR_COMMENT_MAX_CHARS))
}

/// The largest `n ≤ max` for which `fits(n)`, assuming `fits` is monotone; `None` when even 0
/// does not fit.
#[expect(clippy::result_large_err, reason = "see `check_markdown`")]
fn most_that_fit(
    max: usize,
    fits: impl Fn(usize) -> Result<bool, Diagnostic>,
) -> Result<Option<usize>, Diagnostic> {
    if !fits(0)? {
        return Ok(None);
    }
    let (mut low, mut high) = (0, max);
    while low < high {
        let middle = low + (high - low).div_ceil(2);
        if fits(middle)? {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    Ok(Some(low))
}

fn cut_at_line(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    for line in text.split_inclusive('\n') {
        let length = line.chars().count();
        if count + length > max_chars {
            break;
        }
        out.push_str(line);
        count += length;
    }
    out
}

fn hidden_note(hidden: usize, run: &CheckRun<'_>) -> String {
    Message::new("report-check-rows-hidden")
        .arg("count", hidden.to_string())
        .render(run.lang)
}

/// Error diagnostics first (they make the run invalid), then active error findings, each in
/// the order the run sorted them.
fn error_rows(run: &CheckRun<'_>) -> Vec<ErrorRow> {
    let diagnostics = run
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let shown = report_diagnostic(run, d);
            ErrorRow {
                url: Some(d.code.docs_url()),
                code: shown.code,
                element: None,
                message: shown.message,
                location: shown.location.as_ref().map(Location::display),
            }
        });
    let findings = run
        .outcome
        .findings
        .iter()
        .filter(|f| f.is_active() && f.severity == Severity::Error)
        .map(|f| ErrorRow {
            code: f.rule.clone(),
            url: Some(rule_url(&f.rule)),
            element: Some(f.element.clone()),
            message: f.message.clone(),
            location: Location::of(f.span, run.sources)
                .as_ref()
                .map(Location::display),
        });
    diagnostics.chain(findings).collect()
}
