use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;

use crate::lang::Lang;

/// A catalogue key with its arguments: user-facing text, resolved in either language by the
/// [`Catalogue`]. Arguments are strings (ids, values, lists already joined).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Message {
    /// The Fluent message id (kebab-case; for a code's main message, the code itself).
    pub id: Cow<'static, str>,
    /// Named arguments, in the order given.
    pub args: Vec<(Cow<'static, str>, String)>,
}

impl Message {
    /// A message without arguments.
    #[must_use]
    pub fn new(id: impl Into<Cow<'static, str>>) -> Message {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds a named argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// Resolves the message in `lang` with the built-in catalogue.
    #[must_use]
    pub fn render(&self, lang: Lang) -> String {
        Catalogue::builtin().render(self, lang)
    }
}

/// The Fluent resources of every crate, per language. Files live in
/// `crates/khung-diag/messages/<lang>/<area>.ftl`, one per crate area, so that each crate's
/// messages sit together and both languages are compared by a test.
const RESOURCES: &[(Lang, &str, &str)] = &[
    (Lang::En, "diag", include_str!("../messages/en/diag.ftl")),
    (Lang::Vi, "diag", include_str!("../messages/vi/diag.ftl")),
    (Lang::En, "kdl", include_str!("../messages/en/kdl.ftl")),
    (Lang::Vi, "kdl", include_str!("../messages/vi/kdl.ftl")),
    (Lang::En, "model", include_str!("../messages/en/model.ftl")),
    (Lang::Vi, "model", include_str!("../messages/vi/model.ftl")),
    (Lang::En, "rules", include_str!("../messages/en/rules.ftl")),
    (Lang::Vi, "rules", include_str!("../messages/vi/rules.ftl")),
    (Lang::En, "cli", include_str!("../messages/en/cli.ftl")),
    (Lang::Vi, "cli", include_str!("../messages/vi/cli.ftl")),
    (
        Lang::En,
        "diagram",
        include_str!("../messages/en/diagram.ftl"),
    ),
    (
        Lang::Vi,
        "diagram",
        include_str!("../messages/vi/diagram.ftl"),
    ),
    (
        Lang::En,
        "report",
        include_str!("../messages/en/report.ftl"),
    ),
    (
        Lang::Vi,
        "report",
        include_str!("../messages/vi/report.ftl"),
    ),
];

/// The bilingual message catalogue (Fluent).
pub struct Catalogue {
    vi: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
    errors: Vec<String>,
}

impl Catalogue {
    /// The catalogue compiled into khung (built once).
    pub fn builtin() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| Catalogue::from_sources(RESOURCES))
    }

    fn from_sources(sources: &[(Lang, &str, &str)]) -> Catalogue {
        let mut vi = FluentBundle::new_concurrent(vec![unic_langid::langid!("vi")]);
        let mut en = FluentBundle::new_concurrent(vec![unic_langid::langid!("en")]);
        // Isolation marks (U+2068/U+2069) around arguments would end up in terminals, JSON and
        // snapshots; every argument here is an id or a value, never right-to-left text.
        vi.set_use_isolating(false);
        en.set_use_isolating(false);
        let mut errors = Vec::new();
        for (lang, area, text) in sources {
            let resource = match FluentResource::try_new((*text).to_owned()) {
                Ok(resource) => resource,
                Err((resource, parse_errors)) => {
                    errors.push(format!("{}/{area}.ftl: {parse_errors:?}", lang.as_str()));
                    resource
                }
            };
            let bundle = match lang {
                Lang::Vi => &mut vi,
                Lang::En => &mut en,
            };
            if let Err(add_errors) = bundle.add_resource(resource) {
                errors.push(format!("{}/{area}.ftl: {add_errors:?}", lang.as_str()));
            }
        }
        Catalogue { vi, en, errors }
    }

    /// Problems found while building the catalogue (a test requires none).
    #[must_use]
    pub fn errors(&self) -> &[String] {
        &self.errors
    }

    /// Whether `id` exists in `lang`.
    #[must_use]
    pub fn has(&self, id: &str, lang: Lang) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// Ids of every message in `lang`, sorted.
    #[must_use]
    pub fn ids(&self, lang: Lang) -> Vec<String> {
        let mut ids: Vec<String> = RESOURCES
            .iter()
            .filter(|(resource_lang, _, _)| *resource_lang == lang)
            .flat_map(|(_, _, text)| message_ids(text))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Resolves a message. A missing id renders as the id and its arguments, so nothing is
    /// lost (a test keeps the catalogue complete).
    #[must_use]
    pub fn render(&self, message: &Message, lang: Lang) -> String {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(&message.id).and_then(|m| m.value()) else {
            let args: Vec<String> = message
                .args
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect();
            return format!("{} {}", message.id, args.join(" "))
                .trim_end()
                .to_owned();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            // Counts are passed as numbers so messages can choose plural forms
            // (`{ $count -> [one] … *[other] … }`); ids such as TTHC codes (`1.001234`) keep
            // their text because only whole ASCII integers are converted.
            let integer = (!value.is_empty()
                && value.len() <= 15
                && value.bytes().all(|b| b.is_ascii_digit()))
            .then(|| value.parse::<i64>().ok())
            .flatten();
            match integer {
                Some(number) => args.set(name.clone(), number),
                None => args.set(name.clone(), value.clone()),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// Message ids defined at the start of a line (`id = …`), the Fluent syntax for a message.
fn message_ids(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(|line| {
        let (head, _) = line.split_once('=')?;
        let head = head.trim_end();
        let starts_well = head.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        let well_formed = head
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        (starts_well && well_formed && !line.starts_with(' ')).then(|| head.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;

    #[test]
    fn catalogue_parses_without_errors() {
        assert_eq!(Catalogue::builtin().errors(), &[] as &[String]);
    }

    #[test]
    fn both_languages_define_the_same_messages() {
        let catalogue = Catalogue::builtin();
        assert_eq!(catalogue.ids(Lang::Vi), catalogue.ids(Lang::En));
    }

    #[test]
    fn every_code_has_a_message_in_both_languages() {
        let catalogue = Catalogue::builtin();
        for code in Code::ALL {
            for lang in Lang::ALL {
                assert!(
                    catalogue.has(code.as_str(), lang),
                    "no `{code}` message in {}",
                    lang.as_str()
                );
            }
        }
    }

    #[test]
    fn arguments_are_substituted_without_isolation_marks() {
        let message = Message::new("unknown-node").arg("name", "sytem");
        let text = message.render(Lang::En);
        assert!(text.contains("`sytem`"), "{text}");
        assert!(!text.contains('\u{2068}'));
    }
}
