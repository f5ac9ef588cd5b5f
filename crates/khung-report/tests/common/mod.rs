//! The one helper of this crate's tests: a fixture loaded, checked with the embedded rules at
//! its `// as-of:` date (and at its to-be date), ready to give a [`CheckRun`].
// `allow`, not `expect`: each test binary uses a different part of this helper.
#![allow(dead_code, reason = "each test binary uses part of the helper")]

use jiff::civil::Date;
use khung_diag::{Diagnostic, Lang, Severity};
use khung_model::{LoadOptions, Loaded, load_snippet};
use khung_report::{CheckRun, ReportOptions, ToBe, to_be_date};
use khung_rules::engine::{CheckOptions, CheckOutcome, check};
use khung_rules::pack::RuleSet;

/// The tool version the tests pretend to be (outputs must not depend on the real one).
pub const TOOL_VERSION: &str = "0.0.0-test";

/// A fixture after loading and checking.
pub struct Checked {
    pub loaded: Loaded,
    pub rules: RuleSet,
    pub outcome: CheckOutcome,
    pub to_be_outcome: CheckOutcome,
    pub diagnostics: Vec<Diagnostic>,
    pub as_of: Date,
    pub to_be: Date,
    pub lang: Lang,
}

/// The value of a `// key: value` directive among the fixture's first comment lines.
pub fn directive<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines()
        .take_while(|line| line.starts_with("//"))
        .find_map(|line| {
            line.strip_prefix("//")?
                .trim()
                .strip_prefix(key)?
                .strip_prefix(':')
        })
        .map(str::trim)
}

/// Loads `text` as one model file with the reference model, checks it with `vn-2026` at its
/// `// as-of:` date and at the to-be date, in `lang`. Load errors fail the test helper.
pub fn checked(text: &str, lang: Lang) -> Result<Checked, String> {
    let mut loaded = load_snippet(text, &LoadOptions::default());
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{}: {}", d.code, d.message.render(Lang::En)))
        .collect();
    if !errors.is_empty() {
        return Err(format!("the fixture does not load: {errors:?}"));
    }
    let as_of: Date = directive(text, "as-of")
        .ok_or("no `// as-of:` directive")?
        .parse()
        .map_err(|e| format!("as-of: {e}"))?;
    let requested: Option<Date> = directive(text, "to-be")
        .map(|d| d.parse().map_err(|e| format!("to-be: {e}")))
        .transpose()?;
    let (rules, rule_diagnostics) = RuleSet::builtin("vn-2026", &mut loaded.sources);
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    diagnostics.extend(rule_diagnostics);
    let mut options = CheckOptions::new(as_of);
    options.lang = lang;
    let outcome = check(&loaded.model, &rules, &options);
    diagnostics.extend(outcome.diagnostics.iter().cloned());
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let to_be = to_be_date(&loaded.model, as_of, requested);
    let mut later = CheckOptions::new(to_be);
    later.lang = lang;
    let to_be_outcome = check(&loaded.model, &rules, &later);
    Ok(Checked {
        loaded,
        rules,
        outcome,
        to_be_outcome,
        diagnostics,
        as_of,
        to_be,
        lang,
    })
}

impl Checked {
    /// The run as the CLI would pass it.
    pub fn run(&self) -> CheckRun<'_> {
        CheckRun {
            model: &self.loaded.model,
            sources: &self.loaded.sources,
            rules: &self.rules,
            outcome: &self.outcome,
            diagnostics: &self.diagnostics,
            as_of: self.as_of,
            lang: self.lang,
            only_rules: &[],
            tool_version: TOOL_VERSION,
        }
    }

    /// The report options with the to-be check.
    pub fn report_options(&self) -> ReportOptions<'_> {
        ReportOptions {
            workspace: Some("quang-ninh"),
            to_be: ToBe {
                date: self.to_be,
                outcome: Some(&self.to_be_outcome),
            },
        }
    }
}
