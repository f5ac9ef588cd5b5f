//! The emitters: the report (JSON, HTML, Markdown), the check outputs (SARIF, JUnit, the
//! Markdown PR summary) and the diff (Markdown, JSON, human).

pub mod check_markdown;
pub mod diff;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Report;

/// What the report templates see: the view-model as `report` and the fixed words as `t`.
#[derive(Serialize)]
struct ReportContext<'a> {
    report: &'a Report,
    t: BTreeMap<String, String>,
}
