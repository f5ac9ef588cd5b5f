//! [`Finding`]: one failed assert on one element.

use jiff::civil::Date;
use khung_diag::{Severity, Span};
use serde::Serialize;

use crate::pack::Basis;

/// Why a finding does not count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum Suppression {
    /// A `waiver` element applies (until its `until` date).
    Waived {
        /// The waiver's `reason`.
        reason: Option<String>,
        /// The waiver's `until`.
        #[serde(serialize_with = "crate::serde_date::optional_date")]
        until: Option<Date>,
        /// The waiver node.
        span: Span,
    },
    /// The fingerprint is in the baseline.
    Baseline,
}

/// A finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule id.
    pub rule: String,
    /// The pack holding the rule.
    pub pack: String,
    /// The effective severity.
    pub severity: Severity,
    /// Whether the manifest overrode the rule's severity.
    pub severity_overridden: bool,
    /// The rule's VNEAF view.
    pub view: String,
    /// The element kind.
    pub element_kind: &'static str,
    /// The element id.
    pub element: String,
    /// The rule title in the chosen language.
    pub title: String,
    /// The message, rendered in the chosen language.
    pub message: String,
    /// The help, rendered in the chosen language.
    pub help: Option<String>,
    /// The primary span: the element's node, or the property named by the rule's `label`.
    pub span: Span,
    /// The element's node (a secondary span when `span` is a property).
    pub element_span: Span,
    /// The bases of the active profile.
    pub basis: Vec<Basis>,
    /// `RULE@element-id`: stable across unrelated edits.
    pub fingerprint: String,
    /// Why it does not count, if it does not.
    pub suppression: Option<Suppression>,
}

impl Finding {
    /// Whether the finding counts (not waived, not in the baseline).
    #[must_use]
    pub fn is_active(&self) -> bool {
        self.suppression.is_none()
    }
}

impl PartialEq for Basis {
    fn eq(&self, other: &Basis) -> bool {
        self.text == other.text && self.verified == other.verified && self.profile == other.profile
    }
}

impl Eq for Basis {}
