//! Gap report view-model, KPIs, diff and report emitters.
//!
//! Everything here is a pure function of values the CLI already has: the loaded model, the
//! rule set, the engine's outcome and the run's diagnostics ([`CheckRun`]). Nothing reads a
//! file, the clock or the environment; every list is sorted, so the same inputs give the same
//! bytes; every user-facing word comes from the message catalogue (`report.ftl`) in the run's
//! language; every model string is escaped for the output it lands in.
//!
//! # Outputs
//!
//! - **Report** ([`build_report`] → [`Report`]): summary with conformance per VNEAF view, KPIs
//!   per workspace top agency, findings by view and rule, waivers, the as-is → to-be gap and
//!   the diagrams; emitted as JSON ([`to_json`]), one self-contained HTML file
//!   ([`report_html`]) or Markdown ([`report_markdown`]) through the tera templates of
//!   `templates/` (a workspace may override them: [`Templates::with_override`]).
//! - **Check outputs**: SARIF 2.1.0 ([`sarif`]), JUnit XML ([`junit`]) and a Markdown PR
//!   comment capped at 60,000 characters ([`check_markdown`]).
//! - **Diff** ([`diff_models`] → [`ModelDiff`]): elements added, removed and changed per
//!   property, lifecycle changes, the finding delta by fingerprint; emitted as Markdown
//!   ([`diff_markdown`]), text ([`diff_human`]) or JSON ([`diff_json`]).

mod applied;
mod diagrams;
pub mod diff;
pub mod emit;
pub mod escape;
mod findings;
mod gap;
mod kpi;
mod location;
mod min_level;
pub mod model;
mod report;
mod run;
mod summary;
pub mod templates;
pub mod text;
mod waivers;

pub use diff::{DiffSide, ModelDiff, diff_models};
pub use emit::check_markdown::{PR_COMMENT_MAX_CHARS, check_markdown};
pub use emit::diff::{diff_human, diff_json, diff_markdown};
pub use emit::html::report_html;
pub use emit::json::to_json;
pub use emit::junit::junit;
pub use emit::markdown::report_markdown;
pub use emit::sarif::sarif;
pub use findings::rule_url;
pub use gap::ToBe;
pub use kpi::workspace_top_agencies;
pub use location::Location;
pub use min_level::min_levels;
pub use model::Report;
pub use report::{ReportOptions, build_report};
pub use run::{CheckRun, to_be_date};
pub use templates::Templates;
