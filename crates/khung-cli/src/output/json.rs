//! The `khung-findings/1` JSON document (cli-and-outputs.md, "Machine outputs").

use khung_diag::{Severity, SourceMap};
use serde::Serialize;

use super::item::Item;
use khung_report::Location;

/// The whole document. Keys are fixed by the design; new keys may be added, never renamed.
#[derive(Debug, Serialize)]
pub struct FindingsDocument {
    /// Always `khung-findings/1`.
    pub schema: &'static str,
    /// The tool and its version.
    pub tool: Tool,
    /// The active profile.
    pub profile: String,
    /// The evaluation date.
    pub as_of: String,
    /// The output language.
    pub lang: &'static str,
    /// Counts.
    pub summary: Summary,
    /// Rules the manifest disabled.
    pub disabled_rules: Vec<String>,
    /// Load and rule-pack problems.
    pub diagnostics: Vec<JsonDiagnostic>,
    /// Rule violations.
    pub findings: Vec<JsonFinding>,
}

/// `tool` object.
#[derive(Debug, Serialize)]
pub struct Tool {
    /// `khung`.
    pub name: &'static str,
    /// The khung-cli package version.
    pub version: &'static str,
}

impl Tool {
    /// This binary.
    pub fn current() -> Tool {
        Tool {
            name: "khung",
            version: env!("CARGO_PKG_VERSION"),
        }
    }
}

/// `summary` object: active findings by severity, suppressed counts, model size.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Active error findings.
    pub error: usize,
    /// Active warning findings.
    pub warning: usize,
    /// Active info findings.
    pub info: usize,
    /// Findings suppressed by a waiver.
    pub waived: usize,
    /// Findings suppressed by the baseline.
    pub baseline: usize,
    /// Workspace systems existing at as-of.
    pub systems: usize,
    /// Workspace flows existing at as-of.
    pub flows: usize,
    /// Workspace datasets existing at as-of.
    pub datasets: usize,
    /// Rules run.
    pub rules: usize,
}

/// One entry of `diagnostics`.
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic {
    /// The diagnostic code.
    pub code: String,
    /// Severity.
    pub severity: Severity,
    /// Message in the chosen language.
    pub message: String,
    /// Location (flattened: file, line, column, end_line, end_column).
    #[serde(flatten)]
    pub location: Option<Location>,
    /// How to fix it.
    pub help: Option<String>,
}

impl JsonDiagnostic {
    /// From a resolved item.
    pub fn from_item(item: &Item, sources: &SourceMap) -> JsonDiagnostic {
        JsonDiagnostic {
            code: item.code.clone(),
            severity: item.severity,
            message: item.message.clone(),
            location: item
                .primary_span()
                .and_then(|span| Location::of(span, sources)),
            help: item.help.clone(),
        }
    }
}

/// One entry of `findings`.
#[derive(Debug, Serialize)]
pub struct JsonFinding {
    /// Rule id.
    pub rule: String,
    /// Effective severity.
    pub severity: Severity,
    /// The rule's own severity, present only when the manifest overrides it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_severity: Option<Severity>,
    /// The element the finding is about.
    pub element: JsonElement,
    /// Message in the chosen language.
    pub message: String,
    /// Location (flattened).
    #[serde(flatten)]
    pub location: Option<Location>,
    /// Legal basis lines of the active profile.
    pub basis: Vec<String>,
    /// How to fix it.
    pub help: Option<String>,
    /// `RULE@element-id`.
    pub fingerprint: String,
    /// `null`, a waiver or the baseline.
    pub suppressed: Option<JsonSuppression>,
}

/// `element` object of a finding.
#[derive(Debug, Serialize)]
pub struct JsonElement {
    /// Element kind (`system`, `flow`, …).
    pub kind: String,
    /// Element id.
    pub id: String,
}

/// Why a finding is suppressed.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum JsonSuppression {
    /// A waiver in the model.
    Waiver {
        /// The waiver's `until`.
        until: String,
        /// The waiver's `ref`, if any.
        #[serde(rename = "ref")]
        reference: Option<String>,
    },
    /// The `--baseline` file.
    Baseline,
}

/// Serialises the document with a trailing newline (stable key order: struct order).
pub fn to_string(document: &FindingsDocument) -> String {
    match serde_json::to_string_pretty(document) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Serialising these plain structs cannot fail; keep the process alive regardless.
        Err(error) => format!("{{\"error\": \"{error}\"}}\n"),
    }
}
