//! `khung report`: the gap report (summary, KPIs, findings, waivers, as-is → to-be gap,
//! diagrams) as one self-contained HTML file, Markdown or JSON.

use khung_report::{ReportOptions, ToBe, build_report, report_html, report_markdown, to_be_date};

use crate::cli::{GlobalArgs, ReportArgs, ReportFormat};
use crate::exit;
use crate::session::{Session, SessionOptions};

use super::{Outcome, emit, fail_with};

/// Runs `khung report`.
pub fn run(args: &ReportArgs, global: &GlobalArgs) -> Outcome {
    let mut session = Session::run(&SessionOptions {
        paths: vec![args.path.clone()],
        as_of: args.as_of.clone(),
        profile: args.profile.clone(),
        lang: global.lang.map(Into::into),
        ..SessionOptions::default()
    });
    let lang = session.lang;
    let requested = match &args.to_be {
        Some(text) => match khung_model::parse_iso_date(text) {
            Some(date) => Some(date),
            None => {
                return Outcome {
                    code: exit::INVALID,
                    stderr: khung_diag::Message::new("cli-invalid-date")
                        .arg("value", text.clone())
                        .render(lang)
                        + "\n",
                };
            }
        },
        None => None,
    };
    let templates = session.templates();
    if session.has_errors() {
        return fail_with(&session.diagnostics, &session.loaded.sources, lang);
    }
    let to_be = to_be_date(&session.loaded.model, session.as_of, requested);
    let to_be_outcome = session.check_at(to_be);
    let workspace = session
        .loaded
        .manifest
        .name
        .as_ref()
        .map(|n| n.value.clone());
    let report = build_report(
        &session.check_run(),
        &ReportOptions {
            workspace: workspace.as_deref(),
            to_be: ToBe {
                date: to_be,
                outcome: Some(&to_be_outcome),
            },
        },
    );
    let text = match args.format {
        ReportFormat::Json => Ok(khung_report::to_json(&report)),
        ReportFormat::Html => report_html(&report, &templates),
        ReportFormat::Markdown => report_markdown(&report, &templates),
    };
    match text {
        Ok(text) => emit(&text, args.output.as_deref(), lang),
        Err(diagnostic) => fail_with(&[diagnostic], &session.loaded.sources, lang),
    }
}
