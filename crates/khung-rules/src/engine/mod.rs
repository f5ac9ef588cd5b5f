//! The engine: runs a [`RuleSet`] over a model and returns findings and diagnostics.

pub mod baseline;
mod evaluate;
pub mod finding;
mod stats;
mod waiver;

use evaluate::ActiveRule;
pub use evaluate::failing_asserts;
pub use stats::{CheckStats, RuleCounts};

use jiff::civil::Date;
use khung_diag::{Code, Diagnostic, Lang, Message, Span, closest};
use khung_model::{ElementRef, Model, RuleSetting};
use serde::Serialize;

use crate::engine::baseline::Baseline;
use crate::engine::finding::{Finding, Suppression};
use crate::eval::index::CheckIndex;
use crate::eval::run::{Ctx, DEFAULT_STEP_BUDGET, run};
use crate::pack::{Rule, RuleSet, Template, TemplatePart};
use crate::schema::{Record, RecordKind, field_named};

/// How to run a check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The evaluation date.
    pub as_of: Date,
    /// The language of messages.
    pub lang: Lang,
    /// Run only these rules (empty: all).
    pub only_rules: Vec<String>,
    /// The manifest's `rule` settings (severity overrides, disabled rules).
    pub overrides: Vec<RuleSetting>,
    /// The baseline, if any.
    pub baseline: Option<Baseline>,
    /// Steps one evaluation may take.
    pub step_budget: u64,
}

impl CheckOptions {
    /// Options for `as_of` in Vietnamese, with every rule and no baseline.
    #[must_use]
    pub fn new(as_of: Date) -> CheckOptions {
        CheckOptions {
            as_of,
            lang: Lang::Vi,
            only_rules: Vec::new(),
            overrides: Vec::new(),
            baseline: None,
            step_budget: DEFAULT_STEP_BUDGET,
        }
    }
}

/// The result of a check.
#[derive(Debug, Clone, Serialize)]
pub struct CheckOutcome {
    /// Every finding, suppressed ones included, sorted by (file, offset, rule, element).
    pub findings: Vec<Finding>,
    /// Engine diagnostics: `rule-error`, waiver problems, `unknown-rule`, `profile-not-effective`.
    pub diagnostics: Vec<Diagnostic>,
    /// Counts.
    pub stats: CheckStats,
}

/// Runs every rule of `rules` on the workspace elements of `model`.
#[must_use]
pub fn check(model: &Model, rules: &RuleSet, options: &CheckOptions) -> CheckOutcome {
    let mut diagnostics = Vec::new();
    let mut stats = CheckStats::default();
    for pack in rules.packs() {
        if rules.chain().first() == Some(&pack.id)
            && let (Some(effective), Some(span)) = (pack.effective, pack.effective_span)
            && options.as_of < effective
        {
            diagnostics.push(Diagnostic::new(
                Code::ProfileNotEffective,
                span,
                Message::new("profile-not-effective")
                    .arg("profile", pack.id.clone())
                    .arg("effective", effective.to_string())
                    .arg("as_of", options.as_of.to_string()),
            ));
        }
    }
    for setting in &options.overrides {
        if !rules.known_rule_ids().contains(&setting.id.value) {
            let suggestion = closest(
                &setting.id.value,
                rules.known_rule_ids().iter().map(String::as_str),
            )
            .map(|name| Message::new("did-you-mean").arg("name", name.to_owned()));
            diagnostics.push(
                Diagnostic::new(
                    Code::UnknownRule,
                    setting.id.span,
                    Message::new("unknown-rule").arg("id", setting.id.value.clone()),
                )
                .with_optional_help(suggestion),
            );
        }
    }
    let mut active = Vec::new();
    for rule in rules.rules() {
        if !options.only_rules.is_empty() && !options.only_rules.contains(&rule.id) {
            continue;
        }
        let setting = options
            .overrides
            .iter()
            .rev()
            .find(|s| s.id.value == rule.id);
        if setting
            .and_then(|s| s.enabled.as_ref())
            .is_some_and(|enabled| !enabled.value)
        {
            stats.rules_disabled.push(rule.id.clone());
            continue;
        }
        stats.rules_run += 1;
        active.push(ActiveRule {
            rule,
            severity: setting.and_then(|s| s.severity.as_ref()).map(|s| s.value),
            basis: rule.basis_for(rules.profile()),
        });
    }
    let active_ids: Vec<String> = active.iter().map(|a| a.rule.id.clone()).collect();
    let index = CheckIndex::new(model, options.as_of, rules.profile(), rules.regime)
        .with_columns(&rules.read_fields(&active_ids));
    let mut findings = Vec::new();
    evaluate::evaluate(
        &active,
        &index,
        options,
        &mut findings,
        &mut diagnostics,
        &mut stats,
    );
    diagnostics.extend(waiver::apply_waivers(
        model,
        rules.known_rule_ids(),
        &mut findings,
        options.as_of,
    ));
    if let Some(baseline) = &options.baseline {
        for finding in &mut findings {
            if finding.suppression.is_none() && baseline.contains(&finding.fingerprint) {
                finding.suppression = Some(Suppression::Baseline);
            }
        }
    }
    findings.sort_by(|a, b| {
        (a.span.file, a.span.start, &a.rule, &a.element).cmp(&(
            b.span.file,
            b.span.start,
            &b.rule,
            &b.element,
        ))
    });
    for finding in &findings {
        match finding.suppression {
            None => stats.active_findings += 1,
            Some(Suppression::Waived { .. }) => stats.waived_findings += 1,
            Some(Suppression::Baseline) => stats.baseline_findings += 1,
        }
    }
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    CheckOutcome {
        findings,
        diagnostics,
        stats,
    }
}

pub(crate) fn rule_error(
    rule: &Rule,
    element: ElementRef<'_>,
    error: &crate::eval::error::EvalError,
) -> Diagnostic {
    let id = element.id().value.as_str();
    Diagnostic::new(Code::RuleError, element.span(), error.message(&rule.id, id)).with_label(
        rule.assert_span,
        Some(Message::new("rule-error-condition").arg("rule", rule.id.clone())),
    )
}

pub(crate) fn render<'a>(
    template: &'a Template,
    rule: &Rule,
    index: &'a CheckIndex<'a>,
    record: Record<'a>,
    element: ElementRef<'_>,
    options: &CheckOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> String {
    let mut text = String::new();
    for part in template {
        match part {
            TemplatePart::Text(literal) => text.push_str(literal),
            TemplatePart::Expr(program) => {
                let mut ctx = Ctx::new(index, record, options.step_budget);
                match run(program, &mut ctx) {
                    Ok(value) => text.push_str(&value.render()),
                    Err(error) => {
                        diagnostics.push(rule_error(rule, element, &error));
                        text.push('?');
                    }
                }
            }
        }
    }
    text
}

/// The span of the property a rule's `label` names (kebab-case, dotted), when present.
pub(crate) fn label_span(rule: &Rule, record: Record<'_>) -> Option<Span> {
    let label = rule.label.as_deref()?;
    let mut current = record;
    let mut span = None;
    for segment in label.split('.') {
        let field = field_named(current.kind(), &segment.replace('-', "_"))?;
        span = (field.span)(&current).or(span);
        match (field.get)(&current) {
            Some(crate::eval::value::Value::Record(next)) => current = next,
            _ => current = Record::Empty(RecordKind::Api),
        }
    }
    span
}
