//! The engine: runs a [`RuleSet`] over a model and returns findings and diagnostics.

pub mod baseline;
pub mod finding;
mod waiver;

use jiff::civil::Date;
use khung_diag::{Code, Diagnostic, Lang, Message, Origin, Severity, Span, closest};
use khung_model::{ElementRef, Model, RuleSetting};
use serde::Serialize;

use crate::engine::baseline::Baseline;
use crate::engine::finding::{Finding, Suppression};
use crate::eval::index::{CheckIndex, exists_at};
use crate::eval::run::{Ctx, DEFAULT_STEP_BUDGET, run, run_bool};
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

/// Counts of one check.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckStats {
    /// Rules run.
    pub rules_run: usize,
    /// Rules the manifest disabled (not run).
    pub rules_disabled: Vec<String>,
    /// Rule evaluations (rule × element).
    pub evaluations: usize,
    /// Findings that count.
    pub active_findings: usize,
    /// Findings waived.
    pub waived_findings: usize,
    /// Findings in the baseline.
    pub baseline_findings: usize,
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
    let index = CheckIndex::new(model, options.as_of, rules.profile(), rules.regime);
    let mut findings = Vec::new();
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
        let severity = setting.and_then(|s| s.severity.as_ref()).map(|s| s.value);
        stats.rules_run += 1;
        run_rule(
            rule,
            severity,
            rules,
            &index,
            options,
            &mut findings,
            &mut diagnostics,
            &mut stats,
        );
    }
    diagnostics.extend(waiver::apply_waivers(
        &model.waivers,
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

/// The workspace elements a rule is evaluated on: the existing ones, and for a design-stage
/// rule also those in its lifecycle states.
fn elements_for<'a>(rule: &Rule, index: &CheckIndex<'a>) -> Vec<ElementRef<'a>> {
    let model = index.model;
    let is_workspace = |element: &ElementRef<'_>| match element {
        ElementRef::Agency(agency) => agency.extended || agency.origin == Origin::Workspace,
        other => *other.origin() == Origin::Workspace,
    };
    if rule.lifecycle.is_empty() {
        return index
            .existing(rule.applies_to)
            .workspace
            .iter()
            .filter_map(Record::element)
            .collect();
    }
    model
        .elements()
        .filter(|element| element.kind() == rule.applies_to)
        .filter(|element| is_workspace(element))
        .filter(|element| {
            let facts = element.lifecycle();
            exists_at(facts, index.as_of)
                || facts
                    .status
                    .is_some_and(|status| rule.lifecycle.contains(&status))
        })
        .collect()
}

#[expect(
    clippy::too_many_arguments,
    reason = "the state of one check, threaded through"
)]
fn run_rule<'a>(
    rule: &'a Rule,
    severity_override: Option<Severity>,
    rules: &RuleSet,
    index: &'a CheckIndex<'a>,
    options: &CheckOptions,
    findings: &mut Vec<Finding>,
    diagnostics: &mut Vec<Diagnostic>,
    stats: &mut CheckStats,
) {
    let basis = rule.basis_for(rules.profile());
    let mut ctx = Ctx::new(index, Record::Empty(RecordKind::Api), options.step_budget);
    for element in elements_for(rule, index) {
        stats.evaluations += 1;
        let record = Record::of_element(element);
        let id = element.id().value.as_str();
        ctx.reset(record);
        let outcome = match &rule.when {
            Some(when) => run_bool(when, &mut ctx).and_then(|selected| {
                if selected {
                    run_bool(&rule.assert, &mut ctx).map(Some)
                } else {
                    Ok(None)
                }
            }),
            None => run_bool(&rule.assert, &mut ctx).map(Some),
        };
        match outcome {
            Ok(Some(false)) => {
                let message = render(
                    rule.message_template(options.lang),
                    rule,
                    index,
                    record,
                    element,
                    options,
                    diagnostics,
                );
                let help = rule
                    .help_template(options.lang)
                    .map(|help| render(help, rule, index, record, element, options, diagnostics));
                findings.push(Finding {
                    rule: rule.id.clone(),
                    pack: rule.pack.clone(),
                    severity: severity_override.unwrap_or(rule.severity),
                    severity_overridden: severity_override.is_some_and(|s| s != rule.severity),
                    view: rule.view.clone(),
                    element_kind: element.kind().as_str(),
                    element: id.to_owned(),
                    title: rule.title.get(options.lang).to_owned(),
                    message,
                    help,
                    span: label_span(rule, record).unwrap_or_else(|| element.span()),
                    element_span: element.span(),
                    basis: basis.clone(),
                    fingerprint: format!("{}@{}", rule.id, id),
                    suppression: None,
                });
            }
            Ok(_) => {}
            Err(error) => diagnostics.push(rule_error(rule, element, &error)),
        }
    }
}

fn rule_error(
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

fn render<'a>(
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
fn label_span(rule: &Rule, record: Record<'_>) -> Option<Span> {
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

/// Evaluates the rules' conditions on every element they apply to and returns the failing
/// (rule, element) pairs, without building findings: the evaluator alone, for benchmarks and
/// for callers that only need the verdicts. Rules that error are left out.
#[must_use]
pub fn failing_asserts<'a>(
    index: &'a CheckIndex<'a>,
    rules: &'a RuleSet,
    only_rules: &[String],
    step_budget: u64,
) -> Vec<(&'a str, &'a str)> {
    let mut failing = Vec::new();
    let mut ctx = Ctx::new(index, Record::Empty(RecordKind::Api), step_budget);
    for rule in rules.rules() {
        if !only_rules.is_empty() && !only_rules.contains(&rule.id) {
            continue;
        }
        for element in elements_for(rule, index) {
            ctx.reset(Record::of_element(element));
            let selected = match &rule.when {
                Some(when) => run_bool(when, &mut ctx),
                None => Ok(true),
            };
            if selected == Ok(true) && run_bool(&rule.assert, &mut ctx) == Ok(false) {
                failing.push((rule.id.as_str(), element.id().value.as_str()));
            }
        }
    }
    failing
}
