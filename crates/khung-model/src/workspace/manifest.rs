//! [`Manifest`]: the settings of `khung.kdl`, with spans.

use jiff::civil::Date;
use khung_diag::{FileId, Lang, Severity, Span, Spanned};

/// `workspace "name" { … }` from `khung.kdl`. Every setting is optional; absent settings take
/// the design's defaults (see the accessors).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Manifest {
    /// The manifest file, when there is one.
    pub file: Option<FileId>,
    /// The span of the `workspace` node.
    pub span: Option<Span>,
    /// The workspace's name (the node's argument).
    pub name: Option<Spanned<String>>,
    /// `profile` (a rule profile, e.g. `vn-2026`; checked by the rule engine).
    pub profile: Option<Spanned<String>>,
    /// `lang`: the default output language.
    pub lang: Option<Spanned<Lang>>,
    /// `as-of`: the evaluation date.
    pub as_of: Option<Spanned<Date>>,
    /// `include` globs, relative to the root (default: `**/*.kdl`).
    pub include: Vec<Spanned<String>>,
    /// `exclude` globs, relative to the root.
    pub exclude: Vec<Spanned<String>>,
    /// `import` folders, relative to the root.
    pub import: Vec<Spanned<String>>,
    /// `reference`: use the embedded national reference model (default `#true`).
    pub reference: Option<Spanned<bool>>,
    /// `rules`: extra rule-pack folders, relative to the root.
    pub rules: Vec<Spanned<String>>,
    /// `rule "ID" severity=… enabled=…`: per-rule overrides.
    pub rule: Vec<RuleSetting>,
    /// `baseline`: the baseline file, relative to the root.
    pub baseline: Option<Spanned<String>>,
    /// `templates`: the report-template folder, relative to the root.
    pub templates: Option<Spanned<String>>,
    /// `agency`: the reference agency this workspace is about (enables `extend`).
    pub agency: Option<Spanned<String>>,
}

impl Manifest {
    /// Whether the embedded reference model is used (`reference`, default `#true`).
    #[must_use]
    pub fn uses_reference(&self) -> bool {
        self.reference.as_ref().is_none_or(|r| r.value)
    }

    /// The override for rule `id`, if any (the last one written wins).
    #[must_use]
    pub fn rule_setting(&self, id: &str) -> Option<&RuleSetting> {
        self.rule
            .iter()
            .rev()
            .find(|setting| setting.id.value == id)
    }
}

/// `rule "DATA-007" severity="warning"` / `rule "INT-009" enabled=#false`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleSetting {
    /// The rule id (checked by the rule engine: `unknown-rule`).
    pub id: Spanned<String>,
    /// `severity`: the overriding severity.
    pub severity: Option<Spanned<Severity>>,
    /// `enabled`: `#false` disables the rule.
    pub enabled: Option<Spanned<bool>>,
    /// The span of the `rule` node.
    pub span: Span,
}
