//! Section 3: findings grouped by VNEAF view and rule.

use std::collections::BTreeMap;

use khung_diag::{DOCS_BASE_URL, Lang, Message};
use khung_rules::engine::finding::{Finding, Suppression};

use crate::location::Location;
use crate::model::{BasisLine, FindingStatus, ReportFinding, RuleFindings, ViewFindings};
use crate::run::CheckRun;
use crate::summary::view_ids;
use crate::text::{element_label, view_title};

/// The documentation page of a rule (`<base>/rules/<id>.html`). The id comes from a rule
/// pack, which may be a workspace's: anything but letters, digits, `-`, `_` and `.` is
/// percent-encoded, so the address is safe in every output.
#[must_use]
pub fn rule_url(rule: &str) -> String {
    let mut encoded = String::with_capacity(rule.len());
    for byte in rule.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("{DOCS_BASE_URL}rules/{encoded}.html")
}

/// The findings of every view that has some, in the framework's order; within a view the
/// rules by id; within a rule the findings as the engine sorted them (by location).
#[must_use]
pub fn findings_by_view(run: &CheckRun<'_>) -> Vec<ViewFindings> {
    let mut by_rule: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for finding in &run.outcome.findings {
        by_rule
            .entry(finding.rule.as_str())
            .or_default()
            .push(finding);
    }
    view_ids(run)
        .into_iter()
        .filter_map(|view| {
            let rules: Vec<RuleFindings> = by_rule
                .iter()
                .filter(|(_, findings)| findings.first().is_some_and(|f| f.view == view))
                .map(|(rule, findings)| rule_findings(run, rule, findings))
                .collect();
            (!rules.is_empty()).then(|| ViewFindings {
                title: view_title(&view, run.lang),
                view,
                rules,
            })
        })
        .collect()
}

fn rule_findings(run: &CheckRun<'_>, rule_id: &str, findings: &[&Finding]) -> RuleFindings {
    let rule = run.rules.rule(rule_id);
    let first = findings.first();
    RuleFindings {
        rule: rule_id.to_owned(),
        title: rule.map_or_else(
            || first.map(|f| f.title.clone()).unwrap_or_default(),
            |r| r.title.get(run.lang).to_owned(),
        ),
        pack: first.map(|f| f.pack.clone()).unwrap_or_default(),
        severity: rule.map_or_else(
            || first.map_or(khung_diag::Severity::Error, |f| f.severity),
            |r| r.severity,
        ),
        basis: first
            .map(|f| {
                f.basis
                    .iter()
                    .map(|b| BasisLine {
                        text: b.text.clone(),
                        verified: b.verified,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        help_uri: rule_url(rule_id),
        active: findings.iter().filter(|f| f.is_active()).count(),
        findings: findings
            .iter()
            .map(|finding| report_finding(run, finding))
            .collect(),
    }
}

/// A finding as the report shows it.
#[must_use]
pub fn report_finding(run: &CheckRun<'_>, finding: &Finding) -> ReportFinding {
    let (status, status_text) = status_of(finding, run.lang);
    ReportFinding {
        element: element_label(run.model, finding.element_kind, &finding.element, run.lang),
        severity: finding.severity,
        message: finding.message.clone(),
        help: finding.help.clone(),
        location: Location::of(finding.span, run.sources),
        fingerprint: finding.fingerprint.clone(),
        status,
        status_text,
    }
}

/// A finding's status, and in words when it is suppressed.
#[must_use]
pub fn status_of(finding: &Finding, lang: Lang) -> (FindingStatus, Option<String>) {
    match &finding.suppression {
        None => (FindingStatus::Active, None),
        Some(Suppression::Waived { until, .. }) => (
            FindingStatus::Waived,
            Some(match until {
                Some(until) => Message::new("report-status-waived-until")
                    .arg("until", until.to_string())
                    .render(lang),
                None => Message::new("report-status-waived").render(lang),
            }),
        ),
        Some(Suppression::Baseline) => (
            FindingStatus::Baseline,
            Some(Message::new("report-status-baseline").render(lang)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::rule_url;

    #[test]
    fn rule_urls_are_encoded() {
        assert_eq!(rule_url("INT-001"), "https://khung.dev/rules/INT-001.html");
        assert_eq!(
            rule_url("X <y>"),
            "https://khung.dev/rules/X%20%3Cy%3E.html"
        );
    }
}
