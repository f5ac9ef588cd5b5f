//! The baseline: a JSON list of fingerprints whose findings are reported as `baseline` and do
//! not fail the run. The CLI reads and writes the file.

use std::collections::BTreeSet;

use crate::engine::finding::Finding;

/// A parsed baseline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    fingerprints: BTreeSet<String>,
}

/// Why a baseline file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaselineError {
    /// The JSON parser's explanation.
    pub detail: String,
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column of the problem.
    pub column: usize,
}

impl std::fmt::Display for BaselineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.detail)
    }
}

impl std::error::Error for BaselineError {}

impl Baseline {
    /// Reads a baseline: a JSON array of fingerprint strings.
    ///
    /// # Errors
    /// When the text is not a JSON array of strings.
    pub fn parse(text: &str) -> Result<Baseline, BaselineError> {
        let fingerprints: Vec<String> =
            serde_json::from_str(text).map_err(|error| BaselineError {
                detail: error.to_string(),
                line: error.line(),
                column: error.column(),
            })?;
        Ok(Baseline {
            fingerprints: fingerprints.into_iter().collect(),
        })
    }

    /// A baseline of these fingerprints.
    pub fn from_fingerprints(fingerprints: impl IntoIterator<Item = String>) -> Baseline {
        Baseline {
            fingerprints: fingerprints.into_iter().collect(),
        }
    }

    /// Whether the fingerprint is in the baseline.
    #[must_use]
    pub fn contains(&self, fingerprint: &str) -> bool {
        self.fingerprints.contains(fingerprint)
    }

    /// The JSON text of a baseline of these findings' fingerprints (sorted, unique; waived
    /// findings are left out, their waiver already covers them).
    #[must_use]
    pub fn to_json(findings: &[Finding]) -> String {
        let fingerprints: BTreeSet<&str> = findings
            .iter()
            .filter(|finding| {
                !matches!(
                    finding.suppression,
                    Some(crate::engine::finding::Suppression::Waived { .. })
                )
            })
            .map(|finding| finding.fingerprint.as_str())
            .collect();
        let mut text =
            serde_json::to_string_pretty(&fingerprints).unwrap_or_else(|_| "[]".to_owned());
        text.push('\n');
        text
    }
}
