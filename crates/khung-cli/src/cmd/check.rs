//! `khung check`: load, resolve, run rules, print findings.

use std::io::IsTerminal;

use khung_diag::{Message, Severity};
use khung_model::{ElementRef, Model};
use khung_rules::engine::baseline::Baseline;

use crate::cli::{CheckArgs, CheckFormat, ColorArg, FailOn, GlobalArgs};
use crate::exit;
use crate::output::item::Item;
use crate::output::json::{FindingsDocument, JsonDiagnostic, Summary, Tool};
use crate::output::{findings, human, json};
use crate::session::{Session, SessionOptions};

use super::{Outcome, emit};

/// Runs `khung check`.
pub fn run(args: &CheckArgs, global: &GlobalArgs) -> Outcome {
    let started = std::time::Instant::now();
    let mut session = Session::run(&SessionOptions {
        paths: args.paths.clone(),
        as_of: args.as_of.clone(),
        profile: args.profile.clone(),
        lang: global.lang.map(Into::into),
        no_reference: args.no_reference,
        only_rules: args.rule.clone(),
        baseline: args.baseline.clone(),
        skip_rules: false,
    });
    let lang = session.lang;
    let summary = summary(&session);
    let text = match args.format {
        CheckFormat::Human => {
            let color = match global.color {
                ColorArg::Always => true,
                ColorArg::Never => false,
                ColorArg::Auto => args.output.is_none() && std::io::stdout().is_terminal(),
            };
            let mut items: Vec<(Item, (u32, u32))> = Vec::new();
            for diagnostic in &session.diagnostics {
                let item = Item::from_diagnostic(diagnostic, lang);
                items.push((item, position(diagnostic.primary_span())));
            }
            for finding in &session.outcome.findings {
                items.push((findings::item(finding, lang), position(Some(finding.span))));
            }
            // Grouped by file, ordered by (file, offset, code).
            items.sort_by(|(a, pa), (b, pb)| pa.cmp(pb).then_with(|| a.code.cmp(&b.code)));
            let items = items.into_iter().map(|(item, _)| item);
            // `--quiet` keeps errors (they explain a failing run) and the summary line.
            let shown: Vec<Item> = items
                .into_iter()
                .filter(|item| {
                    !global.quiet || item.severity == Severity::Error && item.status.is_none()
                })
                .collect();
            let mut text = human::render_items(&shown, &session.loaded.sources, color);
            text.push_str(&summary_line(&summary, &session));
            if session.rules_skipped {
                text.push_str(&(Message::new("cli-rules-skipped").render(lang) + "\n"));
            }
            text
        }
        CheckFormat::Json => json::to_string(&document(&session, summary)),
        CheckFormat::Sarif => khung_report::sarif(&session.check_run()),
        CheckFormat::Junit => khung_report::junit(&session.check_run()),
        CheckFormat::Markdown => {
            let templates = session.templates();
            match khung_report::check_markdown(&session.check_run(), &templates) {
                Ok(text) => text,
                Err(diagnostic) => {
                    return super::fail_with(&[diagnostic], &session.loaded.sources, lang);
                }
            }
        }
    };
    let mut outcome = emit(&text, args.output.as_deref(), lang);
    if outcome.code == exit::OK
        && let Some(path) = &args.write_baseline
    {
        let baseline = Baseline::to_json(&session.outcome.findings);
        if let Err(error) = crate::io::write_atomic(path, baseline.as_bytes()) {
            outcome = Outcome::io_failure(path, &error, lang);
        }
    }
    if outcome.code == exit::OK {
        outcome.code = exit_code(&session, args.fail_on);
    }
    if global.verbose {
        // Timing goes to stderr only with --verbose, so normal output stays byte-identical.
        let elapsed = started.elapsed().as_millis().to_string();
        outcome
            .stderr
            .push_str(&(Message::new("cli-timing").arg("ms", elapsed).render(lang) + "\n"));
    }
    outcome
}

/// Exit code: 2 on any error diagnostic; 1 when an active finding (or a warning diagnostic
/// under `--fail-on warning`/`info`) reaches `--fail-on`; else 0.
fn exit_code(session: &Session, fail_on: FailOn) -> u8 {
    if session.has_errors() {
        return exit::INVALID;
    }
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
        FailOn::Never => return exit::OK,
    };
    // Severity orders Error < Warning < Info: "at or above the threshold" is `<=`.
    let finding_fails = session
        .outcome
        .findings
        .iter()
        .any(|f| f.is_active() && f.severity <= threshold);
    let diagnostic_fails = session
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Warning && d.severity <= threshold);
    if finding_fails || diagnostic_fails {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

fn position(span: Option<khung_diag::Span>) -> (u32, u32) {
    span.map_or((u32::MAX, 0), |s| (s.file.0, s.start))
}

/// Counts of active findings and diagnostics by severity, suppressed findings, model size.
fn summary(session: &Session) -> Summary {
    let mut summary = Summary::default();
    let mut count = |severity: Severity| match severity {
        Severity::Error => summary.error += 1,
        Severity::Warning => summary.warning += 1,
        Severity::Info => summary.info += 1,
    };
    for diagnostic in &session.diagnostics {
        count(diagnostic.severity);
    }
    for finding in &session.outcome.findings {
        if finding.is_active() {
            count(finding.severity);
        }
    }
    summary.waived = session.outcome.stats.waived_findings;
    summary.baseline = session.outcome.stats.baseline_findings;
    let model = &session.loaded.model;
    let existing = |element: ElementRef<'_>| {
        model.is_workspace(&element.id().value)
            && model.exists_at(&element.id().value, session.as_of)
    };
    summary.systems = model
        .systems
        .values()
        .map(ElementRef::System)
        .filter(|e| existing(*e))
        .count();
    summary.flows = model
        .flows
        .values()
        .map(ElementRef::Flow)
        .filter(|e| existing(*e))
        .count();
    summary.datasets = model
        .datasets
        .values()
        .map(ElementRef::Dataset)
        .filter(|e| existing(*e))
        .count();
    summary.rules = session.outcome.stats.rules_run;
    summary
}

fn summary_line(summary: &Summary, session: &Session) -> String {
    let mut line = Message::new("cli-summary")
        .arg("errors", summary.error.to_string())
        .arg("warnings", summary.warning.to_string())
        .arg("infos", summary.info.to_string())
        .arg("waived", summary.waived.to_string())
        .arg("baseline", summary.baseline.to_string())
        .arg("systems", summary.systems.to_string())
        .arg("flows", summary.flows.to_string())
        .arg("datasets", summary.datasets.to_string())
        .arg("rules", summary.rules.to_string())
        .arg("profile", session.profile.clone())
        .render(session.lang);
    line.push('\n');
    line
}

fn document(session: &Session, summary: Summary) -> FindingsDocument {
    let lang = session.lang;
    let sources = &session.loaded.sources;
    let model: &Model = &session.loaded.model;
    FindingsDocument {
        schema: "khung-findings/1",
        tool: Tool::current(),
        profile: session.profile.clone(),
        as_of: session.as_of.to_string(),
        lang: lang.as_str(),
        summary,
        disabled_rules: session.outcome.stats.rules_disabled.clone(),
        diagnostics: session
            .diagnostics
            .iter()
            .map(|d| JsonDiagnostic::from_item(&Item::from_diagnostic(d, lang), sources))
            .collect(),
        findings: session
            .outcome
            .findings
            .iter()
            .map(|finding| {
                let mut entry = findings::json(finding, model, sources);
                if finding.severity_overridden {
                    entry.default_severity = session.rules.rule(&finding.rule).map(|r| r.severity);
                }
                entry
            })
            .collect(),
    }
}
