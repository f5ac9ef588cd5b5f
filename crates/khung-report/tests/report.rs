//! The report over the fixtures of `tests/fixtures/report/*.kdl`: snapshots of the JSON
//! view-model (without the diagrams' SVG, which khung-diagram's own snapshots cover) and of
//! the Markdown report in both languages; the HTML report checked structurally.

mod common;

use common::checked;
use khung_diag::Lang;
use khung_report::{Templates, build_report, report_html, report_markdown, to_json};

#[test]
fn report_snapshots() {
    insta::glob!("fixtures/report/*.kdl", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        for lang in Lang::ALL {
            let checked = checked(&text, lang).unwrap();
            let mut report = build_report(&checked.run(), &checked.report_options());
            let markdown = report_markdown(&report, &Templates::builtin()).unwrap();
            for diagram in &mut report.diagrams {
                diagram.svg = format!("<{} bytes of SVG>", diagram.svg.len());
                diagram.mermaid = format!("<{} bytes of Mermaid>", diagram.mermaid.len());
            }
            insta::assert_snapshot!(format!("{stem}-json-{}", lang.as_str()), to_json(&report));
            insta::assert_snapshot!(format!("{stem}-markdown-{}", lang.as_str()), markdown);
        }
    });
}

#[test]
fn html_report_renders() {
    let text = std::fs::read_to_string("tests/fixtures/report/province.kdl").unwrap();
    let checked = checked(&text, Lang::Vi).unwrap();
    let report = build_report(&checked.run(), &checked.report_options());
    let html = report_html(&report, &Templates::builtin()).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let document = roxmltree::Document::parse_with_options(&html, options).unwrap();
    let section_ids: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("section"))
        .filter_map(|n| n.attribute("id"))
        .collect();
    assert_eq!(
        section_ids,
        [
            "summary",
            "kpis",
            "findings",
            "waivers",
            "gap",
            "diagrams",
            "diagnostics"
        ]
    );
    // One inline SVG per diagram, each inside its figure, with ids that do not collide.
    let figures: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("figure"))
        .collect();
    assert_eq!(figures.len(), 4);
    for figure in &figures {
        assert!(figure.descendants().any(|n| n.tag_name().name() == "svg"));
    }
    let mut ids: Vec<&str> = document
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids in the page");
    // Self-contained: one inline style sheet with print rules, no external resource at all.
    let styles: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("style"))
        .collect();
    assert_eq!(styles.len(), 1);
    assert!(styles[0].text().unwrap().contains("@media print"));
    for name in ["link", "script", "img", "iframe", "object"] {
        assert!(
            !document.descendants().any(|n| n.has_tag_name(name)),
            "<{name}> in the page"
        );
    }
    // CSS and SVG may only point inside the page (`url(#marker)`).
    assert!(!html.contains("@import"), "CSS imports something");
    for (at, _) in html.match_indices("url(") {
        assert!(
            html[at + 4..].starts_with('#'),
            "fetches {}",
            &html[at..at + 40]
        );
    }
    for node in document.descendants() {
        assert!(node.attribute("src").is_none());
        if let Some(href) = node.attribute("href") {
            assert!(
                href.starts_with('#') || href.starts_with(khung_diag::DOCS_BASE_URL),
                "link to {href}"
            );
        }
    }
    // KPIs: one table per top agency with a row per indicator plus open findings.
    let kpi_rows = document
        .descendants()
        .filter(|n| n.has_tag_name("table") && n.attribute("class") == Some("kpis"))
        .map(|table| table.descendants().filter(|n| n.has_tag_name("tr")).count())
        .collect::<Vec<_>>();
    assert_eq!(kpi_rows, [1 + 5 + 1]);
}

#[test]
fn html_and_markdown_are_deterministic() {
    let text = std::fs::read_to_string("tests/fixtures/report/province.kdl").unwrap();
    let render = || {
        let checked = checked(&text, Lang::En).unwrap();
        let report = build_report(&checked.run(), &checked.report_options());
        (
            report_html(&report, &Templates::builtin()).unwrap(),
            report_markdown(&report, &Templates::builtin()).unwrap(),
            to_json(&report),
        )
    };
    assert_eq!(render(), render());
}

#[test]
fn a_workspace_template_overrides_the_builtin_one() {
    let text = std::fs::read_to_string("tests/fixtures/report/province.kdl").unwrap();
    let checked = checked(&text, Lang::En).unwrap();
    let report = build_report(&checked.run(), &checked.report_options());
    let templates = Templates::builtin().with_override(
        "report.md.tera",
        "# {{ report.workspace }}: {{ report.summary.active.error }} {{ t.severity_error }}\n",
        khung_diag::FileId(7),
    );
    let markdown = report_markdown(&report, &templates).unwrap();
    assert_eq!(markdown, "# quang-ninh: 15 Errors\n");
}

#[test]
fn a_broken_workspace_template_is_a_diagnostic_at_its_file() {
    let text = std::fs::read_to_string("tests/fixtures/report/province.kdl").unwrap();
    let checked = checked(&text, Lang::En).unwrap();
    let report = build_report(&checked.run(), &checked.report_options());
    let templates = Templates::builtin().with_override(
        "report.html.tera",
        "{% for x in %}",
        khung_diag::FileId(7),
    );
    let error = report_html(&report, &templates).unwrap_err();
    assert_eq!(error.code, khung_diag::Code::InvalidArgument);
    assert_eq!(error.message.id, "report-template-error");
    assert_eq!(error.primary_span().unwrap().file, khung_diag::FileId(7));
}
