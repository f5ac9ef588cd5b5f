//! Hostile names: a model whose every free text is markup of every output. Each output is
//! parsed the way its consumer parses it, and must hold the text as text: no element, table
//! cell, code span or HTML block injected.
#![expect(clippy::unwrap_used, reason = "test code")]

mod common;

use common::checked;
use khung_diag::{DOCS_BASE_URL, Lang};
use khung_report::diff::DiffSide;
use khung_report::{
    Templates, build_report, check_markdown, diff_markdown, diff_models, junit, report_html,
    report_markdown, sarif,
};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The name written in the fixture, as the model holds it (KDL escapes resolved).
const HOSTILE: &str = "<script>alert(1)</script></style>]]>--> | `code` & \"q\" 'a' <!-- x\nline2";

fn fixture() -> common::Checked {
    let text = std::fs::read_to_string("tests/fixtures/hostile/hostile.kdl").unwrap();
    checked(&text, Lang::En).unwrap()
}

#[test]
fn html_report_holds_hostile_names_as_text() {
    let checked = fixture();
    let report = build_report(&checked.run(), &checked.report_options());
    let html = report_html(&report, &Templates::builtin()).unwrap();
    assert!(
        !html.to_ascii_lowercase().contains("<script"),
        "a script tag got through"
    );
    assert!(!html.contains("<img"), "an img tag got through");
    assert!(!html.contains("<h1>injected"), "an h1 got through");
    // The output is well-formed XML (polyglot HTML), so a strict parser sees its structure.
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let document = roxmltree::Document::parse_with_options(&html, options).unwrap();
    let names: Vec<&str> = document
        .descendants()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    assert!(!names.contains(&"script"));
    assert!(!names.contains(&"img"));
    assert_eq!(names.iter().filter(|n| **n == "style").count(), 1);
    assert_eq!(names.iter().filter(|n| **n == "h1").count(), 1);
    // And the text is there, whole, as text.
    let texts: String = document
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    assert!(
        texts.contains(HOSTILE),
        "the hostile name is not shown as text"
    );
    assert!(texts.contains("</td></tr></table><h1>injected</h1>"));
    for node in document.descendants().filter(|n| n.is_element()) {
        for attribute in node.attributes() {
            let value = attribute.value();
            if ["src", "href", "xlink:href"].contains(&attribute.name()) {
                let external = value.starts_with("http://")
                    || value.starts_with("https://")
                    || value.starts_with("//");
                assert!(
                    !external || (attribute.name() == "href" && value.starts_with(DOCS_BASE_URL)),
                    "{} fetches {value}",
                    attribute.name()
                );
            }
        }
        assert!(
            node.attribute("src").is_none(),
            "nothing is loaded from anywhere"
        );
    }
}

/// Every table cell's text, per table row.
fn table_rows(markdown: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row: Option<Vec<String>> = None;
    let mut cell: Option<String> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => row = Some(Vec::new()),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => rows.extend(row.take()),
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                if let (Some(row), Some(text)) = (row.as_mut(), cell.take()) {
                    row.push(text);
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(cell) = cell.as_mut() {
                    cell.push_str(&text);
                }
            }
            _ => {}
        }
    }
    rows
}

/// Checks a Markdown output: no HTML but `allowed_html`, no code span, every row of a table
/// as wide as its header, and `expected` found whole in one cell.
fn check_markdown_output(markdown: &str, allowed_html: &[&str], expected: &[&str]) {
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                assert!(
                    allowed_html.contains(&html.trim()),
                    "raw HTML got through: {html:?}"
                );
            }
            Event::Code(code) => panic!("a code span was opened: {code:?}"),
            _ => {}
        }
    }
    let rows = table_rows(markdown);
    assert!(!rows.is_empty());
    let cells: Vec<&String> = rows.iter().flatten().collect();
    for text in expected {
        assert!(
            cells.iter().any(|cell| cell.contains(text)),
            "{text:?} is not in one cell"
        );
    }
    // Rows are checked against the widest header seen so far: an injected `|` would make a
    // row wider than its table.
    let mut width = 0;
    for row in &rows {
        if row.len() > width {
            width = row.len();
        }
        assert!(row.len() <= width);
    }
}

#[test]
fn markdown_report_holds_hostile_names_as_text() {
    let checked = fixture();
    let report = build_report(&checked.run(), &checked.report_options());
    let markdown = report_markdown(&report, &Templates::builtin()).unwrap();
    // In a cell, the line break of the name is a space.
    let one_line = HOSTILE.replace('\n', " ");
    check_markdown_output(
        &markdown,
        &[],
        &[&one_line, "</td></tr></table><h1>injected</h1>"],
    );
}

#[test]
fn pr_comment_holds_hostile_names_as_text() {
    let checked = fixture();
    let markdown = check_markdown(&checked.run(), &Templates::builtin()).unwrap();
    let one_line = HOSTILE.replace('\n', " ");
    check_markdown_output(&markdown, &["<sub>", "</sub>"], &[&one_line]);
}

#[test]
fn diff_markdown_holds_hostile_names_as_text() {
    let checked = fixture();
    let plain = std::fs::read_to_string("tests/fixtures/hostile/hostile.kdl")
        .unwrap()
        .replace("<img src=x onerror=alert(1)>|cell|`tick`", "plain");
    let old = common::checked(&plain, Lang::En).unwrap();
    let diff = diff_models(
        DiffSide {
            model: &old.loaded.model,
            findings: &old.outcome.findings,
        },
        DiffSide {
            model: &checked.loaded.model,
            findings: &checked.outcome.findings,
        },
        Lang::En,
    );
    assert_eq!(diff.changed.len(), 1);
    let markdown = diff_markdown(&diff, &Templates::builtin()).unwrap();
    check_markdown_output(
        &markdown,
        &[],
        &["<img src=x onerror=alert(1)>|cell|`tick`"],
    );
}

#[test]
fn junit_holds_hostile_names_as_text() {
    let checked = fixture();
    let xml = junit(&checked.run());
    let document = roxmltree::Document::parse(&xml).unwrap();
    let names: Vec<&str> = document
        .descendants()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    for name in names {
        assert!(
            [
                "testsuites",
                "testsuite",
                "testcase",
                "failure",
                "skipped",
                "error",
                "system-out"
            ]
            .contains(&name),
            "unexpected element {name}"
        );
    }
    let all_text: String = document
        .descendants()
        .flat_map(|n| {
            let text = n.text().unwrap_or_default().to_owned();
            let attributes: Vec<String> = n.attributes().map(|a| a.value().to_owned()).collect();
            std::iter::once(text).chain(attributes)
        })
        .collect();
    assert!(
        all_text.contains("<script>alert(1)</script></style>]]>-->"),
        "the name is lost"
    );
}

#[test]
fn sarif_holds_hostile_names_as_json_strings() {
    let checked = fixture();
    let document: serde_json::Value = serde_json::from_str(&sarif(&checked.run())).unwrap();
    let text = document.to_string();
    assert!(
        text.contains("<script>alert(1)</script>"),
        "the name is lost"
    );
}
