//! `khung rules list` and `khung rules show ID`: the rules of a profile and one rule's docs.

use khung_diag::{Lang, Message, SourceMap};
use khung_rules::pack::{Rule, RuleSet};
use serde::Serialize;

use crate::cli::{GlobalArgs, RulesArgs, RulesCommand, RulesFormat};
use crate::exit;
use crate::output::human;
use crate::output::item::Item;
use crate::session::DEFAULT_PROFILE;

use super::{Outcome, emit};

/// Runs `khung rules …`.
pub fn run(args: &RulesArgs, global: &GlobalArgs) -> Outcome {
    let lang = global.lang.map_or(Lang::Vi, Into::into);
    let profile = args
        .profile
        .clone()
        .unwrap_or_else(|| DEFAULT_PROFILE.to_owned());
    let mut sources = SourceMap::new();
    let (rules, diagnostics) = RuleSet::builtin(&profile, &mut sources);
    if !diagnostics.is_empty() {
        let items: Vec<Item> = diagnostics
            .iter()
            .map(|d| Item::from_diagnostic(d, lang))
            .collect();
        return Outcome {
            code: exit::INVALID,
            stderr: human::render_items(&items, &sources, false),
        };
    }
    match &args.command {
        RulesCommand::List { format } => {
            let text = match format {
                RulesFormat::Human => list_human(&rules, &profile, lang),
                RulesFormat::Json => list_json(&rules, &profile, lang),
            };
            emit(&text, None, lang)
        }
        RulesCommand::Show { id } => match rules.rule(id) {
            Some(rule) => emit(&show(rule, &profile, lang), None, lang),
            None => {
                let suggestion =
                    khung_diag::closest(id, rules.rules().iter().map(|rule| rule.id.as_str()));
                let mut text = Message::new("unknown-rule")
                    .arg("id", id.clone())
                    .render(lang);
                if let Some(name) = suggestion {
                    text.push_str("; ");
                    text.push_str(&Message::new("did-you-mean").arg("name", name).render(lang));
                }
                Outcome {
                    code: exit::INVALID,
                    stderr: text + "\n",
                }
            }
        },
    }
}

#[derive(Serialize)]
struct JsonRules<'a> {
    profile: &'a str,
    rules: Vec<JsonRule<'a>>,
}

#[derive(Serialize)]
struct JsonRule<'a> {
    id: &'a str,
    pack: &'a str,
    severity: khung_diag::Severity,
    view: &'a str,
    applies_to: &'static str,
    title: &'a str,
    basis: Vec<String>,
}

fn list_json(rules: &RuleSet, profile: &str, lang: Lang) -> String {
    let document = JsonRules {
        profile,
        rules: rules
            .rules()
            .iter()
            .map(|rule| JsonRule {
                id: &rule.id,
                pack: &rule.pack,
                severity: rule.severity,
                view: &rule.view,
                applies_to: rule.applies_to.as_str(),
                title: rule.title.get(lang),
                basis: rule
                    .basis_for(profile)
                    .into_iter()
                    .map(|b| b.text)
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&document).map_or_else(|_| String::new(), |text| text + "\n")
}

fn list_human(rules: &RuleSet, profile: &str, lang: Lang) -> String {
    let mut sorted: Vec<&Rule> = rules.rules().iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let id_width = sorted.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for rule in &sorted {
        out.push_str(&format!(
            "{:<id_width$}  {:<7}  {:<11}  {:<12}  {:<9}  {}\n",
            rule.id,
            rule.severity.as_str(),
            rule.view,
            rule.applies_to.as_str(),
            rule.pack,
            rule.title.get(lang),
        ));
    }
    out.push_str(
        &Message::new("cli-rules-count")
            .arg("count", sorted.len().to_string())
            .arg("profile", profile.to_owned())
            .render(lang),
    );
    out.push('\n');
    out
}

fn show(rule: &Rule, profile: &str, lang: Lang) -> String {
    let label = |id: &'static str| Message::new(id).render(lang);
    let mut out = format!("{} — {}\n", rule.id, rule.title.get(lang));
    let other = if lang == Lang::Vi { Lang::En } else { Lang::Vi };
    out.push_str(&format!("  ({})\n\n", rule.title.get(other)));
    let mut field = |name: &str, value: &str| {
        out.push_str(&format!("{name}: {value}\n"));
    };
    field(&label("cli-rule-severity"), rule.severity.as_str());
    field(&label("cli-rule-pack"), &rule.pack);
    field(&label("cli-rule-view"), &rule.view);
    field(&label("cli-rule-applies-to"), rule.applies_to.as_str());
    if !rule.lifecycle.is_empty() {
        let states: Vec<&str> = rule.lifecycle.iter().map(|s| s.as_str()).collect();
        field(&label("cli-rule-lifecycle"), &states.join(", "));
    }
    if let Some(when) = &rule.when_text {
        field(&label("cli-rule-when"), when.trim());
    }
    field(&label("cli-rule-assert"), rule.assert_text.trim());
    field(
        &label("cli-rule-message"),
        rule.message_text.get(lang).trim(),
    );
    let help = rule.help_text.get(lang).trim();
    if !help.is_empty() {
        field(&label("cli-rule-help"), help);
    }
    out.push_str(&format!("{}:\n", label("cli-rule-basis")));
    for basis in rule.basis_for(profile) {
        let mark = if basis.verified {
            label("cli-rule-verified")
        } else {
            label("cli-rule-unverified")
        };
        out.push_str(&format!("  - {} ({mark})\n", basis.text));
    }
    out.push_str(&format!("{}:\n", label("cli-rule-examples")));
    for example in &rule.examples {
        let kind = if example.valid {
            label("cli-rule-example-valid")
        } else {
            label("cli-rule-example-invalid")
        };
        out.push_str(&format!("  # {kind} (as-of {})\n", example.as_of));
        for line in example.text.lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push_str(&format!("\n{}\n", khung_report::rule_url(&rule.id)));
    out
}
