//! The report view-model: everything the report shows, already computed and with every text
//! in the chosen language. The JSON report is this value serialised; the HTML and Markdown
//! templates read it. Every list is sorted, so the same inputs give the same bytes.

use khung_diag::{Lang, Severity};
use serde::Serialize;

use crate::location::Location;

/// The schema name of the JSON report.
pub const REPORT_SCHEMA: &str = "khung-report/1";

/// The whole report (cli-and-outputs.md, "Reports").
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Always [`REPORT_SCHEMA`].
    pub schema: &'static str,
    /// The tool and its version.
    pub tool: Tool,
    /// The workspace's name (the manifest's `workspace "…"`), when there is one.
    pub workspace: Option<String>,
    /// The active profile.
    pub profile: String,
    /// The language of every text in the report.
    pub lang: Lang,
    /// As-is: the evaluation date.
    pub as_of: String,
    /// To-be: the end of the gap.
    pub to_be: String,
    /// Section 1: counts and conformance.
    pub summary: Summary,
    /// Section 2: KPIs per workspace top agency.
    pub kpis: Vec<AgencyKpis>,
    /// Section 3: findings grouped by VNEAF view and rule.
    pub findings: Vec<ViewFindings>,
    /// Section 4: waivers.
    pub waivers: WaiverSections,
    /// Section 5: the gap between as-is and to-be.
    pub gap: Gap,
    /// Section 6: diagrams.
    pub diagrams: Vec<Diagram>,
    /// Load, rule-pack and engine diagnostics of the run.
    pub diagnostics: Vec<ReportDiagnostic>,
}

/// The tool that made the report.
#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    /// `khung`.
    pub name: &'static str,
    /// The `khung-cli` package version.
    pub version: String,
}

/// Counts by severity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SeverityCounts {
    /// Errors.
    pub error: usize,
    /// Warnings.
    pub warning: usize,
    /// Infos.
    pub info: usize,
    /// All three.
    pub total: usize,
}

impl SeverityCounts {
    /// Counts one more of `severity`.
    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.error += 1,
            Severity::Warning => self.warning += 1,
            Severity::Info => self.info += 1,
        }
        self.total += 1;
    }
}

/// A fraction shown with both numbers and a percentage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ratio {
    /// The numerator.
    pub numerator: usize,
    /// The denominator.
    pub denominator: usize,
    /// `100 × numerator ÷ denominator`, rounded to one decimal; `None` when the denominator
    /// is 0.
    pub percent: Option<f64>,
    /// The percentage as shown in the report's language (`66,7 %`, `—` without a denominator).
    pub text: String,
}

/// An element as the report names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ElementLabel {
    /// Element kind (`system`, `flow`, …).
    pub kind: String,
    /// Element id.
    pub id: String,
    /// Its name in the report's language, when it has one.
    pub name: Option<String>,
}

/// Section 1.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Active findings (neither waived nor in the baseline) by severity.
    pub active: SeverityCounts,
    /// Findings suppressed by a waiver.
    pub waived: usize,
    /// Findings suppressed by the baseline.
    pub baseline: usize,
    /// Diagnostics of the run by severity.
    pub diagnostics: SeverityCounts,
    /// Workspace elements existing at as-of.
    pub elements: ElementCounts,
    /// Rules run.
    pub rules_run: usize,
    /// Rules the manifest disabled.
    pub rules_disabled: Vec<String>,
    /// Per VNEAF view, in the framework's order.
    pub views: Vec<ViewSummary>,
    /// Conformance over every view: rules with no active finding ÷ rules that applied.
    pub conformance: Ratio,
}

/// Workspace elements existing at as-of, per kind.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ElementCounts {
    /// Agencies.
    pub agencies: usize,
    /// Systems.
    pub systems: usize,
    /// Datasets.
    pub datasets: usize,
    /// Flows.
    pub flows: usize,
    /// Services.
    pub services: usize,
    /// Zones.
    pub zones: usize,
    /// Projects.
    pub projects: usize,
}

/// One VNEAF view in the summary.
#[derive(Debug, Clone, Serialize)]
pub struct ViewSummary {
    /// The view id (`business`, `data`, `application`, `technology`, `security`).
    pub view: String,
    /// Its name in the report's language.
    pub title: String,
    /// Active findings of the view's rules by severity.
    pub active: SeverityCounts,
    /// Rules of the view that were run.
    pub rules_run: usize,
    /// Rules of the view that applied to at least one element.
    pub rules_applied: usize,
    /// Of those, the rules with no active finding.
    pub rules_clean: usize,
    /// `rules_clean ÷ rules_applied`.
    pub score: Ratio,
}

/// Section 2: the KPIs of one workspace top agency.
#[derive(Debug, Clone, Serialize)]
pub struct AgencyKpis {
    /// The top agency; `None` for the workspace elements whose top agency is unknown.
    pub agency: Option<ElementLabel>,
    /// The indicators, in the design's order.
    pub kpis: Vec<Kpi>,
    /// Active findings on the agency's elements, by severity (the "open findings" KPI).
    pub open_findings: SeverityCounts,
}

/// One indicator: a ratio over elements existing at as-of, with the elements counted so a
/// reader can check it.
#[derive(Debug, Clone, Serialize)]
pub struct Kpi {
    /// Stable id (`security-levels`, `integrated-exchange`, `full-online-services`,
    /// `national-eid`, `personal-data-assessed`).
    pub id: &'static str,
    /// Its name in the report's language.
    pub name: String,
    /// What the numerator counts.
    pub numerator_label: String,
    /// What the denominator counts.
    pub denominator_label: String,
    /// The ratio.
    pub ratio: Ratio,
    /// Ids of the elements in the numerator, sorted.
    pub meeting: Vec<String>,
    /// Ids of the elements in the denominator but not in the numerator, sorted.
    pub not_meeting: Vec<String>,
}

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
