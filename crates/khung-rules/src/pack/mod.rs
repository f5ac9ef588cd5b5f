//! Rule packs: reading ([`read`]), macro and constant expansion ([`expand`]), templates
//! ([`template`]) and loading a profile's chain into a [`RuleSet`] ([`load`]).

mod compile;
pub mod expand;
pub mod load;
pub mod read;
mod reader;
pub mod template;

use jiff::civil::Date;
use khung_diag::{Lang, Severity, Span};
use khung_model::{ElementKind, Status};

use crate::eval::index::Regime;
use crate::eval::program::Program;
pub use read::{Basis, Example};

/// One piece of a compiled template.
#[derive(Debug)]
pub enum TemplatePart {
    /// Literal text.
    Text(String),
    /// An expression whose value is rendered.
    Expr(Program),
}

/// A compiled message or help template.
pub type Template = Vec<TemplatePart>;

/// A text in both languages (the English one falls back to the Vietnamese one).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Texts {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

impl Texts {
    /// The text in `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// A loaded pack.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PackInfo {
    /// The id.
    pub id: String,
    /// `version=`.
    pub version: Option<String>,
    /// `name`.
    pub name: Texts,
    /// `extends`.
    pub extends: Option<String>,
    /// `effective`.
    #[serde(serialize_with = "crate::serde_date::optional_date")]
    pub effective: Option<Date>,
    /// Whether it is embedded in khung (else a workspace pack).
    pub builtin: bool,
    /// The span of `effective` (for `profile-not-effective`).
    #[serde(skip)]
    pub effective_span: Option<Span>,
}

/// A checked, compiled rule with its metadata.
#[derive(Debug)]
pub struct Rule {
    /// The id.
    pub id: String,
    /// The pack holding it.
    pub pack: String,
    /// The default severity.
    pub severity: Severity,
    /// The VNEAF view.
    pub view: String,
    /// The element kind under test.
    pub applies_to: ElementKind,
    /// Design-stage states also evaluated (`lifecycle "planned" "building"`).
    pub lifecycle: Vec<Status>,
    /// `title`.
    pub title: Texts,
    /// `basis` lines (every profile's; see [`Rule::basis_for`]).
    pub basis: Vec<Basis>,
    /// `example`s.
    pub examples: Vec<Example>,
    /// The `when` condition as written.
    pub when_text: Option<String>,
    /// The `assert` condition as written.
    pub assert_text: String,
    /// The message templates as written.
    pub message_text: Texts,
    /// The help templates as written (empty when none).
    pub help_text: Texts,
    /// `label`: the property path the finding points at.
    pub label: Option<String>,
    /// The `rule` node.
    pub span: Span,
    /// The span of the `assert` expression.
    pub assert_span: Span,
    pub(crate) when: Option<Program>,
    pub(crate) assert: Program,
    pub(crate) message: [Template; 2],
    pub(crate) help: Option<[Template; 2]>,
}

impl Rule {
    /// The bases that apply under `profile` (no `profile=`, or this one).
    #[must_use]
    pub fn basis_for(&self, profile: &str) -> Vec<Basis> {
        self.basis
            .iter()
            .filter(|basis| basis.profile.as_deref().is_none_or(|p| p == profile))
            .cloned()
            .collect()
    }

    pub(crate) fn message_template(&self, lang: Lang) -> &Template {
        &self.message[usize::from(lang == Lang::En)]
    }

    pub(crate) fn help_template(&self, lang: Lang) -> Option<&Template> {
        self.help
            .as_ref()
            .map(|help| &help[usize::from(lang == Lang::En)])
    }
}

/// The rules of one profile, checked and compiled.
#[derive(Debug)]
pub struct RuleSet {
    pub(crate) profile: String,
    pub(crate) regime: Regime,
    pub(crate) chain: Vec<String>,
    pub(crate) packs: Vec<PackInfo>,
    pub(crate) rules: Vec<Rule>,
    pub(crate) known_rule_ids: Vec<String>,
}

impl RuleSet {
    /// The active profile.
    #[must_use]
    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// The packs of the active chain (leaf first), then the workspace packs.
    #[must_use]
    pub fn chain(&self) -> &[String] {
        &self.chain
    }

    /// Every pack read (embedded and workspace), sorted by id.
    #[must_use]
    pub fn packs(&self) -> &[PackInfo] {
        &self.packs
    }

    /// The rules in force under the profile, sorted by id.
    #[must_use]
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The record fields the conditions of `rules` read (all rules when `rules` is empty),
    /// each once: what [`CheckIndex::with_columns`](crate::eval::index::CheckIndex::with_columns)
    /// reads into columns.
    #[must_use]
    pub fn read_fields(&self, rules: &[String]) -> Vec<&'static crate::schema::FieldSchema> {
        let mut fields = Vec::new();
        for rule in &self.rules {
            if !rules.is_empty() && !rules.contains(&rule.id) {
                continue;
            }
            if let Some(when) = &rule.when {
                when.read_fields(&mut fields);
            }
            rule.assert.read_fields(&mut fields);
        }
        fields.sort_by_key(|field| field.slot);
        fields.dedup_by_key(|field| field.slot);
        fields
    }

    /// The rule with this id, if it is in force.
    #[must_use]
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|rule| rule.id == id)
    }

    /// Every rule id of every pack read, in force or not (for waivers and the manifest).
    #[must_use]
    pub fn known_rule_ids(&self) -> &[String] {
        &self.known_rule_ids
    }
}
