//! Which rules applied to at least one element: the denominator of the conformance score.
//!
//! The engine evaluates a rule on the workspace elements of its kind that exist at as-of (or
//! are in one of its design-stage states); a rule with a `when` then asserts only on the
//! elements it selects. [`khung_rules::engine::CheckOutcome`] does not report per-rule counts,
//! so a rule counts as applied here when it has at least one such candidate element, or at
//! least one finding (a finding proves it applied).

use std::collections::BTreeSet;

use jiff::civil::Date;
use khung_model::Model;
use khung_rules::pack::Rule;

use crate::run::CheckRun;

/// The ids of the rules run that applied to at least one element, sorted.
#[must_use]
pub fn rules_applied(run: &CheckRun<'_>) -> BTreeSet<String> {
    let with_findings: BTreeSet<&str> = run
        .outcome
        .findings
        .iter()
        .map(|finding| finding.rule.as_str())
        .collect();
    run.rules_run()
        .filter(|rule| {
            with_findings.contains(rule.id.as_str()) || has_candidate(rule, run.model, run.as_of)
        })
        .map(|rule| rule.id.clone())
        .collect()
}

/// Whether a workspace element of the rule's kind is evaluated by it at `as_of` (the engine's
/// selection before `when`).
fn has_candidate(rule: &Rule, model: &Model, as_of: Date) -> bool {
    model.elements().any(|element| {
        element.kind() == rule.applies_to && model.is_workspace(&element.id().value) && {
            let facts = element.lifecycle();
            khung_model::exists_at(facts, as_of)
                || facts
                    .status
                    .is_some_and(|status| rule.lifecycle.contains(&status))
        }
    })
}
