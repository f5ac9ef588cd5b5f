//! The counts of one check: rules run, evaluations, findings by suppression, and per rule the
//! elements considered and selected (what a report's conformance score needs).

use std::collections::BTreeMap;

use serde::Serialize;

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
    /// Per rule run, by id: the elements it was evaluated on and what came of it.
    pub per_rule: BTreeMap<String, RuleCounts>,
}

/// What one rule did in a check.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RuleCounts {
    /// Workspace elements of the rule's kind it was run on (existing at as-of, or in one of its
    /// design-stage states), before `when`.
    pub candidates: usize,
    /// Candidates its `when` selected (all candidates without `when`): those the assert was
    /// evaluated on, an assert that failed with a `rule-error` included.
    pub selected: usize,
    /// Findings it produced, suppressed ones (waiver, baseline) included.
    pub findings: usize,
}
