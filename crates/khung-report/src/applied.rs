//! Which rules applied to at least one element: the denominator of the conformance score
//! (per VNEAF view: rules of the view with no active finding ÷ rules of the view that applied
//! to at least one element).
//!
//! A rule applied when its condition was evaluated on at least one element: a workspace
//! element of its kind it ran on that its `when` selected, the engine's
//! [`khung_rules::RuleCounts::selected`]. A rule whose `when` selects nothing did not apply, so
//! it counts neither for nor against the score.

use std::collections::BTreeSet;

use crate::run::CheckRun;

/// The ids of the rules run that applied to at least one element, sorted.
#[must_use]
pub fn rules_applied(run: &CheckRun<'_>) -> BTreeSet<String> {
    run.rules_run()
        .filter(|rule| {
            run.outcome
                .stats
                .per_rule
                .get(&rule.id)
                .is_some_and(|counts| counts.selected > 0)
        })
        .map(|rule| rule.id.clone())
        .collect()
}
