//! [`CheckRun`]: what one `khung check` produced, the common input of every output here.

use jiff::civil::Date;
use khung_diag::{Diagnostic, Lang, SourceMap};
use khung_model::Model;
use khung_rules::engine::CheckOutcome;
use khung_rules::pack::{Rule, RuleSet};

/// One check of a model: the model and its sources, the rule set, the engine's outcome and
/// every diagnostic of the run, with the date, language and tool version they were made with.
#[derive(Clone, Copy)]
pub struct CheckRun<'a> {
    /// The loaded model.
    pub model: &'a Model,
    /// Every file read (model, reference, rule packs, command-line pseudo-files).
    pub sources: &'a SourceMap,
    /// The rule packs of the profile.
    pub rules: &'a RuleSet,
    /// Findings and statistics of the check at [`CheckRun::as_of`].
    pub outcome: &'a CheckOutcome,
    /// Every diagnostic of the run (load, rule packs, engine, command line), sorted.
    pub diagnostics: &'a [Diagnostic],
    /// The evaluation date.
    pub as_of: Date,
    /// The output language.
    pub lang: Lang,
    /// `--rule` (only these rules were run; empty: all).
    pub only_rules: &'a [String],
    /// The version of the tool (the `khung-cli` package version).
    pub tool_version: &'a str,
}

impl CheckRun<'_> {
    /// Whether the rule was run in this check: in force, selected by `--rule` (when given)
    /// and not disabled by the manifest.
    #[must_use]
    pub fn rule_was_run(&self, rule: &Rule) -> bool {
        (self.only_rules.is_empty() || self.only_rules.contains(&rule.id))
            && !self.outcome.stats.rules_disabled.contains(&rule.id)
    }

    /// The rules run, sorted by id.
    pub fn rules_run(&self) -> impl Iterator<Item = &Rule> {
        self.rules
            .rules()
            .iter()
            .filter(|rule| self.rule_was_run(rule))
    }
}

/// The to-be date of the gap (`model-language.md`): `requested` (`--to-be`), else the latest
/// `end` of a workspace project, else `as_of`; never earlier than `as_of` (the same rule as the
/// `gap` diagram, so the report's lists and its diagram agree).
#[must_use]
pub fn to_be_date(model: &Model, as_of: Date, requested: Option<Date>) -> Date {
    let latest_end = model
        .projects
        .iter()
        .filter(|(id, _)| model.is_workspace(id))
        .filter_map(|(_, project)| project.end.as_ref().map(|end| end.value))
        .max();
    requested.or(latest_end).unwrap_or(as_of).max(as_of)
}

#[cfg(test)]
mod tests {
    use khung_model::{LoadOptions, ReferenceModel, load_snippet};

    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn to_be_is_the_request_else_the_latest_project_end_else_as_of() {
        let options = LoadOptions {
            reference: ReferenceModel::Disabled,
            ..LoadOptions::default()
        };
        let loaded = load_snippet(
            r#"agency "a" { name "A"; tier "province" }
project "p1" { name "P1"; owner "a"; end "2027-06-30" }
project "p2" { name "P2"; owner "a"; end "2028-01-31" }"#,
            &options,
        );
        let model = &loaded.model;
        let as_of = date("2026-11-23");
        assert_eq!(to_be_date(model, as_of, None), date("2028-01-31"));
        assert_eq!(
            to_be_date(model, as_of, Some(date("2027-01-01"))),
            date("2027-01-01")
        );
        // Never before as-is (the gap diagram's rule too).
        assert_eq!(to_be_date(model, as_of, Some(date("2020-01-01"))), as_of);
        assert_eq!(to_be_date(&Model::default(), as_of, None), as_of);
    }
}
