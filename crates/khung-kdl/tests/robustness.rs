//! Hostile input: extreme nesting, huge lines, unclosed constructs and truncated files must all
//! end in a tree and clean diagnostics — never a panic, a hang or a stack overflow.

use std::path::Path;

use khung_diag::{Code, Diagnostic, FileId};
use khung_kdl::{Document, Node, ParseOptions, parse};

/// Parses with the default options and checks every diagnostic has a span inside the text.
fn parse_checked(text: &str, options: &ParseOptions) -> (Document, Vec<Diagnostic>) {
    let (document, diagnostics) = parse(FileId(7), text, options);
    for diagnostic in &diagnostics {
        assert!(!diagnostic.labels.is_empty(), "{diagnostic:?}");
        for label in &diagnostic.labels {
            assert_eq!(label.span.file, FileId(7));
            assert!(label.span.start <= label.span.end, "{diagnostic:?}");
            assert!(label.span.end as usize <= text.len(), "{diagnostic:?}");
            assert!(text.is_char_boundary(label.span.start as usize));
            assert!(text.is_char_boundary(label.span.end as usize));
        }
    }
    (document, diagnostics)
}

fn nested(depth: usize) -> String {
    let mut text = "a {".repeat(depth);
    text.push_str(&"}".repeat(depth));
    text
}

/// The depth of the deepest node (top-level nodes have depth 1).
fn tree_depth(document: &Document) -> usize {
    let mut deepest = 0;
    let mut stack: Vec<(Node<'_>, usize)> = document.nodes().map(|node| (node, 1)).collect();
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        stack.extend(node.child_nodes().map(|child| (child, depth + 1)));
    }
    deepest
}

#[test]
fn nesting_100_000_deep_is_too_deep_not_a_stack_overflow() {
    let text = nested(100_000);
    let (document, diagnostics) = parse_checked(&text, &ParseOptions::default());
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].code, Code::TooDeep);
    // Blocks up to the limit are built; the 257th `{` is where the limit is crossed.
    assert_eq!(diagnostics[0].primary_span().unwrap().start, 256 * 3 + 2);
    assert_eq!(tree_depth(&document), 257);
}

#[test]
fn errors_after_too_deep_content_are_still_found() {
    let mut text = nested(1_000);
    text.push_str("\nafter 1.0.0\n");
    let (document, diagnostics) = parse_checked(&text, &ParseOptions { max_depth: 10 });
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["too-deep", "kdl-syntax"]);
    assert_eq!(document.nodes().len(), 2);
    assert_eq!(document.nodes().nth(1).unwrap().name().value, "after");
}

#[test]
fn a_100_000_deep_tree_built_on_request_drops_without_recursion() {
    let text = nested(100_000);
    let options = ParseOptions { max_depth: 200_000 };
    let (document, diagnostics) = parse_checked(&text, &options);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(tree_depth(&document), 100_000);
    // Freed by the iterative `Drop` of `Children`; the derived one would overflow the stack.
    drop(document);
}

#[test]
fn the_canonical_printer_handles_deep_trees() {
    // Not 100,000: the 4-space indents alone would make the output quadratic in the depth.
    let (document, diagnostics) = parse_checked(&nested(1_000), &ParseOptions { max_depth: 1_000 });
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let printed = document.to_canonical_kdl();
    assert_eq!(printed.lines().count(), 2 * 1_000 - 1);
    assert!(printed.starts_with("a {\n    a {\n"));
}

#[test]
fn one_10_mb_line_parses() {
    let long = "x".repeat(10 << 20);
    let text = format!("node \"{long}\" key=#\"{long}\"#");
    let (document, diagnostics) = parse_checked(&text, &ParseOptions::default());
    assert!(diagnostics.is_empty());
    let values: Vec<usize> = document
        .nodes()
        .next()
        .unwrap()
        .entries()
        .map(|entry| entry.value().as_str().unwrap().len())
        .collect();
    assert_eq!(values, [10 << 20, 10 << 20]);

    let text = format!("{long} {long}=1");
    let (document, diagnostics) = parse_checked(&text, &ParseOptions::default());
    assert!(diagnostics.is_empty());
    assert_eq!(
        document.nodes().next().unwrap().name().value.len(),
        10 << 20
    );
    let key = document
        .nodes()
        .next()
        .unwrap()
        .entries()
        .next()
        .unwrap()
        .key()
        .unwrap();
    assert_eq!(key.value.len(), 10 << 20);
}

#[test]
fn deeply_nested_block_comments() {
    let depth = 100_000;
    let closed = format!("{}{} node", "/*".repeat(depth), "*/".repeat(depth));
    let (document, diagnostics) = parse_checked(&closed, &ParseOptions::default());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(document.nodes().len(), 1);
    let unclosed = format!("node\n{}", "/*".repeat(depth));
    let (document, diagnostics) = parse_checked(&unclosed, &ParseOptions::default());
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].message.id, "kdl-unclosed-block-comment");
    assert_eq!(document.nodes().len(), 1);
}

#[test]
fn everything_unclosed_at_the_end_fails_cleanly() {
    let cases = [
        ("node \"abc", "kdl-unclosed-string"),
        ("node \"abc\\", "kdl-unclosed-string"),
        ("node \"\\u{12", "kdl-invalid-unicode-escape"),
        ("node #\"abc", "kdl-unclosed-raw-string"),
        ("node ##\"abc\"#", "kdl-unclosed-raw-string"),
        ("node \"\"\"\nabc", "kdl-unclosed-multiline-string"),
        ("node #\"\"\"\nabc\"\"\"", "kdl-unclosed-multiline-string"),
        ("node (type", "kdl-unclosed-type"),
        ("node (", "kdl-expected-type-name"),
        ("(type", "kdl-unclosed-type"),
        ("node {", "kdl-unclosed-block"),
        ("a { b { c { d", "kdl-unclosed-block"),
        ("node /* abc", "kdl-unclosed-block-comment"),
        ("node key=", "kdl-expected-value"),
        ("node key=(t)", "kdl-expected-value"),
        ("node /-", "kdl-slashdash-target"),
        ("/-", "kdl-slashdash-target"),
        ("node 0x", "kdl-invalid-number"),
        ("node #", "kdl-unknown-keyword"),
        ("node 1.", "kdl-invalid-number"),
        ("}", "kdl-unmatched-close-brace"),
    ];
    for (text, expected) in cases {
        let (_, diagnostics) = parse_checked(text, &ParseOptions::default());
        let ids: Vec<&str> = diagnostics.iter().map(|d| d.message.id.as_ref()).collect();
        assert!(ids.contains(&expected), "{text:?}: {ids:?}");
        assert!(
            diagnostics.iter().all(|d| d.code == Code::KdlSyntax),
            "{text:?}"
        );
    }
}

#[test]
fn every_truncation_of_every_suite_input_is_handled() {
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kdl-spec/input");
    let mut parses = 0;
    for entry in std::fs::read_dir(input).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (end, _) in text.char_indices().chain([(text.len(), ' ')]) {
            parse_checked(&text[..end], &ParseOptions::default());
            // A truncated file that also lost its first byte exercises mid-token starts.
            if let Some((start, _)) = text[..end].char_indices().nth(1) {
                parse_checked(&text[start..end], &ParseOptions::default());
            }
            parses += 1;
        }
    }
    assert!(parses > 5_000, "{parses}");
}

#[test]
fn every_error_of_a_file_is_reported_and_good_nodes_are_kept() {
    let text =
        "first 1\nbad 1.0.0\nalso-good key=\"v\"\nbad2 key=\nbad3 \"\\q\"\nlast {\n  child\n}\n";
    let (document, diagnostics) = parse_checked(text, &ParseOptions::default());
    let ids: Vec<&str> = diagnostics.iter().map(|d| d.message.id.as_ref()).collect();
    assert_eq!(
        ids,
        [
            "kdl-invalid-number",
            "kdl-expected-value",
            "kdl-invalid-escape"
        ]
    );
    let names: Vec<&str> = document.nodes().map(|n| n.name().value).collect();
    assert_eq!(names, ["first", "bad", "also-good", "bad2", "bad3", "last"]);
    assert_eq!(
        document
            .nodes()
            .nth(5)
            .unwrap()
            .child_nodes()
            .next()
            .unwrap()
            .name()
            .value,
        "child"
    );
}
