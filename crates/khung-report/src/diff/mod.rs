//! `khung diff OLD NEW`: two versions of a model compared element by element (matched by id),
//! and their findings compared by fingerprint. Only the workspace's own elements are compared
//! (the reference and imported models are not the pull request's).

pub mod properties;

use std::collections::{BTreeMap, BTreeSet};

use khung_diag::Lang;
use khung_model::{ElementRef, LifecycleFacts, Model};
use khung_rules::engine::finding::Finding;
use serde::Serialize;

use crate::findings::status_of;
use crate::model::{ElementLabel, FindingStatus};
use crate::text::label_of;
use properties::properties;

/// The schema name of the JSON diff.
pub const DIFF_SCHEMA: &str = "khung-diff/1";

/// One version of the model with the findings of its check.
#[derive(Clone, Copy)]
pub struct DiffSide<'a> {
    /// The model.
    pub model: &'a Model,
    /// Every finding of its check (suppressed ones too).
    pub findings: &'a [Finding],
}

/// The difference between two versions of a model.
#[derive(Debug, Clone, Serialize)]
pub struct ModelDiff {
    /// Always [`DIFF_SCHEMA`].
    pub schema: &'static str,
    /// The language of the texts.
    pub lang: Lang,
    /// Counts of every list below.
    pub summary: DiffSummary,
    /// Elements only in the new version, by (kind, id).
    pub added: Vec<ElementLabel>,
    /// Elements only in the old version, by (kind, id).
    pub removed: Vec<ElementLabel>,
    /// Elements in both whose properties differ, by (kind, id).
    pub changed: Vec<ChangedElement>,
    /// Elements in both whose lifecycle (`status`, `since`, `retire`) differs, by (kind, id).
    pub lifecycle: Vec<LifecycleChange>,
    /// Findings of the new version whose fingerprint the old one does not have.
    pub findings_new: Vec<DiffFinding>,
    /// Findings of the old version whose fingerprint the new one does not have.
    pub findings_fixed: Vec<DiffFinding>,
}

/// Counts of a diff.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DiffSummary {
    /// Added elements.
    pub added: usize,
    /// Removed elements.
    pub removed: usize,
    /// Changed elements.
    pub changed: usize,
    /// Lifecycle changes.
    pub lifecycle: usize,
    /// New findings.
    pub findings_new: usize,
    /// Fixed findings.
    pub findings_fixed: usize,
}

/// An element whose properties changed.
#[derive(Debug, Clone, Serialize)]
pub struct ChangedElement {
    /// The element (named as in the new version).
    pub element: ElementLabel,
    /// Each property that differs, by path.
    pub changes: Vec<PropertyChange>,
}

/// One property's old and new text (`None`: not written in that version).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PropertyChange {
    /// The property path (`security-level.approved.by`).
    pub property: String,
    /// Before.
    pub old: Option<String>,
    /// After.
    pub new: Option<String>,
}

/// An element whose lifecycle changed.
#[derive(Debug, Clone, Serialize)]
pub struct LifecycleChange {
    /// The element.
    pub element: ElementLabel,
    /// Before.
    pub old: LifecycleText,
    /// After.
    pub new: LifecycleText,
}

/// The lifecycle facts as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LifecycleText {
    /// `status` (absent: operating).
    pub status: Option<String>,
    /// `since`.
    pub since: Option<String>,
    /// `retire`.
    pub retire: Option<String>,
}

/// A finding of the delta.
#[derive(Debug, Clone, Serialize)]
pub struct DiffFinding {
    /// Rule id.
    pub rule: String,
    /// Effective severity.
    pub severity: khung_diag::Severity,
    /// Element kind.
    pub element_kind: String,
    /// Element id.
    pub element: String,
    /// The message (of the version that has it).
    pub message: String,
    /// `RULE@element-id`.
    pub fingerprint: String,
    /// Whether it counts in that version.
    pub status: FindingStatus,
}

/// Compares two versions.
#[must_use]
pub fn diff_models(old: DiffSide<'_>, new: DiffSide<'_>, lang: Lang) -> ModelDiff {
    let old_elements = workspace_elements(old.model);
    let new_elements = workspace_elements(new.model);
    let mut diff = ModelDiff {
        schema: DIFF_SCHEMA,
        lang,
        summary: DiffSummary::default(),
        added: Vec::new(),
        removed: Vec::new(),
        changed: Vec::new(),
        lifecycle: Vec::new(),
        findings_new: finding_delta(new.findings, old.findings, lang),
        findings_fixed: finding_delta(old.findings, new.findings, lang),
    };
    for (key, element) in &new_elements {
        let Some(before) = old_elements.get(key) else {
            diff.added.push(label_of(*element, lang));
            continue;
        };
        let changes = property_changes(*before, *element);
        if !changes.is_empty() {
            diff.changed.push(ChangedElement {
                element: label_of(*element, lang),
                changes,
            });
        }
        let (was, is) = (
            lifecycle_text(before.lifecycle()),
            lifecycle_text(element.lifecycle()),
        );
        if was != is {
            diff.lifecycle.push(LifecycleChange {
                element: label_of(*element, lang),
                old: was,
                new: is,
            });
        }
    }
    for (key, element) in &old_elements {
        if !new_elements.contains_key(key) {
            diff.removed.push(label_of(*element, lang));
        }
    }
    diff.summary = DiffSummary {
        added: diff.added.len(),
        removed: diff.removed.len(),
        changed: diff.changed.len(),
        lifecycle: diff.lifecycle.len(),
        findings_new: diff.findings_new.len(),
        findings_fixed: diff.findings_fixed.len(),
    };
    diff
}

/// The workspace elements by (kind, id). An id that changes kind is a removal and an addition.
fn workspace_elements(model: &Model) -> BTreeMap<(&'static str, &str), ElementRef<'_>> {
    model
        .elements()
        .filter(|element| model.is_workspace(&element.id().value))
        .map(|element| {
            (
                (element.kind().as_str(), element.id().value.as_str()),
                element,
            )
        })
        .collect()
}

fn property_changes(old: ElementRef<'_>, new: ElementRef<'_>) -> Vec<PropertyChange> {
    let before = properties(old);
    let after = properties(new);
    let paths: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    paths
        .into_iter()
        .filter_map(|path| {
            let (was, is) = (before.get(path), after.get(path));
            (was != is).then(|| PropertyChange {
                property: path.clone(),
                old: was.cloned(),
                new: is.cloned(),
            })
        })
        .collect()
}

fn lifecycle_text(facts: LifecycleFacts) -> LifecycleText {
    LifecycleText {
        status: facts.status.map(|s| s.as_str().to_owned()),
        since: facts.since.map(|d| d.to_string()),
        retire: facts.retire.map(|d| d.to_string()),
    }
}

/// Findings of `these` whose fingerprint none of `others` has, by (rule, element).
fn finding_delta(these: &[Finding], others: &[Finding], lang: Lang) -> Vec<DiffFinding> {
    let known: BTreeSet<&str> = others.iter().map(|f| f.fingerprint.as_str()).collect();
    let mut delta: BTreeMap<&str, DiffFinding> = BTreeMap::new();
    for finding in these {
        if known.contains(finding.fingerprint.as_str()) {
            continue;
        }
        delta
            .entry(finding.fingerprint.as_str())
            .or_insert_with(|| DiffFinding {
                rule: finding.rule.clone(),
                severity: finding.severity,
                element_kind: finding.element_kind.to_owned(),
                element: finding.element.clone(),
                message: finding.message.clone(),
                fingerprint: finding.fingerprint.clone(),
                status: status_of(finding, lang).0,
            });
    }
    let mut list: Vec<DiffFinding> = delta.into_values().collect();
    list.sort_by(|a, b| (&a.rule, &a.element).cmp(&(&b.rule, &b.element)));
    list
}
