//! Smoke test of the parse seam: spans on names, keys and values.

use khung_diag::FileId;
use khung_kdl::{ParseOptions, parse};

#[test]
fn spans_point_at_names_keys_and_values() {
    let text = "node \"a\" key=(date)\"2020-01-01\" 12 { child #true }\n";
    let (document, diagnostics) = parse(FileId(0), text, &ParseOptions::default());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let node = document.nodes().next().unwrap();
    let slice = |span: khung_diag::Span| &text[span.range()];
    assert_eq!(slice(node.name().span), "node");
    let property = node.properties().next().unwrap();
    assert_eq!(slice(property.key().unwrap().span), "key");
    assert_eq!(slice(property.value_span()), "\"2020-01-01\"");
    assert_eq!(slice(property.ty().unwrap().span), "date");
    assert_eq!(slice(property.span()), "key=(date)\"2020-01-01\"");
    assert_eq!(node.child_nodes().next().unwrap().name().value, "child");
    assert_eq!(slice(node.children_span().unwrap()), "{ child #true }");
}
