//! Interim: builds our tree from the `kdl` crate's document. Replaced by khung's own parser
//! (see the design README, "Parsing KDL"); nothing outside this file sees a `kdl` type.

use khung_diag::{Code, Diagnostic, FileId, Message, Span};

use crate::ParseOptions;
use crate::tree::{Children, Document, Entry, Node, Number, NumberValue, Str, Value};

pub(crate) fn parse(
    file: FileId,
    text: &str,
    options: &ParseOptions,
) -> (Document, Vec<Diagnostic>) {
    // The kdl crate recurses per nesting level and aborts the process at ~1,500 levels, so
    // deep input is refused before it is handed over. Counting braces also inside strings
    // over-estimates the depth, which only ever refuses more, never crashes.
    if let Some(offset) = exceeds_depth(text, options.max_depth) {
        let span = Span::new(file, offset, offset + 1);
        let diagnostic = Diagnostic::new(
            Code::TooDeep,
            span,
            Message::new("too-deep").arg("limit", options.max_depth.to_string()),
        );
        return (Document::default(), vec![diagnostic]);
    }
    match kdl::KdlDocument::parse_v2(text) {
        Ok(document) => (
            Document {
                nodes: document
                    .nodes()
                    .iter()
                    .map(|n| lower_node(file, text, n))
                    .collect(),
            },
            Vec::new(),
        ),
        Err(error) => {
            let diagnostics = error
                .diagnostics
                .iter()
                .map(|diagnostic| {
                    let start = diagnostic.span.offset();
                    let end = start + diagnostic.span.len();
                    Diagnostic::new(
                        Code::KdlSyntax,
                        Span::new(file, start, end.max(start)),
                        Message::new("kdl-syntax"),
                    )
                })
                .collect();
            (Document::default(), diagnostics)
        }
    }
}

fn exceeds_depth(text: &str, max_depth: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'{' => {
                depth += 1;
                if depth > max_depth {
                    return Some(offset);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn span_of(file: FileId, span: miette::SourceSpan) -> Span {
    Span::new(file, span.offset(), span.offset() + span.len())
}

fn lower_str(file: FileId, ident: &kdl::KdlIdentifier) -> Str {
    Str {
        value: ident.value().to_owned(),
        span: span_of(file, ident.span()),
    }
}

fn lower_node(file: FileId, text: &str, node: &kdl::KdlNode) -> Node {
    let children = node.children().map(|doc| Children {
        nodes: doc
            .nodes()
            .iter()
            .map(|n| lower_node(file, text, n))
            .collect(),
        span: span_of(file, doc.span()),
    });
    Node {
        ty: node.ty().map(|ty| lower_str(file, ty)),
        name: lower_str(file, node.name()),
        entries: node
            .entries()
            .iter()
            .map(|entry| lower_entry(file, text, entry))
            .collect(),
        children,
        span: span_of(file, node.span()),
    }
}

fn lower_entry(file: FileId, text: &str, entry: &kdl::KdlEntry) -> Entry {
    let span = span_of(file, entry.span());
    // The crate has no span for the value alone: it starts after the key's `=` and after a
    // type annotation's `)`.
    let mut value_start = span.start as usize;
    if let Some(key) = entry.name() {
        let key_end = key.span().offset() + key.span().len();
        value_start = text
            .get(key_end..span.end as usize)
            .and_then(|rest| rest.find('='))
            .map_or(key_end, |eq| key_end + eq + 1);
    }
    if let Some(ty) = entry.ty() {
        let ty_end = ty.span().offset() + ty.span().len();
        value_start = text
            .get(ty_end..span.end as usize)
            .and_then(|rest| rest.find(')'))
            .map_or(ty_end, |close| ty_end + close + 1);
    }
    let value_text = text.get(value_start..span.end as usize).unwrap_or("");
    let trimmed = value_text.trim_start();
    value_start += value_text.len() - trimmed.len();
    let value_span = Span::new(file, value_start, span.end as usize);
    Entry {
        key: entry.name().map(|key| lower_str(file, key)),
        ty: entry.ty().map(|ty| lower_str(file, ty)),
        value: lower_value(entry.value(), trimmed.trim_end()),
        value_span,
        span,
    }
}

fn lower_value(value: &kdl::KdlValue, source: &str) -> Value {
    let number = |value| {
        Value::Number(Number {
            source: source.to_owned(),
            value,
        })
    };
    match value {
        kdl::KdlValue::String(text) => Value::String(text.clone()),
        kdl::KdlValue::Integer(int) => number(NumberValue::Integer(*int)),
        kdl::KdlValue::Float(float) if float.is_nan() => number(NumberValue::NaN),
        kdl::KdlValue::Float(float) if source == "#inf" => number(NumberValue::Inf),
        kdl::KdlValue::Float(float) if source == "#-inf" && float.is_infinite() => {
            number(NumberValue::NegInf)
        }
        kdl::KdlValue::Float(float) => number(NumberValue::Float(*float)),
        kdl::KdlValue::Bool(flag) => Value::Bool(*flag),
        kdl::KdlValue::Null => Value::Null,
    }
}
