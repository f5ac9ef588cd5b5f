//! A diagnostic or finding with its text resolved in one language: the common input of every
//! output format.

use khung_diag::{Catalogue, Diagnostic, Lang, Severity, Span};

/// One reportable problem, language resolved.
#[derive(Debug, Clone)]
pub struct Item {
    /// Diagnostic code or rule id.
    pub code: String,
    /// Effective severity.
    pub severity: Severity,
    /// Main message.
    pub message: String,
    /// Labelled spans; the first is primary.
    pub labels: Vec<(Span, Option<String>)>,
    /// How to fix it.
    pub help: Option<String>,
    /// Further notes (legal basis lines for findings).
    pub notes: Vec<String>,
    /// Documentation page.
    pub url: String,
    /// Extra words shown after the severity (e.g. "waived until 2027-03-31").
    pub status: Option<String>,
}

impl Item {
    /// Resolves a load or rule-pack diagnostic.
    pub fn from_diagnostic(diagnostic: &Diagnostic, lang: Lang) -> Item {
        let catalogue = Catalogue::builtin();
        Item {
            code: diagnostic.code.as_str().to_owned(),
            severity: diagnostic.severity,
            message: catalogue.render(&diagnostic.message, lang),
            labels: diagnostic
                .labels
                .iter()
                .map(|label| {
                    (
                        label.span,
                        label.message.as_ref().map(|m| catalogue.render(m, lang)),
                    )
                })
                .collect(),
            help: diagnostic.help.as_ref().map(|m| catalogue.render(m, lang)),
            notes: diagnostic
                .notes
                .iter()
                .map(|m| catalogue.render(m, lang))
                .collect(),
            url: diagnostic.code.docs_url(),
            status: None,
        }
    }

    /// The primary span, if any.
    pub fn primary_span(&self) -> Option<Span> {
        self.labels.first().map(|(span, _)| *span)
    }
}
