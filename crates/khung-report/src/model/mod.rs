//! The report view-model: everything the report shows, already computed and with every text
//! in the chosen language. The JSON report is this value serialised; the HTML and Markdown
//! templates read it. Every list is sorted, so the same inputs give the same bytes.

use khung_diag::{Lang, Severity};
use serde::Serialize;

mod sections;

pub use sections::{
    BasisLine, Diagram, FindingStatus, Gap, GapElement, GapFinding, GapProject, ReportDiagnostic,
    ReportFinding, RuleFindings, ViewFindings, WaiverEntry, WaiverSections,
};

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
