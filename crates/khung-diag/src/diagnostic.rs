use serde::Serialize;

use crate::codes::Code;
use crate::messages::Message;
use crate::span::Span;

/// How serious a diagnostic or finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed; fails the run.
    Error,
    /// Should be fixed; fails with `--fail-on warning`.
    Warning,
    /// For information; never fails a run.
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Parses `error`, `warning` or `info`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

/// A labelled span; the first label of a diagnostic is its primary location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is there (optional; rendered beside the snippet).
    pub message: Option<Message>,
}

/// A problem found while loading a model or a rule pack, or while running rules.
///
/// Plain data: the text is a [`Message`] (a catalogue key plus arguments) so it can be shown in
/// either language; rendering happens in `khung-cli`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The stable code.
    pub code: Code,
    /// The severity (normally the code's default).
    pub severity: Severity,
    /// The main message.
    pub message: Message,
    /// Labelled spans; the first is the primary location.
    pub labels: Vec<Label>,
    /// How to fix it, when known (e.g. "did you mean").
    pub help: Option<Message>,
    /// Further notes.
    pub notes: Vec<Message>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity, the given message and a primary span.
    #[must_use]
    pub fn new(code: Code, span: Span, message: Message) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.info().severity,
            message,
            labels: vec![Label {
                span,
                message: None,
            }],
            help: None,
            notes: Vec::new(),
        }
    }

    /// Adds a help message.
    #[must_use]
    pub fn with_help(mut self, help: Message) -> Diagnostic {
        self.help = Some(help);
        self
    }

    /// Adds a help message only when there is one (e.g. an optional "did you mean").
    #[must_use]
    pub fn with_optional_help(mut self, help: Option<Message>) -> Diagnostic {
        if help.is_some() {
            self.help = help;
        }
        self
    }

    /// Adds a secondary labelled span.
    #[must_use]
    pub fn with_label(mut self, span: Span, message: Option<Message>) -> Diagnostic {
        self.labels.push(Label { span, message });
        self
    }

    /// Adds a note.
    #[must_use]
    pub fn with_note(mut self, note: Message) -> Diagnostic {
        self.notes.push(note);
        self
    }

    /// Overrides the severity.
    #[must_use]
    pub fn with_severity(mut self, severity: Severity) -> Diagnostic {
        self.severity = severity;
        self
    }

    /// The primary span (the first label's), if any.
    #[must_use]
    pub fn primary_span(&self) -> Option<Span> {
        self.labels.first().map(|label| label.span)
    }

    /// Sort key that orders diagnostics by (file, offset, code) as outputs require.
    #[must_use]
    pub fn sort_key(&self) -> (u32, u32, u32, &'static str) {
        let span = self.primary_span();
        (
            span.map_or(u32::MAX, |s| s.file.0),
            span.map_or(0, |s| s.start),
            span.map_or(0, |s| s.end),
            self.code.as_str(),
        )
    }
}
