//! [`build_report`]: the report view-model from one check (and optionally a second one at the
//! to-be date).

use khung_diag::{Catalogue, Diagnostic};

use crate::diagrams::diagrams;
use crate::findings::findings_by_view;
use crate::gap::{ToBe, gap};
use crate::kpi::kpis;
use crate::location::Location;
use crate::min_level::min_levels;
use crate::model::{REPORT_SCHEMA, Report, ReportDiagnostic, Tool};
use crate::run::CheckRun;
use crate::summary::summary;
use crate::waivers::{REPORT_EXPIRY_WINDOW_DAYS, waiver_sections};

/// What the report covers besides the check.
#[derive(Clone, Copy)]
pub struct ReportOptions<'a> {
    /// The workspace's name, for the title (the manifest's `workspace "…"`).
    pub workspace: Option<&'a str>,
    /// The to-be side of the gap.
    pub to_be: ToBe<'a>,
}

/// Builds the report of `run`. Pure: the same inputs give the same value.
#[must_use]
pub fn build_report(run: &CheckRun<'_>, options: &ReportOptions<'_>) -> Report {
    let levels = min_levels(run.model, run.rules.profile(), run.as_of);
    Report {
        schema: REPORT_SCHEMA,
        tool: Tool {
            name: "khung",
            version: run.tool_version.to_owned(),
        },
        workspace: options.workspace.map(str::to_owned),
        profile: run.rules.profile().to_owned(),
        lang: run.lang,
        as_of: run.as_of.to_string(),
        to_be: options.to_be.date.to_string(),
        summary: summary(run),
        kpis: kpis(run, &levels),
        findings: findings_by_view(run),
        waivers: waiver_sections(run, REPORT_EXPIRY_WINDOW_DAYS),
        gap: gap(run, options.to_be),
        diagrams: diagrams(run, options.to_be.date, &levels),
        diagnostics: run
            .diagnostics
            .iter()
            .map(|d| report_diagnostic(run, d))
            .collect(),
    }
}

/// A diagnostic with its text in the run's language.
#[must_use]
pub fn report_diagnostic(run: &CheckRun<'_>, diagnostic: &Diagnostic) -> ReportDiagnostic {
    let catalogue = Catalogue::builtin();
    ReportDiagnostic {
        code: diagnostic.code.as_str().to_owned(),
        severity: diagnostic.severity,
        message: catalogue.render(&diagnostic.message, run.lang),
        help: diagnostic
            .help
            .as_ref()
            .map(|help| catalogue.render(help, run.lang)),
        location: diagnostic
            .primary_span()
            .and_then(|span| Location::of(span, run.sources)),
    }
}
