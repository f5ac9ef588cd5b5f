//! The view-model of the report's sections 3 to 6 and of its diagnostics.

use khung_diag::Severity;
use serde::Serialize;

use crate::location::Location;
use crate::model::ElementLabel;

/// Section 3: the findings of one VNEAF view.
#[derive(Debug, Clone, Serialize)]
pub struct ViewFindings {
    /// The view id.
    pub view: String,
    /// Its name in the report's language.
    pub title: String,
    /// The rules of the view with at least one finding, by id.
    pub rules: Vec<RuleFindings>,
}

/// The findings of one rule.
#[derive(Debug, Clone, Serialize)]
pub struct RuleFindings {
    /// Rule id.
    pub rule: String,
    /// Rule title in the report's language.
    pub title: String,
    /// The pack holding the rule.
    pub pack: String,
    /// The rule's default severity.
    pub severity: Severity,
    /// Legal basis lines of the active profile.
    pub basis: Vec<BasisLine>,
    /// The rule's documentation page.
    pub help_uri: String,
    /// Active findings of the rule.
    pub active: usize,
    /// Every finding of the rule (suppressed ones too, with their status), by location.
    pub findings: Vec<ReportFinding>,
}

/// A legal basis line.
#[derive(Debug, Clone, Serialize)]
pub struct BasisLine {
    /// The citation.
    pub text: String,
    /// Whether it was verified in the legal text.
    pub verified: bool,
}

/// Whether a finding counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingStatus {
    /// It counts.
    Active,
    /// A waiver suppresses it.
    Waived,
    /// The baseline suppresses it.
    Baseline,
}

/// One finding.
#[derive(Debug, Clone, Serialize)]
pub struct ReportFinding {
    /// The element it is about.
    pub element: ElementLabel,
    /// Effective severity.
    pub severity: Severity,
    /// Message in the report's language.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// Where.
    pub location: Option<Location>,
    /// `RULE@element-id`.
    pub fingerprint: String,
    /// Whether it counts.
    pub status: FindingStatus,
    /// The status in words (`waived until 2027-03-31`), for suppressed findings.
    pub status_text: Option<String>,
}

/// Section 4: workspace waivers by state at as-of.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WaiverSections {
    /// In force for more than 90 more days (or without an end date).
    pub active: Vec<WaiverEntry>,
    /// In force, ending within 90 days.
    pub expiring: Vec<WaiverEntry>,
    /// Past their `until`: their findings count again.
    pub expired: Vec<WaiverEntry>,
}

/// One waiver.
#[derive(Debug, Clone, Serialize)]
pub struct WaiverEntry {
    /// The waived rule.
    pub rule: String,
    /// The rule's title, when the rule is in force.
    pub rule_title: Option<String>,
    /// `target` as written.
    pub target: String,
    /// The workspace elements it matches.
    pub matches: Vec<String>,
    /// `reason`.
    pub reason: Option<String>,
    /// `owner`.
    pub owner: Option<String>,
    /// `approved-by`.
    pub approved_by: Option<String>,
    /// `until`.
    pub until: Option<String>,
    /// Days from as-of to `until` (negative when expired).
    pub days_left: Option<i64>,
    /// `ref`.
    pub reference: Option<String>,
    /// Findings it suppresses in this check.
    pub suppressed: usize,
    /// Where it is written.
    pub location: Option<Location>,
}

/// Section 5: as-is vs to-be.
#[derive(Debug, Clone, Serialize)]
pub struct Gap {
    /// As-is date.
    pub as_is: String,
    /// To-be date.
    pub to_be: String,
    /// Workspace elements existing at to-be but not at as-is.
    pub added: Vec<GapElement>,
    /// Workspace elements existing at as-is but not at to-be.
    pub retired: Vec<GapElement>,
    /// Workspace elements existing at both dates that a project ending in between delivers or
    /// retires (an upgrade).
    pub changed: Vec<GapElement>,
    /// Whether the check was also run at to-be (else the two finding lists are empty).
    pub findings_compared: bool,
    /// Findings at as-is that are gone at to-be.
    pub findings_resolved: Vec<GapFinding>,
    /// Findings at to-be that were not there at as-is.
    pub findings_introduced: Vec<GapFinding>,
    /// Workspace projects running between the two dates, by end date.
    pub projects: Vec<GapProject>,
}

/// An element of the gap.
#[derive(Debug, Clone, Serialize)]
pub struct GapElement {
    /// The element.
    pub element: ElementLabel,
    /// `since`, when written.
    pub since: Option<String>,
    /// `retire`, when written.
    pub retire: Option<String>,
    /// The projects that deliver (for added and changed) or retire (for retired and changed)
    /// it, by id.
    pub projects: Vec<String>,
}

/// A finding of the gap.
#[derive(Debug, Clone, Serialize)]
pub struct GapFinding {
    /// Rule id.
    pub rule: String,
    /// Effective severity.
    pub severity: Severity,
    /// The element.
    pub element: ElementLabel,
    /// The message (of the check that has it).
    pub message: String,
    /// `RULE@element-id`.
    pub fingerprint: String,
}

/// A project on the path from as-is to to-be.
#[derive(Debug, Clone, Serialize)]
pub struct GapProject {
    /// The project.
    pub project: ElementLabel,
    /// `owner`.
    pub owner: Option<String>,
    /// `start`.
    pub start: Option<String>,
    /// `end`.
    pub end: Option<String>,
    /// `delivers`.
    pub delivers: Vec<String>,
    /// `retires`.
    pub retires: Vec<String>,
    /// `budget`, as written (`12000000000 VND`).
    pub budget: Option<String>,
}

/// Section 6: one diagram.
#[derive(Debug, Clone, Serialize)]
pub struct Diagram {
    /// The view (`landscape`, `integration`, `security`, `gap`).
    pub view: String,
    /// Its caption in the report's language.
    pub title: String,
    /// The diagram as SVG, ready to inline (its ids are prefixed with the view name).
    pub svg: String,
    /// The diagram as a Mermaid flowchart (for the Markdown report).
    pub mermaid: String,
}

/// A diagnostic of the run.
#[derive(Debug, Clone, Serialize)]
pub struct ReportDiagnostic {
    /// The code.
    pub code: String,
    /// Severity.
    pub severity: Severity,
    /// Message in the report's language.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// Where.
    pub location: Option<Location>,
}
