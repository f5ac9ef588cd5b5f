//! Converting KDL values into typed, spanned model values; every mismatch is an
//! `invalid-value` diagnostic whose help says what was expected.

use jiff::civil::Date;
use khung_diag::{Code, Diagnostic, Message, Span, Spanned};
use khung_kdl::{Entry, Value};

use crate::lower::reader::{Reader, unexpected_annotation};
use crate::model::enumeration::Enumeration;

/// What kind of value was expected, for the `expected-type` help.
#[derive(Debug, Clone, Copy)]
enum Expected {
    String,
    Integer,
    Boolean,
    Date,
}

impl Expected {
    fn as_str(self) -> &'static str {
        match self {
            Expected::String => "string",
            Expected::Integer => "integer",
            Expected::Boolean => "boolean",
            Expected::Date => "date",
        }
    }
}

fn invalid(entry: Entry<'_>, key: &str, help: Message) -> Diagnostic {
    Diagnostic::new(
        Code::InvalidValue,
        entry.value_span(),
        Message::new("invalid-value")
            .arg("value", entry.value().display())
            .arg("name", key.to_owned()),
    )
    .with_help(help)
}

fn wrong_type(entry: Entry<'_>, key: &str, expected: Expected) -> Diagnostic {
    invalid(
        entry,
        key,
        Message::new("expected-type").arg("type", expected.as_str()),
    )
}

/// Reports a type annotation other than the ones `allowed` (none for most values).
fn check_annotation(diagnostics: &mut Vec<Diagnostic>, entry: Entry<'_>, allowed: &[&str]) {
    if let Some(annotation) = entry.ty()
        && !allowed.contains(&annotation.value)
    {
        diagnostics.push(unexpected_annotation(annotation.value, annotation.span));
    }
}

/// A string value.
pub(crate) fn string(
    diagnostics: &mut Vec<Diagnostic>,
    entry: Entry<'_>,
    key: &str,
) -> Option<Spanned<String>> {
    check_annotation(diagnostics, entry, &[]);
    match entry.value() {
        Value::String(text) => Some(Spanned::new(text.to_owned(), entry.value_span())),
        _ => {
            diagnostics.push(wrong_type(entry, key, Expected::String));
            None
        }
    }
}

/// An ISO `YYYY-MM-DD` date string (optionally annotated `(date)`).
pub(crate) fn date(
    diagnostics: &mut Vec<Diagnostic>,
    entry: Entry<'_>,
    key: &str,
) -> Option<Spanned<Date>> {
    check_annotation(diagnostics, entry, &["date"]);
    let parsed = entry.value().as_str().and_then(parse_iso_date);
    if parsed.is_none() {
        diagnostics.push(wrong_type(entry, key, Expected::Date));
    }
    parsed.map(|value| Spanned::new(value, entry.value_span()))
}

/// Parses exactly `YYYY-MM-DD` (jiff alone would also accept a date-time).
#[must_use]
pub fn parse_iso_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    let year: i16 = text.get(0..4)?.parse().ok()?;
    let month: i8 = text.get(5..7)?.parse().ok()?;
    let day: i8 = text.get(8..10)?.parse().ok()?;
    Date::new(year, month, day).ok()
}

/// `#true` / `#false`.
pub(crate) fn boolean(
    diagnostics: &mut Vec<Diagnostic>,
    entry: Entry<'_>,
    key: &str,
) -> Option<Spanned<bool>> {
    check_annotation(diagnostics, entry, &[]);
    match entry.value().as_bool() {
        Some(flag) => Some(Spanned::new(flag, entry.value_span())),
        None => {
            diagnostics.push(wrong_type(entry, key, Expected::Boolean));
            None
        }
    }
}

/// An integer within `min..=max`.
pub(crate) fn integer(
    diagnostics: &mut Vec<Diagnostic>,
    entry: Entry<'_>,
    key: &str,
    min: i64,
    max: i64,
) -> Option<Spanned<i64>> {
    check_annotation(diagnostics, entry, &[]);
    let Some(number) = entry.value().as_i64() else {
        diagnostics.push(wrong_type(entry, key, Expected::Integer));
        return None;
    };
    if number < min || number > max {
        let help = Message::new("expected-range")
            .arg("min", min.to_string())
            .arg("max", max.to_string());
        diagnostics.push(invalid(entry, key, help));
        return None;
    }
    Some(Spanned::new(number, entry.value_span()))
}

/// A value of a closed vocabulary; outside it, the help lists the allowed values.
pub(crate) fn enumerated<E: Enumeration>(
    diagnostics: &mut Vec<Diagnostic>,
    entry: Entry<'_>,
    key: &str,
) -> Option<Spanned<E>> {
    check_annotation(diagnostics, entry, &[]);
    let parsed = entry.value().as_str().and_then(E::parse);
    if parsed.is_none() {
        let help = Message::new("allowed-values").arg("values", E::allowed_values());
        diagnostics.push(invalid(entry, key, help));
    }
    parsed.map(|value| Spanned::new(value, entry.value_span()))
}

/// Whether `text` is a valid id: `[a-z0-9][a-z0-9.-]*` (so no bidi or zero-width characters).
#[must_use]
pub fn is_valid_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

/// An element id: a string of id syntax (`invalid-id` otherwise, and the id is still used so
/// that references to it do not cascade into more errors).
pub(crate) fn id(
    diagnostics: &mut Vec<Diagnostic>,
    entry: Entry<'_>,
    key: &str,
) -> Option<Spanned<String>> {
    let text = string(diagnostics, entry, key)?;
    if !is_valid_id(&text.value) {
        diagnostics.push(invalid_id(&text.value, text.span));
    }
    Some(text)
}

/// `invalid-id` for `text` at `span`.
pub(crate) fn invalid_id(text: &str, span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::InvalidId,
        span,
        Message::new("invalid-id").arg("id", show_invisible(text)),
    )
}

/// Typed scalar getters: the written-forms lookup of [`Reader::scalar`] plus a conversion.
impl Reader<'_> {
    /// A string scalar.
    pub(crate) fn string(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Option<Spanned<String>> {
        let entry = self.scalar(diagnostics, key)?;
        string(diagnostics, entry, key)
    }

    /// A date scalar.
    pub(crate) fn date(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Option<Spanned<Date>> {
        let entry = self.scalar(diagnostics, key)?;
        date(diagnostics, entry, key)
    }

    /// A boolean scalar.
    pub(crate) fn boolean(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Option<Spanned<bool>> {
        let entry = self.scalar(diagnostics, key)?;
        boolean(diagnostics, entry, key)
    }

    /// A non-negative integer scalar.
    pub(crate) fn count(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Option<Spanned<i64>> {
        self.integer(diagnostics, key, 0, i64::MAX)
    }

    /// An integer scalar within `min..=max`.
    pub(crate) fn integer(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
        min: i64,
        max: i64,
    ) -> Option<Spanned<i64>> {
        let entry = self.scalar(diagnostics, key)?;
        integer(diagnostics, entry, key, min, max)
    }

    /// A scalar from a closed vocabulary.
    pub(crate) fn enumerated<E: Enumeration>(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Option<Spanned<E>> {
        let entry = self.scalar(diagnostics, key)?;
        enumerated(diagnostics, entry, key)
    }

    /// A list of strings.
    pub(crate) fn string_list(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Vec<Spanned<String>> {
        let entries = self.list(diagnostics, key);
        entries
            .into_iter()
            .filter_map(|entry| string(diagnostics, entry, key))
            .collect()
    }

    /// A list of values from a closed vocabulary.
    pub(crate) fn enum_list<E: Enumeration>(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        key: &'static str,
    ) -> Vec<Spanned<E>> {
        let entries = self.list(diagnostics, key);
        entries
            .into_iter()
            .filter_map(|entry| enumerated(diagnostics, entry, key))
            .collect()
    }

    /// The first argument as a string (e.g. a record's value), reported when missing.
    pub(crate) fn string_argument(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<String>> {
        let name = self.name();
        let entry = self.required_argument(diagnostics)?;
        string(diagnostics, entry, name)
    }

    /// The first argument as a date, reported when missing (`optional` = no report).
    pub(crate) fn date_argument(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        optional: bool,
    ) -> Option<Spanned<Date>> {
        let name = self.name();
        let entry = if optional {
            self.argument(0)?
        } else {
            self.required_argument(diagnostics)?
        };
        date(diagnostics, entry, name)
    }

    /// The first argument as a boolean, reported when missing.
    pub(crate) fn boolean_argument(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<bool>> {
        let name = self.name();
        let entry = self.required_argument(diagnostics)?;
        boolean(diagnostics, entry, name)
    }

    /// The first argument as a value of a closed vocabulary, reported when missing.
    pub(crate) fn enum_argument<E: Enumeration>(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<E>> {
        let name = self.name();
        let entry = self.required_argument(diagnostics)?;
        enumerated(diagnostics, entry, name)
    }

    /// The first argument as an integer within `min..=max`, reported when missing.
    pub(crate) fn integer_argument(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
        min: i64,
        max: i64,
    ) -> Option<Spanned<i64>> {
        let name = self.name();
        let entry = self.required_argument(diagnostics)?;
        integer(diagnostics, entry, name, min, max)
    }
}

/// `text` with the characters a reader cannot see escaped (`\u{200b}`): controls, bidi
/// controls, zero-width and other format characters. Letters with diacritics stay readable.
fn show_invisible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let invisible = c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}' | '\u{00ad}');
        if invisible {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}
