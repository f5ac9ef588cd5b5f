//! The tera templates of the text outputs: the ones embedded from `templates/`, and a
//! workspace's overrides (the manifest's `templates "dir"`, same file names).
//!
//! Escaping is on for every template by its name: `*.html.tera` escape HTML, `*.md.tera`
//! escape Markdown ([`crate::escape::markdown`]), `*.txt.tera` (terminal text) drop control characters ([`crate::escape::terminal`]). A
//! template opts out for one value with `| safe` (the SVG diagrams, pre-built code blocks).

use std::collections::{BTreeMap, HashMap};

use include_dir::{Dir, include_dir};
use khung_diag::{Code, Diagnostic, FileId, Message, Span};
use serde::Serialize;

use crate::escape::{self, fence_for};

/// The templates shipped with khung (`templates/` at the repository root).
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../templates");

/// The HTML report.
pub const REPORT_HTML: &str = "report.html.tera";
/// The Markdown report.
pub const REPORT_MARKDOWN: &str = "report.md.tera";
/// The Markdown PR-comment summary of `khung check --format markdown`.
pub const CHECK_MARKDOWN: &str = "check.md.tera";
/// The Markdown diff (a PR comment).
pub const DIFF_MARKDOWN: &str = "diff.md.tera";
/// The terminal diff.
pub const DIFF_HUMAN: &str = "diff.txt.tera";

/// A template a workspace supplies instead of (or besides) the built-in one of that name.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Override {
    text: String,
    file: FileId,
}

/// The templates to render with: the built-in ones plus overrides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Templates {
    overrides: BTreeMap<String, Override>,
}

impl Templates {
    /// The built-in templates only.
    #[must_use]
    pub fn builtin() -> Templates {
        Templates::default()
    }

    /// Adds a workspace template named `name` (its file name in the templates folder, e.g.
    /// `report.html.tera`). `file` is where the CLI registered its text in the source map, so
    /// a broken template is reported against it.
    #[must_use]
    pub fn with_override(
        mut self,
        name: impl Into<String>,
        text: impl Into<String>,
        file: FileId,
    ) -> Templates {
        self.overrides.insert(
            name.into(),
            Override {
                text: text.into(),
                file,
            },
        );
        self
    }

    /// The names of the built-in templates, sorted.
    #[must_use]
    pub fn builtin_names() -> Vec<String> {
        let mut names: Vec<String> = BUILTIN
            .files()
            .map(|file| file.path().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// Renders template `name` with `context` (a serialisable value whose fields become the
    /// template's variables). A template that does not parse or render is an
    /// `invalid-argument` diagnostic naming it, at its file when it is an override.
    #[expect(
        clippy::result_large_err,
        reason = "one diagnostic per rendering; it is the CLI's error value"
    )]
    pub fn render(&self, name: &str, context: &impl Serialize) -> Result<String, Diagnostic> {
        let tera = self.engine(name)?;
        let context = tera::Context::from_serialize(context).map_err(|e| self.error(name, &e))?;
        tera.render(name, &context)
            .map_err(|e| self.error(name, &e))
    }

    /// A tera instance holding every template, escaping as `name`'s family requires.
    #[expect(clippy::result_large_err, reason = "see `render`")]
    fn engine(&self, name: &str) -> Result<tera::Tera, Diagnostic> {
        let mut sources: BTreeMap<String, String> = BUILTIN
            .files()
            .filter_map(|file| {
                Some((
                    file.path().to_string_lossy().into_owned(),
                    file.contents_utf8()?.to_owned(),
                ))
            })
            .collect();
        for (override_name, template) in &self.overrides {
            sources.insert(override_name.clone(), template.text.clone());
        }
        let mut tera = tera::Tera::default();
        if name.ends_with(".md.tera") {
            tera.autoescape_on(vec![".md.tera"]);
            tera.set_escape_fn(escape::markdown);
        } else if name.ends_with(".html.tera") {
            tera.autoescape_on(vec![".html.tera"]);
        } else {
            tera.autoescape_on(vec![".txt.tera"]);
            tera.set_escape_fn(escape::terminal);
        }
        tera.register_filter("fenced", fenced);
        tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| self.error(name, &e))?;
        Ok(tera)
    }

    fn error(&self, name: &str, error: &(dyn std::error::Error + 'static)) -> Diagnostic {
        // tera's errors nest (template → line → cause); the whole chain is the detail.
        let mut detail = error.to_string();
        let mut source = error.source();
        while let Some(cause) = source {
            detail.push_str(": ");
            detail.push_str(&cause.to_string());
            source = cause.source();
        }
        let file = self
            .overrides
            .get(name)
            .map_or(FileId::DETACHED, |o| o.file);
        Diagnostic::new(
            Code::InvalidArgument,
            Span::file_start(file),
            Message::new("report-template-error")
                .arg("name", name.to_owned())
                .arg("detail", detail),
        )
    }
}

/// `{{ text | fenced(info="mermaid") | safe }}`: a fenced code block that `text` cannot close.
fn fenced(value: &tera::Value, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let text = value.as_str().unwrap_or_default();
    let info = args
        .get("info")
        .and_then(tera::Value::as_str)
        .unwrap_or_default();
    // The info string is the template's own word; keep it to a safe alphabet anyway.
    let info: String = info
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let fence = fence_for(text);
    let body = text.trim_end_matches('\n');
    Ok(tera::Value::String(format!(
        "{fence}{info}\n{body}\n{fence}"
    )))
}
