//! Lowering shared by every element kind: the id, names, lifecycle and required checks.

use jiff::civil::Date;
use khung_diag::{Code, Diagnostic, Lang, Message, Spanned};

use crate::lower::reader::{Reader, duplicate};
use crate::lower::value;
use crate::model::common::Text;
use crate::model::vocabulary::Status;

/// The lifecycle facts as read: `status`, `since`, `retire`.
pub(crate) struct LifecycleRead {
    pub(crate) status: Option<Spanned<Status>>,
    pub(crate) since: Option<Spanned<Date>>,
    pub(crate) retire: Option<Spanned<Date>>,
}

/// The element id (first argument); missing → `missing-required`.
pub(crate) fn element_id(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Spanned<String>> {
    let Some(entry) = reader.argument(0) else {
        diagnostics.push(missing(reader, "id"));
        return None;
    };
    value::id(diagnostics, entry, reader.name())
}

/// `missing-required`: `node` needs `name`.
pub(crate) fn missing(reader: &Reader<'_>, name: &str) -> Diagnostic {
    Diagnostic::new(
        Code::MissingRequired,
        reader.name_span(),
        Message::new("missing-required")
            .arg("node", reader.name())
            .arg("name", name.to_owned()),
    )
}

/// Reports `missing-required` when a required fact was not written at all (a fact written
/// with an invalid value is already reported as such).
pub(crate) fn require<T>(
    diagnostics: &mut Vec<Diagnostic>,
    reader: &Reader<'_>,
    fact: &Option<T>,
    name: &str,
) {
    if fact.is_none() && !reader.was_written(name) {
        diagnostics.push(missing(reader, name));
    }
}

/// The two spellings of a text as written, before the default one is required.
#[derive(Debug, Default)]
pub(crate) struct TextParts {
    pub(crate) default: Option<Spanned<String>>,
    pub(crate) english: Option<Spanned<String>>,
}

/// `name "…"` / `name "…" lang="en"` (or `description`). Also `name="…"` on the node for the
/// default language. A translation without the default text is `missing-required`.
pub(crate) fn text(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
    key: &'static str,
) -> Option<Text> {
    let parts = text_parts(reader, diagnostics, key);
    into_text(parts, reader, diagnostics, key)
}

/// The text from its parts: a translation without the default text is `missing-required`.
pub(crate) fn into_text(
    parts: TextParts,
    reader: &Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
    key: &'static str,
) -> Option<Text> {
    match (parts.default, parts.english) {
        (Some(default), en) => Some(Text { default, en }),
        // Only a translation: the default-language (Vietnamese) text is what is missing.
        (None, Some(_)) => {
            diagnostics.push(missing(reader, key));
            None
        }
        (None, None) => None,
    }
}

/// Both spellings of a text, each optional (an `extend` may add only a translation).
pub(crate) fn text_parts(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
    key: &'static str,
) -> TextParts {
    let mut default: Option<Spanned<String>> = None;
    let mut english: Option<Spanned<String>> = None;
    if let Some(entry) = reader.property(diagnostics, key) {
        default = value::string(diagnostics, entry, key);
    }
    for child in reader.children(key) {
        let mut child_reader = Reader::new(child);
        let content = child_reader.string_argument(diagnostics);
        let lang = child_reader
            .enumerated_lang(diagnostics)
            .unwrap_or(Lang::Vi);
        child_reader.finish(diagnostics);
        let Some(content) = content else { continue };
        let slot = match lang {
            Lang::Vi => &mut default,
            Lang::En => &mut english,
        };
        match slot {
            Some(first) => diagnostics.push(duplicate(key, child.name().span, first.span)),
            None => *slot = Some(content),
        }
    }
    TextParts { default, english }
}

impl Reader<'_> {
    /// The `lang=` property of a name: `vi` or `en`.
    fn enumerated_lang(&mut self, diagnostics: &mut Vec<Diagnostic>) -> Option<Lang> {
        let entry = self.property(diagnostics, "lang")?;
        let parsed = entry.value().as_str().and_then(Lang::parse);
        if parsed.is_none() {
            diagnostics.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    entry.value_span(),
                    Message::new("invalid-value")
                        .arg("value", entry.value().display())
                        .arg("name", "lang"),
                )
                .with_help(Message::new("allowed-values").arg("values", "vi, en")),
            );
        }
        parsed
    }
}

/// `status`, `since`, `retire`; `since`/`retire` may also be properties of the `status` child.
pub(crate) fn lifecycle(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> LifecycleRead {
    let mut status = None;
    let mut since_on_status = None;
    let mut retire_on_status = None;
    if let Some(source) = reader.source(diagnostics, "status") {
        let mut status_reader = source.reader();
        status = status_reader.enum_argument::<Status>(diagnostics);
        since_on_status = status_reader
            .property(diagnostics, "since")
            .and_then(|entry| value::date(diagnostics, entry, "since"));
        retire_on_status = status_reader
            .property(diagnostics, "retire")
            .and_then(|entry| value::date(diagnostics, entry, "retire"));
        status_reader.finish(diagnostics);
    }
    let since_on_element = reader.date(diagnostics, "since");
    let retire_on_element = reader.date(diagnostics, "retire");
    let since = merge_once(diagnostics, "since", since_on_element, since_on_status);
    let retire = merge_once(diagnostics, "retire", retire_on_element, retire_on_status);
    LifecycleRead {
        status,
        since,
        retire,
    }
}

/// One fact that may be written in two places: both → `duplicate-property`.
fn merge_once<T>(
    diagnostics: &mut Vec<Diagnostic>,
    key: &str,
    first: Option<Spanned<T>>,
    second: Option<Spanned<T>>,
) -> Option<Spanned<T>> {
    match (first, second) {
        (Some(a), Some(b)) => {
            let (earlier, later) = if a.span <= b.span { (a, b) } else { (b, a) };
            diagnostics.push(duplicate(key, later.span, earlier.span));
            Some(earlier)
        }
        (a, b) => a.or(b),
    }
}
