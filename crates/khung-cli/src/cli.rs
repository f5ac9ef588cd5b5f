//! Command-line definitions (clap derive). Help texts are English; `--lang` selects the
//! language of khung's own output.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// khung — check Vietnamese digital-government architecture models against the national
/// framework and the security, data-sharing and personal-data rules.
#[derive(Debug, Parser)]
#[command(name = "khung", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Language of messages and outputs [default: the manifest's `lang`, else vi]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// When to colour terminal output
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Print nothing but the requested output and errors
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Also print timing and progress details on stderr
    #[arg(long, short, global = true)]
    pub verbose: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and resolve a model, run the rules of the profile and print findings
    Check(CheckArgs),
    /// The rules of a profile, or one rule with its documentation, basis and examples
    Rules(RulesArgs),
    /// Draw a view of the model (landscape, context:<system>, integration, dataflow, security, agency:<id>, gap, or all)
    Render(RenderArgs),
    /// Write the gap report: conformance per view, KPIs per agency, findings, waivers, as-is → to-be gap, diagrams
    Report(ReportArgs),
    /// Compare two versions of a model: elements added, removed, changed, and the finding delta
    Diff(DiffArgs),
}

/// `khung report` options.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A workspace folder or its khung.kdl
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
    pub format: ReportFormat,
    /// Write the report to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// As-is date (YYYY-MM-DD) [default: the manifest's `as-of`, else today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// To-be date of the gap [default: the latest end of a workspace project]
    #[arg(long, value_name = "DATE")]
    pub to_be: Option<String>,
    /// Rule profile [default: the manifest's `profile`, else vn-2026]
    #[arg(long)]
    pub profile: Option<String>,
}

/// `--format` of `khung report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// one self-contained HTML file (inline CSS and SVG)
    Html,
    /// Markdown
    Markdown,
    /// the report view-model as JSON
    Json,
}

/// `khung diff` options.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old version: a workspace folder, or `git:REV` (the NEW path at revision REV of the current repository)
    pub old: String,
    /// The new version: a workspace folder, or `git:REV`
    pub new: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
    /// Write the diff to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Evaluation date for both versions [default: each manifest's `as-of`, else today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

/// `--format` of `khung diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// plain text
    Human,
    /// Markdown (a pull-request comment)
    Markdown,
    /// JSON
    Json,
}

/// `khung render` options.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// A workspace folder or its khung.kdl
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// The view: landscape, context:<system>, integration, dataflow, security, agency:<id>, gap, or `all` (every view into the --output folder)
    #[arg(long, default_value = "landscape")]
    pub view: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = RenderFormat::Svg)]
    pub format: RenderFormat,
    /// Write to FILE (or, with `--view all`, into the folder DIR) instead of standard output
    #[arg(long, short, value_name = "FILE|DIR")]
    pub output: Option<PathBuf>,
    /// Layout engine for SVG: the built-in layered layout, or Graphviz `dot` when installed
    #[arg(long, value_enum, default_value_t = Engine::Builtin)]
    pub engine: Engine,
    /// Evaluation date (YYYY-MM-DD) [default: the manifest's `as-of`, else today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// To-be date of the gap view [default: the latest end of a workspace project]
    #[arg(long, value_name = "DATE")]
    pub to_be: Option<String>,
    /// Rule profile used for the minimum levels of the security view
    #[arg(long)]
    pub profile: Option<String>,
}

/// `--format` of `khung render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderFormat {
    /// SVG with the built-in layout
    Svg,
    /// Graphviz DOT
    Dot,
    /// Mermaid flowchart
    Mermaid,
    /// PlantUML (C4-PlantUML)
    Plantuml,
}

impl From<RenderFormat> for khung_diagram::Format {
    fn from(format: RenderFormat) -> khung_diagram::Format {
        match format {
            RenderFormat::Svg => khung_diagram::Format::Svg,
            RenderFormat::Dot => khung_diagram::Format::Dot,
            RenderFormat::Mermaid => khung_diagram::Format::Mermaid,
            RenderFormat::Plantuml => khung_diagram::Format::Plantuml,
        }
    }
}

/// `--engine` of `khung render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Engine {
    /// the built-in layered layout (no external program)
    Builtin,
    /// Graphviz `dot -Tsvg`
    Graphviz,
}

/// `khung rules` options.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Rule profile [default: vn-2026]
    #[arg(long, global = true)]
    pub profile: Option<String>,
    /// What to show.
    #[command(subcommand)]
    pub command: RulesCommand,
}

/// `khung rules` subcommands.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List the rules in force under the profile
    List {
        /// Output format
        #[arg(long, value_enum, default_value_t = RulesFormat::Human)]
        format: RulesFormat,
    },
    /// Show one rule: title, severity, view, condition, basis, help and examples
    Show {
        /// The rule id (e.g. SEC-LVL-002)
        id: String,
    },
}

/// `--format` of `khung rules list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// one line per rule
    Human,
    /// `{"rules": [...]}`
    Json,
}

/// `khung check` options.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A workspace folder, its khung.kdl, or single .kdl files
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Evaluation date (YYYY-MM-DD) [default: the manifest's `as-of`, else today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Write the output to FILE (atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Lowest severity of an active finding that makes the run fail (exit 1)
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Rule profile: vn-2019 (baseline regime) or vn-2026 (current regime) [default: the manifest's `profile`, else vn-2026]
    #[arg(long)]
    pub profile: Option<String>,
    /// Run only this rule (repeatable)
    #[arg(long = "rule", value_name = "ID")]
    pub rule: Vec<String>,
    /// Findings whose fingerprints are in this JSON file are reported as baseline and do not fail the run
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write the fingerprints of the current findings to FILE
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Do not load the embedded national reference model
    #[arg(long)]
    pub no_reference: bool,
}

/// `--format` of `khung check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// miette reports with source snippets and a summary line
    Human,
    /// the `khung-findings/1` JSON document
    Json,
    /// SARIF 2.1.0 (code-scanning tools)
    Sarif,
    /// JUnit XML (one testsuite per rule pack, one testcase per rule)
    Junit,
    /// a compact Markdown summary for a pull-request comment
    Markdown,
}

/// `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// fail on active error findings
    Error,
    /// fail on active warning or error findings (and warning diagnostics)
    Warning,
    /// fail on any active finding
    Info,
    /// never fail because of findings (load errors still fail)
    Never,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Tiếng Việt
    Vi,
    /// English
    En,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// colour when standard output is a terminal
    Auto,
    /// always colour
    Always,
    /// never colour
    Never,
}

impl From<LangArg> for khung_diag::Lang {
    fn from(lang: LangArg) -> khung_diag::Lang {
        match lang {
            LangArg::Vi => khung_diag::Lang::Vi,
            LangArg::En => khung_diag::Lang::En,
        }
    }
}
