//! Evaluation order: element by element, every rule of the element's kind in turn, so an
//! element's facts are read from memory once for all its rules.

use khung_diag::{Diagnostic, Origin, Severity};
use khung_model::{ElementKind, ElementRef, Status};

use crate::engine::finding::Finding;
use crate::engine::{CheckOptions, CheckStats, RuleCounts, label_span, render, rule_error};
use crate::eval::index::{CheckIndex, exists_at};
use crate::eval::interner::NO_POSITION;
use crate::eval::run::{Ctx, run_bool};
use crate::pack::{Basis, Rule, RuleSet};
use crate::schema::{Record, RecordKind};

/// A rule to run, with its effective severity override and its bases under the profile.
pub(crate) struct ActiveRule<'r> {
    pub(crate) rule: &'r Rule,
    pub(crate) severity: Option<Severity>,
    pub(crate) basis: Vec<Basis>,
}

/// The workspace elements of a kind the rules may see: those existing at `as_of`, plus those in
/// any of `design_states` (for design-stage rules), each with its position among the existing
/// elements of its kind ([`NO_POSITION`] when it does not exist).
fn elements_of_kind<'a, 'b>(
    kind: ElementKind,
    index: &'b CheckIndex<'a>,
    design_states: &'b [Status],
) -> Box<dyn Iterator<Item = (ElementRef<'a>, u32)> + 'b>
where
    'a: 'b,
{
    let existing = index.existing(kind);
    if design_states.is_empty() {
        return Box::new(existing.workspace.iter().filter_map(|position| {
            let record = existing.records.get(*position as usize)?;
            Some((record.element()?, *position))
        }));
    }
    let is_workspace = |element: &ElementRef<'_>| match element {
        ElementRef::Agency(agency) => agency.extended || agency.origin == Origin::Workspace,
        other => *other.origin() == Origin::Workspace,
    };
    Box::new(
        index
            .model
            .elements()
            .filter(move |element| element.kind() == kind && is_workspace(element))
            .filter_map(move |element| {
                let facts = element.lifecycle();
                let exists = exists_at(facts, index.as_of);
                let design = facts
                    .status
                    .is_some_and(|status| design_states.contains(&status));
                let position = if exists {
                    existing
                        .by_id
                        .position(&element.id().value)
                        .and_then(|position| u32::try_from(position).ok())
                        .unwrap_or(NO_POSITION)
                } else {
                    NO_POSITION
                };
                (exists || design).then_some((element, position))
            }),
    )
}

/// Whether `rule` runs on an element (existing, or in one of the rule's design states).
fn applies(rule: &Rule, element: ElementRef<'_>, position: u32) -> bool {
    position != NO_POSITION
        || element
            .lifecycle()
            .status
            .is_some_and(|status| rule.lifecycle.contains(&status))
}

/// The outcome of one rule on one element.
#[derive(Debug, PartialEq)]
enum Verdict {
    /// `when` did not hold: the assert was not evaluated.
    NotSelected,
    /// Selected, and the assert held.
    Holds,
    /// Selected, and the assert failed: a finding.
    Fails,
    /// Evaluating `when` failed.
    WhenError(crate::eval::error::EvalError),
    /// Selected, and evaluating the assert failed.
    AssertError(crate::eval::error::EvalError),
}

/// The condition's verdict on the element `ctx` was reset to.
fn verdict<'a>(rule: &'a Rule, ctx: &mut Ctx<'a>) -> Verdict {
    if let Some(when) = &rule.when {
        match run_bool(when, ctx) {
            Ok(true) => {}
            Ok(false) => return Verdict::NotSelected,
            Err(error) => return Verdict::WhenError(error),
        }
    }
    match run_bool(&rule.assert, ctx) {
        Ok(true) => Verdict::Holds,
        Ok(false) => Verdict::Fails,
        Err(error) => Verdict::AssertError(error),
    }
}

/// Runs every active rule on the elements it applies to, collecting findings.
pub(crate) fn evaluate<'a>(
    active: &'a [ActiveRule<'a>],
    index: &'a CheckIndex<'a>,
    options: &CheckOptions,
    findings: &mut Vec<Finding>,
    diagnostics: &mut Vec<Diagnostic>,
    stats: &mut CheckStats,
) {
    let mut ctx = Ctx::new(index, Record::Empty(RecordKind::Api), options.step_budget);
    // Counted by position in `active` (no map look-up per element), folded by id at the end.
    let mut counts = vec![RuleCounts::default(); active.len()];
    for kind in ElementKind::ALL {
        let rules: Vec<(usize, &ActiveRule<'a>)> = active
            .iter()
            .enumerate()
            .filter(|(_, a)| a.rule.applies_to == kind)
            .collect();
        if rules.is_empty() {
            continue;
        }
        let mut design_states: Vec<Status> = rules
            .iter()
            .flat_map(|(_, a)| a.rule.lifecycle.iter().copied())
            .collect();
        design_states.sort();
        design_states.dedup();
        for (element, element_position) in elements_of_kind(kind, index, &design_states) {
            let record = Record::of_element(element);
            for &(position, active_rule) in &rules {
                let rule = active_rule.rule;
                if !applies(rule, element, element_position) {
                    continue;
                }
                stats.evaluations += 1;
                let rule_counts = &mut counts[position];
                rule_counts.candidates += 1;
                ctx.reset_at(record, element_position);
                match verdict(rule, &mut ctx) {
                    Verdict::NotSelected => {}
                    Verdict::Holds => rule_counts.selected += 1,
                    Verdict::Fails => {
                        rule_counts.selected += 1;
                        rule_counts.findings += 1;
                        findings.push(finding(
                            active_rule,
                            element,
                            record,
                            index,
                            options,
                            diagnostics,
                        ));
                    }
                    Verdict::WhenError(error) => {
                        diagnostics.push(rule_error(rule, element, &error));
                    }
                    Verdict::AssertError(error) => {
                        rule_counts.selected += 1;
                        diagnostics.push(rule_error(rule, element, &error));
                    }
                }
            }
        }
    }
    for (active_rule, rule_counts) in active.iter().zip(counts) {
        stats
            .per_rule
            .insert(active_rule.rule.id.clone(), rule_counts);
    }
}

fn finding<'a>(
    active: &ActiveRule<'a>,
    element: ElementRef<'a>,
    record: Record<'a>,
    index: &'a CheckIndex<'a>,
    options: &CheckOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Finding {
    let rule = active.rule;
    let id = element.id().value.as_str();
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
    Finding {
        rule: rule.id.clone(),
        pack: rule.pack.clone(),
        severity: active.severity.unwrap_or(rule.severity),
        severity_overridden: active.severity.is_some_and(|s| s != rule.severity),
        view: rule.view.clone(),
        element_kind: element.kind().as_str(),
        element: id.to_owned(),
        title: rule.title.get(options.lang).to_owned(),
        message,
        help,
        span: label_span(rule, record).unwrap_or_else(|| element.span()),
        element_span: element.span(),
        basis: active.basis.clone(),
        fingerprint: format!("{}@{}", rule.id, id),
        suppression: None,
    }
}

/// Evaluates the rules' conditions on every element they apply to and returns the failing
/// (rule, element) pairs, without building findings: the evaluator alone, for benchmarks and
/// for callers that only need the verdicts. Rules that fail with an error are left out.
#[must_use]
pub fn failing_asserts<'a>(
    index: &'a CheckIndex<'a>,
    rules: &'a RuleSet,
    only_rules: &[String],
    step_budget: u64,
) -> Vec<(&'a str, &'a str)> {
    let mut failing = Vec::new();
    let mut ctx = Ctx::new(index, Record::Empty(RecordKind::Api), step_budget);
    for kind in ElementKind::ALL {
        let selected: Vec<&Rule> = rules
            .rules()
            .iter()
            .filter(|rule| {
                rule.applies_to == kind && (only_rules.is_empty() || only_rules.contains(&rule.id))
            })
            .collect();
        if selected.is_empty() {
            continue;
        }
        let mut design_states: Vec<Status> = selected
            .iter()
            .flat_map(|r| r.lifecycle.iter().copied())
            .collect();
        design_states.sort();
        design_states.dedup();
        for (element, element_position) in elements_of_kind(kind, index, &design_states) {
            let record = Record::of_element(element);
            for rule in &selected {
                if !applies(rule, element, element_position) {
                    continue;
                }
                ctx.reset_at(record, element_position);
                if verdict(rule, &mut ctx) == Verdict::Fails {
                    // The id from the index (read in order), not from the element's struct.
                    let id = index
                        .existing(kind)
                        .ids
                        .get(element_position as usize)
                        .copied()
                        .unwrap_or_else(|| element.id().value.as_str());
                    failing.push((rule.id.as_str(), id));
                }
            }
        }
    }
    failing
}
