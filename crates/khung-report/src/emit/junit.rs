//! JUnit XML: one `testsuite` per rule pack, one `testcase` per rule (skipped when it was not
//! run), one `failure` per active finding; the run's error diagnostics as failures of a
//! `khung.diagnostics` suite, so a CI test view shows a model that could not be read.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use khung_diag::{Catalogue, Message, Severity};
use khung_rules::engine::finding::Finding;
use khung_rules::pack::Rule;

use crate::escape::{xml, xml_text};
use crate::findings::rule_url;
use crate::location::Location;
use crate::run::CheckRun;

/// The name of the suite holding the run's diagnostics.
pub const DIAGNOSTICS_SUITE: &str = "khung.diagnostics";

/// The JUnit XML document of `run` (UTF-8, trailing newline, deterministic).
#[must_use]
pub fn junit(run: &CheckRun<'_>) -> String {
    let mut findings: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for finding in run.outcome.findings.iter().filter(|f| f.is_active()) {
        findings
            .entry(finding.rule.as_str())
            .or_default()
            .push(finding);
    }
    let mut packs: BTreeMap<&str, Vec<&Rule>> = BTreeMap::new();
    for rule in run.rules.rules() {
        packs.entry(rule.pack.as_str()).or_default().push(rule);
    }
    let mut suites = String::new();
    let (mut total_tests, mut total_failures, mut total_skipped) = (0, 0, 0);
    for (pack, rules) in &packs {
        let mut cases = String::new();
        let (mut failures, mut skipped) = (0, 0);
        for rule in rules {
            let rule_findings = findings
                .get(rule.id.as_str())
                .map_or(&[][..], Vec::as_slice);
            let _ = writeln!(
                cases,
                "    <testcase classname=\"{}\" name=\"{}\">",
                xml(&format!("{pack}.{}", rule.view)),
                xml(&format!("{} {}", rule.id, rule.title.get(run.lang))),
            );
            if !run.rule_was_run(rule) {
                skipped += 1;
                let _ = writeln!(
                    cases,
                    "      <skipped message=\"{}\"/>",
                    xml(&Message::new("report-junit-not-run").render(run.lang))
                );
            }
            for finding in rule_findings {
                failures += 1;
                let _ = writeln!(
                    cases,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    xml(&format!("{}.{}", rule.id, finding.severity.as_str())),
                    xml(&finding.message),
                    xml_text(&failure_text(run, finding)),
                );
            }
            cases.push_str("    </testcase>\n");
        }
        total_tests += rules.len();
        total_failures += failures;
        total_skipped += skipped;
        let _ = write!(
            suites,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">\n{cases}  </testsuite>\n",
            xml(pack),
            rules.len(),
        );
    }
    let (diagnostics_suite, diagnostic_errors) = diagnostics_suite(run);
    total_tests += 1;
    suites.push_str(&diagnostics_suite);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"khung\" tests=\"{total_tests}\" failures=\"{total_failures}\" errors=\"{diagnostic_errors}\" skipped=\"{total_skipped}\">\n{suites}</testsuites>\n"
    )
}

/// The body of a failure: element, location, help, basis and the rule's page, one per line.
fn failure_text(run: &CheckRun<'_>, finding: &Finding) -> String {
    let mut lines = vec![
        Message::new("report-junit-element")
            .arg("kind", finding.element_kind)
            .arg("id", finding.element.clone())
            .render(run.lang),
    ];
    if let Some(location) = Location::of(finding.span, run.sources) {
        lines.push(
            Message::new("report-junit-location")
                .arg("location", location.display())
                .render(run.lang),
        );
    }
    if let Some(help) = &finding.help {
        lines.push(
            Message::new("report-junit-help")
                .arg("help", help.clone())
                .render(run.lang),
        );
    }
    for basis in &finding.basis {
        lines.push(
            Message::new("report-junit-basis")
                .arg("basis", basis.text.clone())
                .render(run.lang),
        );
    }
    lines.push(rule_url(&finding.rule));
    lines.join("\n")
}

/// One `load` test case whose errors are the run's error diagnostics (warnings and infos do
/// not fail it; they are listed in `system-out`).
fn diagnostics_suite(run: &CheckRun<'_>) -> (String, usize) {
    let catalogue = Catalogue::builtin();
    let mut errors = String::new();
    let mut others = Vec::new();
    let mut error_count = 0;
    for diagnostic in run.diagnostics {
        let message = catalogue.render(&diagnostic.message, run.lang);
        let location = diagnostic
            .primary_span()
            .and_then(|span| Location::of(span, run.sources))
            .map(|l| l.display());
        let line = match &location {
            Some(location) => format!("{location}: {}: {message}", diagnostic.code.as_str()),
            None => format!("{}: {message}", diagnostic.code.as_str()),
        };
        if diagnostic.severity == Severity::Error {
            error_count += 1;
            let _ = writeln!(
                errors,
                "      <error type=\"{}\" message=\"{}\">{}</error>",
                xml(diagnostic.code.as_str()),
                xml(&message),
                xml_text(&line),
            );
        } else {
            others.push(line);
        }
    }
    let out = if others.is_empty() {
        String::new()
    } else {
        format!(
            "      <system-out>{}</system-out>\n",
            xml_text(&others.join("\n"))
        )
    };
    let name = xml(&Message::new("report-junit-load").render(run.lang));
    (
        format!(
            "  <testsuite name=\"{DIAGNOSTICS_SUITE}\" tests=\"1\" failures=\"0\" errors=\"{error_count}\" skipped=\"0\">\n    <testcase classname=\"{DIAGNOSTICS_SUITE}\" name=\"{name}\">\n{errors}{out}    </testcase>\n  </testsuite>\n"
        ),
        error_count,
    )
}
