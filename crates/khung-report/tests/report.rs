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
}
