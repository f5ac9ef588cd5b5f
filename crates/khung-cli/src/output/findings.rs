//! Rule findings as output items and JSON entries.

use khung_diag::{Lang, Message, SourceMap};
use khung_model::Model;
use khung_rules::engine::finding::{Finding, Suppression};

use super::item::Item;
use super::json::{JsonElement, JsonFinding, JsonSuppression};
use khung_report::Location;

/// A finding as an output item (basis lines become notes; suppression a status).
pub fn item(finding: &Finding, lang: Lang) -> Item {
    let mut labels = vec![(finding.span, None)];
    if finding.element_span != finding.span {
        labels.push((finding.element_span, None));
    }
    let notes = finding
        .basis
        .iter()
        .map(|basis| {
            Message::new(if basis.verified {
                "cli-basis"
            } else {
                "cli-basis-unverified"
            })
            .arg("basis", basis.text.clone())
            .render(lang)
        })
        .collect();
    let status = finding
        .suppression
        .as_ref()
        .map(|suppression| match suppression {
            Suppression::Waived { until, .. } => Message::new("cli-status-waived")
                .arg("until", until.map(|d| d.to_string()).unwrap_or_default())
                .render(lang),
            Suppression::Baseline => Message::new("cli-status-baseline").render(lang),
        });
    Item {
        code: finding.rule.clone(),
        severity: finding.severity,
        message: finding.message.clone(),
        labels,
        help: finding.help.clone(),
        notes,
        url: khung_report::rule_url(&finding.rule),
        status,
    }
}

/// A finding as a `findings[]` entry of `khung-findings/1`.
pub fn json(finding: &Finding, model: &Model, sources: &SourceMap) -> JsonFinding {
    JsonFinding {
        rule: finding.rule.clone(),
        severity: finding.severity,
        default_severity: None,
        element: JsonElement {
            kind: finding.element_kind.to_owned(),
            id: finding.element.clone(),
        },
        message: finding.message.clone(),
        location: Location::of(finding.span, sources),
        basis: finding.basis.iter().map(|b| b.text.clone()).collect(),
        help: finding.help.clone(),
        fingerprint: finding.fingerprint.clone(),
        suppressed: finding.suppression.as_ref().map(|s| match s {
            Suppression::Waived { until, span, .. } => JsonSuppression::Waiver {
                until: until.map(|d| d.to_string()).unwrap_or_default(),
                reference: model
                    .waivers
                    .iter()
                    .find(|w| w.span == *span)
                    .and_then(|w| w.r#ref.as_ref())
                    .map(|r| r.value.clone()),
            },
            Suppression::Baseline => JsonSuppression::Baseline,
        }),
    }
}
