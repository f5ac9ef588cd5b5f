//! The diff over hand-made versions of a fixture (`tests/fixtures/diff/<case>/{old,new}.kdl`):
//! the JSON, Markdown and human outputs snapshotted, and the essentials asserted.
#![expect(clippy::unwrap_used, reason = "test code")]

mod common;

use common::{Checked, checked};
use khung_diag::Lang;
use khung_report::diff::{DiffSide, ModelDiff, PropertyChange};
use khung_report::{Templates, diff_human, diff_json, diff_markdown, diff_models};

fn side(checked: &Checked) -> DiffSide<'_> {
    DiffSide {
        model: &checked.loaded.model,
        findings: &checked.outcome.findings,
    }
}

fn diff_of(case: &str, lang: Lang) -> ModelDiff {
    let folder = std::path::Path::new("tests/fixtures/diff").join(case);
    let old = checked(
        &std::fs::read_to_string(folder.join("old.kdl")).unwrap(),
        lang,
    )
    .unwrap();
    let new = checked(
        &std::fs::read_to_string(folder.join("new.kdl")).unwrap(),
        lang,
    )
    .unwrap();
    diff_models(side(&old), side(&new), lang)
}

#[test]
fn diff_snapshots() {
    insta::glob!("fixtures/diff/*/old.kdl", |path| {
        let case = path
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for lang in Lang::ALL {
            let diff = diff_of(&case, lang);
            let suffix = format!("{case}-{}", lang.as_str());
            insta::assert_snapshot!(format!("{suffix}-json"), diff_json(&diff));
            insta::assert_snapshot!(
                format!("{suffix}-markdown"),
                diff_markdown(&diff, &Templates::builtin()).unwrap()
            );
            insta::assert_snapshot!(
                format!("{suffix}-human"),
                diff_human(&diff, &Templates::builtin()).unwrap()
            );
        }
    });
}

#[test]
fn elements_are_matched_by_id_and_compared_per_property() {
    let diff = diff_of("upgrade", Lang::En);
    let ids = |list: &[khung_report::model::ElementLabel]| {
        list.iter().map(|e| e.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&diff.added), ["qn-cong-dvc"]);
    assert_eq!(ids(&diff.removed), ["qn-qlvb"]);
    let changed: Vec<&str> = diff.changed.iter().map(|c| c.element.id.as_str()).collect();
    // qn-lgsp moved and only its lifecycle changed: it is a lifecycle change, not a change.
    assert_eq!(changed, ["qn-motcua-qlvb", "qn-motcua"]);
    let motcua = &diff.changed[1];
    let change = |property: &str| {
        motcua
            .changes
            .iter()
            .find(|c| c.property == property)
            .cloned()
    };
    assert_eq!(
        change("security-level"),
        Some(PropertyChange {
            property: "security-level".into(),
            old: Some("2".into()),
            new: Some("3".into()),
        })
    );
    assert_eq!(
        change("api[tra-cuu].protocol"),
        Some(PropertyChange {
            property: "api[tra-cuu].protocol".into(),
            old: Some("soap".into()),
            new: Some("rest".into()),
        })
    );
    assert_eq!(
        change("security-level.approved.by").map(|c| (c.old, c.new)),
        Some((None, Some("owner".into())))
    );
    assert_eq!(diff.lifecycle.len(), 1);
    assert_eq!(diff.lifecycle[0].element.id, "qn-lgsp");
    assert_eq!(diff.lifecycle[0].old.status.as_deref(), Some("building"));
    assert_eq!(diff.lifecycle[0].new.since.as_deref(), Some("2026-06-01"));
}

#[test]
fn findings_are_compared_by_fingerprint() {
    let diff = diff_of("upgrade", Lang::En);
    let fixed: Vec<&str> = diff
        .findings_fixed
        .iter()
        .map(|f| f.fingerprint.as_str())
        .collect();
    let new: Vec<&str> = diff
        .findings_new
        .iter()
        .map(|f| f.fingerprint.as_str())
        .collect();
    // The removed system's findings are fixed; the new portal brings its own.
    assert!(fixed.iter().any(|f| f.ends_with("@qn-qlvb")), "{fixed:?}");
    assert!(new.iter().any(|f| f.ends_with("@qn-cong-dvc")), "{new:?}");
    assert!(fixed.iter().all(|f| !new.contains(f)));
}

#[test]
fn a_model_compared_with_itself_has_no_difference() {
    let text = std::fs::read_to_string("tests/fixtures/diff/upgrade/new.kdl").unwrap();
    let a = checked(&text, Lang::En).unwrap();
    let b = checked(&text, Lang::En).unwrap();
    let diff = diff_models(side(&a), side(&b), Lang::En);
    assert!(diff.added.is_empty() && diff.removed.is_empty());
    assert!(diff.changed.is_empty() && diff.lifecycle.is_empty());
    assert!(diff.findings_new.is_empty() && diff.findings_fixed.is_empty());
    let markdown = diff_markdown(&diff, &Templates::builtin()).unwrap();
    assert!(markdown.contains("No changes."), "{markdown}");
}
