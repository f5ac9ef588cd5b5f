//! Human output: miette graphical reports with snippets, grouped by file, then a summary line.

use std::fmt;

use khung_diag::{Severity, SourceMap, Span};
use miette::{
    Diagnostic as MietteDiagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan,
    NamedSource, SourceCode,
};

use super::item::Item;

/// Renders items (already sorted) as miette reports, without colour unless `color` is set.
pub fn render_items(items: &[Item], sources: &SourceMap, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_width(100)
        .with_context_lines(1);
    let mut out = String::new();
    for item in items {
        let report = Report::new(item, sources);
        let mut rendered = String::new();
        if handler.render_report(&mut rendered, &report).is_err() {
            // miette only fails on a formatter error; fall back to the plain message.
            rendered = format!("{}: {}\n", item.code, item.message);
        }
        out.push_str(&rendered);
        out.push('\n');
    }
    out
}

/// One item prepared for miette: the primary file's source and labels in it; labels in other
/// files become related reports so each snippet shows its own file.
struct Report {
    code: String,
    severity: Severity,
    message: String,
    help: Option<String>,
    url: String,
    source: Option<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
    related: Vec<Report>,
}

impl Report {
    fn new(item: &Item, sources: &SourceMap) -> Report {
        let primary_file = item.primary_span().map(|span| span.file);
        let mut labels = Vec::new();
        let mut related = Vec::new();
        for (span, label) in &item.labels {
            if Some(span.file) == primary_file {
                labels.push(labeled(*span, label.clone(), sources));
            } else {
                related.push(Report {
                    code: item.code.clone(),
                    severity: Severity::Info,
                    message: label.clone().unwrap_or_default(),
                    help: None,
                    url: String::new(),
                    source: named_source(*span, sources),
                    labels: vec![labeled(*span, None, sources)],
                    related: Vec::new(),
                });
            }
        }
        let mut message = item.message.clone();
        if let Some(status) = &item.status {
            message = format!("{message} [{status}]");
        }
        for note in &item.notes {
            message.push_str("\n  ");
            message.push_str(note);
        }
        Report {
            code: item.code.clone(),
            severity: item.severity,
            message,
            help: item.help.clone(),
            url: item.url.clone(),
            source: item
                .primary_span()
                .and_then(|span| named_source(span, sources)),
            labels,
            related,
        }
    }
}

fn named_source(span: Span, sources: &SourceMap) -> Option<NamedSource<String>> {
    let file = sources.get(span.file)?;
    Some(NamedSource::new(file.path.clone(), file.text.clone()))
}

fn labeled(span: Span, label: Option<String>, sources: &SourceMap) -> LabeledSpan {
    // miette wants offsets inside the text; clamp spans of files that were stored empty.
    let text = sources.get(span.file).map_or("", |file| file.text.as_str());
    let start = (span.start as usize).min(text.len());
    let mut end = (span.end as usize).clamp(start, text.len());
    // A finding on a whole element would quote the element's entire block; the snippet shows
    // its first line (the node and its id) instead. Machine outputs keep the full span.
    if let Some(newline) = text
        .get(start..end)
        .and_then(|covered| covered.find(['\n', '\r']))
    {
        end = start + newline;
    }
    LabeledSpan::new(label, start, end - start)
}

impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl MietteDiagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn url<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.url.is_empty()).then(|| Box::new(&self.url) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|source| source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn MietteDiagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(
                self.related.iter().map(|r| r as &dyn MietteDiagnostic),
            ))
        }
    }
}
