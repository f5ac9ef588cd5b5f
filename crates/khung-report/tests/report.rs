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

/// The KPIs, waiver states and gap of the province fixture, worked out by hand from the
/// fixture's facts (the snapshot shows them; this pins the arithmetic).
#[test]
fn province_figures_are_the_hand_computed_ones() {
    let text = std::fs::read_to_string("tests/fixtures/report/province.kdl").unwrap();
    let checked = checked(&text, Lang::En).unwrap();
    let report = build_report(&checked.run(), &checked.report_options());

    assert_eq!(report.kpis.len(), 1, "one top agency: ubnd-quang-ninh");
    let block = &report.kpis[0];
    assert_eq!(block.agency.as_ref().unwrap().id, "ubnd-quang-ninh");
    let kpi = |id: &str| block.kpis.iter().find(|k| k.id == id).unwrap();
    // Systems existing at as-of: qn-motcua (approved 3), qn-cong-dvc (2, not approved),
    // qn-lgsp (approved 3), qn-ho-tich (none); qn-motcua-v2 is still being built.
    let levels = kpi("security-levels");
    assert_eq!((levels.ratio.numerator, levels.ratio.denominator), (2, 4));
    assert_eq!(levels.not_meeting, ["qn-cong-dvc", "qn-ho-tich"]);
    // Flows between top agencies: qn-dan-cu (bca → province, via qn-lgsp) and qn-ho-tich-bca
    // (direct); qn-noi-bo stays inside the province.
    let exchange = kpi("integrated-exchange");
    assert_eq!(exchange.meeting, ["qn-dan-cu"]);
    assert_eq!(exchange.not_meeting, ["qn-ho-tich-bca"]);
    let services = kpi("full-online-services");
    assert_eq!(
        (services.meeting.clone(), services.not_meeting.clone()),
        (vec!["1.001234".to_owned()], vec!["1.004567".to_owned()])
    );
    let eid = kpi("national-eid");
    assert_eq!(
        (eid.meeting.clone(), eid.not_meeting.clone()),
        (vec!["qn-motcua".to_owned()], vec!["qn-cong-dvc".to_owned()])
    );
    let personal = kpi("personal-data-assessed");
    assert_eq!(personal.meeting, ["qn-ho-so"]);
    assert_eq!(personal.not_meeting, ["qn-ho-tich-db"]);
    assert_eq!(personal.ratio.percent, Some(50.0));
    assert_eq!(block.open_findings.total, report.summary.active.total);

    // Conformance: the per-view numbers add up to the overall score, and each view's score is
    // its clean rules over its applied rules.
    let views = &report.summary.views;
    let clean: usize = views.iter().map(|v| v.rules_clean).sum();
    let applied: usize = views.iter().map(|v| v.rules_applied).sum();
    assert_eq!(
        (
            report.summary.conformance.numerator,
            report.summary.conformance.denominator
        ),
        (clean, applied)
    );
    for view in views {
        assert!(view.rules_clean <= view.rules_applied && view.rules_applied <= view.rules_run);
        let with_active = report
            .findings
            .iter()
            .filter(|v| v.view == view.view)
            .flat_map(|v| &v.rules)
            .filter(|r| r.active > 0)
            .count();
        assert_eq!(
            view.rules_applied - view.rules_clean,
            with_active,
            "{}",
            view.view
        );
    }

    // Waivers at 2026-11-23: until 2026-12-10 is expiring (17 days), 2027-12-31 active,
    // 2026-01-31 expired.
    let rules = |list: &[khung_report::model::WaiverEntry]| {
        list.iter().map(|w| w.rule.clone()).collect::<Vec<_>>()
    };
    assert_eq!(rules(&report.waivers.expiring), ["SEC-L3-002"]);
    assert_eq!(report.waivers.expiring[0].days_left, Some(17));
    assert_eq!(rules(&report.waivers.active), ["SEC-L3-003"]);
    assert_eq!(rules(&report.waivers.expired), ["SEC-L3-004"]);

    // Gap to the project's end (2027-06-30): v2 added, motcua retired (2027-03-01), lgsp
    // upgraded, all by qn-cds-2027.
    let gap = &report.gap;
    assert_eq!(gap.to_be, "2027-06-30");
    let ids = |list: &[khung_report::model::GapElement]| {
        list.iter()
            .map(|e| e.element.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&gap.added), ["qn-motcua-v2"]);
    assert_eq!(ids(&gap.retired), ["qn-motcua"]);
    assert_eq!(ids(&gap.changed), ["qn-lgsp"]);
    for element in gap.added.iter().chain(&gap.retired).chain(&gap.changed) {
        assert_eq!(element.projects, ["qn-cds-2027"]);
    }
    assert_eq!(gap.projects.len(), 1);
    // Retiring qn-motcua resolves its findings; the findings of v2 (built by then) appear.
    assert!(
        gap.findings_resolved
            .iter()
            .any(|f| f.fingerprint == "INT-010@qn-motcua")
    );
    assert!(
        gap.findings_introduced
            .iter()
            .any(|f| f.element.id == "qn-motcua-v2")
    );
}
