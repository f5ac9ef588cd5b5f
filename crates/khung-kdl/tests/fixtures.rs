//! Snapshot fixtures: each `tests/fixtures/*.kdl` is parsed and its tree (every span quoted
//! from the source) and diagnostics (in English and Vietnamese) are snapshotted.

#![expect(clippy::unwrap_used, reason = "test code")]

use std::fmt::Write as _;

use khung_diag::{FileId, Lang, Span};
use khung_kdl::{Entry, Node, ParseOptions, Value, parse};

#[test]
fn fixtures() {
    insta::glob!("fixtures/*.kdl", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(check(&text));
    });
}

/// The readable dump of one file's parse.
fn check(text: &str) -> String {
    let (document, diagnostics) = parse(FileId(0), text, &ParseOptions::default());
    let mut out = String::new();
    let mut stack: Vec<(Node<'_>, usize)> = document.nodes().rev().map(|n| (n, 0)).collect();
    while let Some((node, depth)) = stack.pop() {
        let indent = "  ".repeat(depth);
        let ty = node.ty().map_or(String::new(), |ty| {
            format!("({}){} ", ty.value, quote(text, ty.span))
        });
        let _ = writeln!(
            out,
            "{indent}node {ty}{:?}{} span {}",
            node.name().value,
            quote(text, node.name().span),
            quote(text, node.span())
        );
        for entry in node.entries() {
            let _ = writeln!(out, "{indent}  {}", entry_line(text, entry));
        }
        if let Some(span) = node.children_span() {
            let _ = writeln!(out, "{indent}  block {}", quote(text, span));
        }
        stack.extend(node.child_nodes().rev().map(|n| (n, depth + 1)));
    }
    for diagnostic in &diagnostics {
        let _ = writeln!(
            out,
            "{} {}",
            diagnostic.code.as_str(),
            quote(text, diagnostic.primary_span().unwrap())
        );
        let _ = writeln!(out, "  en: {}", diagnostic.message.render(Lang::En));
        let _ = writeln!(out, "  vi: {}", diagnostic.message.render(Lang::Vi));
        if let Some(help) = &diagnostic.help {
            let _ = writeln!(out, "  help en: {}", help.render(Lang::En));
            let _ = writeln!(out, "  help vi: {}", help.render(Lang::Vi));
        }
        for label in diagnostic.labels.iter().skip(1) {
            let message = label
                .message
                .as_ref()
                .map_or(String::new(), |m| m.render(Lang::En));
            let _ = writeln!(out, "  label {} {message}", quote(text, label.span));
        }
    }
    out
}

fn entry_line(text: &str, entry: Entry<'_>) -> String {
    let key = entry.key().map_or(String::from("arg"), |key| {
        format!("prop {:?}{}", key.value, quote(text, key.span))
    });
    let ty = entry.ty().map_or(String::new(), |ty| {
        format!(" ({}){}", ty.value, quote(text, ty.span))
    });
    let value = match entry.value() {
        Value::Number(number) => format!("{:?} from {:?}", number.value, number.source),
        other => other.display(),
    };
    format!(
        "{key}{ty} = {value}{} entry {}",
        quote(text, entry.value_span()),
        quote(text, entry.span())
    )
}

/// `@start..end` and the source text there.
fn quote(text: &str, span: Span) -> String {
    format!("@{}..{} {:?}", span.start, span.end, &text[span.range()])
}
