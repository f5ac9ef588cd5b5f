//! Reading pack files: `pack.kdl` and rule files, KDL → raw definitions with spans. Every
//! malformed node is a `rule-pack-invalid` diagnostic; unknown nodes and properties are too.

use jiff::civil::Date;
use khung_diag::{Code, Diagnostic, FileId, Lang, Message, Severity, Span, Spanned};
use khung_kdl::{Entry, Node, Nodes};

use crate::pack::reader::NodeReader;

/// A string written in a pack file, with where its text sits (for expression spans).
#[derive(Debug, Clone)]
pub struct SourceText {
    /// The unescaped text.
    pub text: String,
    /// The span of the KDL string token.
    pub span: Span,
    /// Byte offset of the text in the file when written verbatim (no escapes).
    pub verbatim_at: Option<usize>,
}

/// A text in both languages (`x "…"` and `x "…" lang="en"`).
#[derive(Debug, Clone, Default)]
pub struct Bilingual {
    /// Vietnamese.
    pub vi: Option<SourceText>,
    /// English.
    pub en: Option<SourceText>,
}

/// A `pack` node.
#[derive(Debug, Clone)]
pub struct RawPack {
    /// The pack id.
    pub id: Spanned<String>,
    /// `version=`.
    pub version: Option<String>,
    /// `name` in both languages.
    pub name: Bilingual,
    /// `extends`.
    pub extends: Option<Spanned<String>>,
    /// `effective`.
    pub effective: Option<Spanned<Date>>,
    /// `const "NAME" "expr"`, in order.
    pub consts: Vec<(Spanned<String>, SourceText)>,
    /// `macro "name(a, b)" "expr"`, in order.
    pub macros: Vec<(Spanned<String>, SourceText)>,
}

/// A `basis` line.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Basis {
    /// The citation.
    pub text: String,
    /// Whether it was verified in the legal text.
    pub verified: bool,
    /// The profile it belongs to (`None`: both).
    pub profile: Option<String>,
}

/// An `example` of a rule.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Example {
    /// `true` for `valid`, `false` for `invalid`.
    pub valid: bool,
    /// `as-of=` (default 2026-11-23).
    #[serde(serialize_with = "crate::serde_date::date")]
    pub as_of: Date,
    /// `profile=`, when the example is for one profile only.
    pub profile: Option<String>,
    /// The snippet.
    pub text: String,
    /// Where the example is written.
    #[serde(skip)]
    pub span: Span,
}

/// A `rule` node.
#[derive(Debug, Clone)]
pub struct RawRule {
    /// The rule id.
    pub id: Spanned<String>,
    /// `severity=`.
    pub severity: Severity,
    /// `title`.
    pub title: Bilingual,
    /// `view`.
    pub view: Option<Spanned<String>>,
    /// `applies-to`.
    pub applies_to: Option<Spanned<String>>,
    /// `lifecycle "planned" "building"`.
    pub lifecycle: Vec<Spanned<String>>,
    /// `when`.
    pub when: Option<SourceText>,
    /// `assert`.
    pub assert: Option<SourceText>,
    /// `message`.
    pub message: Bilingual,
    /// `help`.
    pub help: Bilingual,
    /// `basis` lines.
    pub basis: Vec<Basis>,
    /// `label`.
    pub label: Option<Spanned<String>>,
    /// `example`s.
    pub examples: Vec<Example>,
    /// The `rule` node.
    pub span: Span,
}

/// The default as-of date of examples.
pub const DEFAULT_EXAMPLE_AS_OF: Date = Date::constant(2026, 11, 23);

fn invalid(span: Span, message: Message) -> Diagnostic {
    Diagnostic::new(Code::RulePackInvalid, span, message)
}

fn source_text(file_text: &str, entry: Entry<'_>) -> Option<SourceText> {
    let text = entry.value().as_str()?.to_owned();
    let raw = file_text.get(entry.value_span().range()).unwrap_or("");
    let verbatim_at = raw
        .find(text.as_str())
        .map(|at| entry.value_span().start as usize + at);
    Some(SourceText {
        text,
        span: entry.value_span(),
        verbatim_at,
    })
}

fn parse_date(entry: Entry<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<Date> {
    let parsed = entry.value().as_str().and_then(|text| {
        (text.len() == 10).then_some(())?;
        text.parse::<Date>().ok()
    });
    if parsed.is_none() {
        diagnostics.push(invalid(
            entry.value_span(),
            Message::new("cel-invalid-date-literal").arg("text", entry.value().display()),
        ));
    }
    parsed
}

fn language(reader: &mut NodeReader<'_>, diagnostics: &mut Vec<Diagnostic>) -> Lang {
    match reader.property("lang") {
        Some(entry) => match entry.value().as_str().and_then(Lang::parse) {
            Some(lang) => lang,
            None => {
                diagnostics.push(invalid(
                    entry.value_span(),
                    Message::new("allowed-values").arg("values", "vi, en"),
                ));
                Lang::Vi
            }
        },
        None => Lang::Vi,
    }
}

fn bilingual(
    target: &mut Bilingual,
    file_text: &str,
    node: Node<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut reader = NodeReader::new(node);
    let lang = language(&mut reader, diagnostics);
    if let Some((_, entry)) = reader.string_argument(0, diagnostics) {
        let slot = match lang {
            Lang::Vi => &mut target.vi,
            Lang::En => &mut target.en,
        };
        if slot.is_some() {
            diagnostics.push(invalid(
                node.span(),
                Message::new("duplicate-property").arg("name", node.name().value.to_owned()),
            ));
        }
        *slot = source_text(file_text, entry);
    }
    reader.finish(diagnostics);
}

/// Reads a `pack.kdl` document.
pub fn read_pack(
    file: FileId,
    file_text: &str,
    nodes: Nodes<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<RawPack> {
    let mut pack_node = None;
    for node in nodes {
        if node.name().value == "pack" && pack_node.is_none() {
            pack_node = Some(node);
        } else {
            diagnostics.push(invalid(
                node.name().span,
                Message::new("pack-unexpected-node")
                    .arg("name", node.name().value.to_owned())
                    .arg("expected", "pack"),
            ));
        }
    }
    let Some(node) = pack_node else {
        diagnostics.push(invalid(
            Span::file_start(file),
            Message::new("pack-missing-pack-node"),
        ));
        return None;
    };
    let mut reader = NodeReader::with_children(node);
    let (id, id_entry) = reader.string_argument(0, diagnostics)?;
    let version = reader
        .property("version")
        .and_then(|entry| entry.value().as_str().map(str::to_owned));
    reader.finish(diagnostics);
    let mut pack = RawPack {
        id: Spanned::new(id.to_owned(), id_entry.value_span()),
        version,
        name: Bilingual::default(),
        extends: None,
        effective: None,
        consts: Vec::new(),
        macros: Vec::new(),
    };
    for child in node.child_nodes() {
        let name = child.name().value;
        match name {
            "name" => bilingual(&mut pack.name, file_text, child, diagnostics),
            "extends" | "effective" => {
                let mut reader = NodeReader::new(child);
                if let Some((text, entry)) = reader.string_argument(0, diagnostics) {
                    if name == "extends" {
                        pack.extends = Some(Spanned::new(text.to_owned(), entry.value_span()));
                    } else if let Some(date) = parse_date(entry, diagnostics) {
                        pack.effective = Some(Spanned::new(date, entry.value_span()));
                    }
                }
                reader.finish(diagnostics);
            }
            "const" | "macro" => {
                let mut reader = NodeReader::new(child);
                let head = reader.string_argument(0, diagnostics);
                let body = reader.string_argument(1, diagnostics);
                if let (Some((head, head_entry)), Some((_, body_entry))) = (head, body)
                    && let Some(body) = source_text(file_text, body_entry)
                {
                    let head = Spanned::new(head.to_owned(), head_entry.value_span());
                    if name == "const" {
                        pack.consts.push((head, body));
                    } else {
                        pack.macros.push((head, body));
                    }
                }
                reader.finish(diagnostics);
            }
            _ => diagnostics.push(invalid(
                child.name().span,
                Message::new("pack-unexpected-node")
                    .arg("name", name.to_owned())
                    .arg("expected", "name, extends, effective, const, macro"),
            )),
        }
    }
    Some(pack)
}

/// Reads a rule file (one `rule` node).
pub fn read_rule(
    file: FileId,
    file_text: &str,
    nodes: Nodes<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<RawRule> {
    let mut rule_node = None;
    for node in nodes {
        if node.name().value == "rule" && rule_node.is_none() {
            rule_node = Some(node);
        } else {
            diagnostics.push(invalid(
                node.name().span,
                Message::new("pack-unexpected-node")
                    .arg("name", node.name().value.to_owned())
                    .arg("expected", "rule"),
            ));
        }
    }
    let Some(node) = rule_node else {
        diagnostics.push(invalid(
            Span::file_start(file),
            Message::new("pack-missing-rule-node"),
        ));
        return None;
    };
    let mut reader = NodeReader::with_children(node);
    let (id, id_entry) = reader.string_argument(0, diagnostics)?;
    let severity = match reader.property("severity") {
        Some(entry) => match entry.value().as_str().and_then(Severity::parse) {
            Some(severity) => severity,
            None => {
                diagnostics.push(invalid(
                    entry.value_span(),
                    Message::new("allowed-values").arg("values", "error, warning, info"),
                ));
                Severity::Error
            }
        },
        None => {
            diagnostics.push(invalid(
                node.name().span,
                Message::new("pack-missing")
                    .arg("name", "severity")
                    .arg("node", "rule"),
            ));
            Severity::Error
        }
    };
    reader.finish(diagnostics);
    let mut rule = RawRule {
        id: Spanned::new(id.to_owned(), id_entry.value_span()),
        severity,
        title: Bilingual::default(),
        view: None,
        applies_to: None,
        lifecycle: Vec::new(),
        when: None,
        assert: None,
        message: Bilingual::default(),
        help: Bilingual::default(),
        basis: Vec::new(),
        label: None,
        examples: Vec::new(),
        span: node.span(),
    };
    for child in node.child_nodes() {
        let name = child.name().value;
        match name {
            "title" => bilingual(&mut rule.title, file_text, child, diagnostics),
            "message" => bilingual(&mut rule.message, file_text, child, diagnostics),
            "help" => bilingual(&mut rule.help, file_text, child, diagnostics),
            "view" | "applies-to" | "label" | "when" | "assert" => {
                let mut reader = NodeReader::new(child);
                if let Some((text, entry)) = reader.string_argument(0, diagnostics) {
                    let spanned = Some(Spanned::new(text.to_owned(), entry.value_span()));
                    match name {
                        "view" => rule.view = spanned,
                        "applies-to" => rule.applies_to = spanned,
                        "label" => rule.label = spanned,
                        "when" => rule.when = source_text(file_text, entry),
                        _ => rule.assert = source_text(file_text, entry),
                    }
                }
                reader.finish(diagnostics);
            }
            "lifecycle" => {
                let mut reader = NodeReader::new(child);
                let mut position = 0;
                while let Some(entry) = reader.argument(position) {
                    match entry.value().as_str() {
                        Some(state @ ("planned" | "building")) => {
                            rule.lifecycle.push(Spanned::new(state.to_owned(), entry.value_span()));
                        }
                        _ => diagnostics.push(invalid(
                            entry.value_span(),
                            Message::new("allowed-values").arg("values", "planned, building"),
                        )),
                    }
                    position += 1;
                }
                reader.finish(diagnostics);
            }
            "basis" => {
                let mut reader = NodeReader::new(child);
                let text = reader.string_argument(0, diagnostics).map(|(text, _)| text.to_owned());
                let verified = reader.property("verified").and_then(|entry| entry.value().as_bool());
                let profile = reader
                    .property("profile")
                    .and_then(|entry| entry.value().as_str().map(str::to_owned));
                if verified.is_none() {
                    diagnostics.push(invalid(
                        child.name().span,
                        Message::new("pack-missing").arg("name", "verified").arg("node", "basis"),
                    ));
                }
                if let Some(text) = text {
                    rule.basis.push(Basis {
                        text,
                        verified: verified.unwrap_or(false),
                        profile,
                    });
                }
                reader.finish(diagnostics);
            }
            "example" => {
                let mut reader = NodeReader::new(child);
                let kind = reader.string_argument(0, diagnostics);
                let snippet = reader.string_argument(1, diagnostics);
                let as_of = match reader.property("as-of") {
                    Some(entry) => parse_date(entry, diagnostics),
                    None => Some(DEFAULT_EXAMPLE_AS_OF),
                };
                let profile = reader
                    .property("profile")
                    .and_then(|entry| entry.value().as_str().map(str::to_owned));
                if let (Some((kind, kind_entry)), Some((text, _)), Some(as_of)) = (kind, snippet, as_of) {
                    match kind {
                        "valid" | "invalid" => rule.examples.push(Example {
                            valid: kind == "valid",
                            as_of,
                            profile,
                            text: text.to_owned(),
                            span: child.span(),
                        }),
                        _ => diagnostics.push(invalid(
                            kind_entry.value_span(),
                            Message::new("allowed-values").arg("values", "valid, invalid"),
                        )),
                    }
                }
                reader.finish(diagnostics);
            }
            _ => diagnostics.push(invalid(
                child.name().span,
                Message::new("pack-unexpected-node").arg("name", name.to_owned()).arg(
                    "expected",
                    "title, view, applies-to, lifecycle, when, assert, message, help, basis, label, example",
                ),
            )),
        }
    }
    Some(rule)
}
