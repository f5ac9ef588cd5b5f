//! The pipeline every command shares: load the workspace, load the rule packs, run the check.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use khung_diag::{Code, Diagnostic, Lang, Message, Origin, Severity, Span};
use khung_model::{LoadInput, LoadOptions, Loaded, ReferenceModel, load_workspace};
use khung_rules::engine::baseline::Baseline;
use khung_rules::engine::{CheckOptions, CheckOutcome, check};
use khung_rules::pack::RuleSet;
use khung_rules::pack::load::LoadRules;

use crate::fs::{RealFs, read_kdl_tree};
use crate::io;

/// The profile used when neither the flag nor the manifest names one.
pub const DEFAULT_PROFILE: &str = "vn-2026";

/// What the user asked for (flags; each falls back to the manifest, then to a default).
#[derive(Debug, Clone, Default)]
pub struct SessionOptions {
    /// Workspace folder, `khung.kdl`, or single `.kdl` files.
    pub paths: Vec<PathBuf>,
    /// `--as-of` as written.
    pub as_of: Option<String>,
    /// `--profile`.
    pub profile: Option<String>,
    /// `--lang`.
    pub lang: Option<Lang>,
    /// `--no-reference`.
    pub no_reference: bool,
    /// `--rule` (only these).
    pub only_rules: Vec<String>,
    /// `--baseline FILE`.
    pub baseline: Option<PathBuf>,
    /// Load only: do not run the rules (commands that draw the model need no findings).
    pub skip_rules: bool,
}

/// A loaded and checked workspace.
pub struct Session {
    /// The model, its sources and manifest.
    pub loaded: Loaded,
    /// The rule packs of the profile.
    pub rules: RuleSet,
    /// Findings and engine statistics.
    pub outcome: CheckOutcome,
    /// Every diagnostic (load, command line, rule packs, engine), sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// The effective evaluation date.
    pub as_of: Date,
    /// The effective profile.
    pub profile: String,
    /// The effective output language.
    pub lang: Lang,
    /// Whether the rules were not run because the model did not load cleanly.
    pub rules_skipped: bool,
    /// `--rule` (only these were run).
    pub only_rules: Vec<String>,
    /// The options the check ran with (to run it again at another date).
    check_options: CheckOptions,
}

impl Session {
    /// Loads, resolves and checks.
    pub fn run(options: &SessionOptions) -> Session {
        let input = load_input(&options.paths);
        let load_options = LoadOptions {
            reference: if options.no_reference {
                ReferenceModel::Disabled
            } else {
                ReferenceModel::Embedded
            },
            ..LoadOptions::default()
        };
        let mut loaded = load_workspace(&RealFs, &input, &load_options);
        let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
        let load_failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
        let manifest = loaded.manifest.clone();

        let lang = options
            .lang
            .or(manifest.lang.as_ref().map(|l| l.value))
            .unwrap_or_default();
        let as_of = match &options.as_of {
            Some(text) => match khung_model::parse_iso_date(text) {
                Some(date) => date,
                None => {
                    let span = command_line(&mut loaded, &format!("--as-of {text}"), 8);
                    diagnostics.push(Diagnostic::new(
                        Code::InvalidArgument,
                        span,
                        Message::new("cli-invalid-date").arg("value", text.clone()),
                    ));
                    manifest_or_today(&loaded)
                }
            },
            None => manifest_or_today(&loaded),
        };
        let (profile, profile_span) = match (&options.profile, &manifest.profile) {
            (Some(profile), _) => (profile.clone(), None),
            (None, Some(profile)) => (profile.value.clone(), Some(profile.span)),
            (None, None) => (DEFAULT_PROFILE.to_owned(), None),
        };
        let profile_span = profile_span.or_else(|| {
            options
                .profile
                .as_ref()
                .map(|p| command_line(&mut loaded, &format!("--profile {p}"), 10))
        });

        let extra_files = workspace_rule_files(&mut loaded, &mut diagnostics);
        let request = LoadRules {
            profile: profile.clone(),
            profile_span,
            extra_files,
        };
        let (rules, rule_diagnostics) = RuleSet::load(&request, &mut loaded.sources);
        diagnostics.extend(rule_diagnostics);

        for id in &options.only_rules {
            if rules.rule(id).is_none() {
                let span = command_line(&mut loaded, &format!("--rule {id}"), 7);
                let suggestion =
                    khung_diag::closest(id, rules.rules().iter().map(|r| r.id.as_str()))
                        .map(|name| Message::new("did-you-mean").arg("name", name.to_owned()));
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnknownRule,
                        span,
                        Message::new("unknown-rule").arg("id", id.clone()),
                    )
                    .with_optional_help(suggestion),
                );
            }
        }
        let baseline = read_baseline(&mut loaded, options.baseline.as_deref(), &mut diagnostics);
        let mut check_options = CheckOptions::new(as_of);
        check_options.lang = lang;
        check_options.only_rules.clone_from(&options.only_rules);
        check_options.overrides.clone_from(&manifest.rule);
        check_options.baseline = baseline;
        let options_at = check_options.clone();
        // Rules over a model that did not load cleanly report the load errors again as
        // `rule-error`s (an owner that is not an agency, a missing key, …), so they run only on
        // a model without load errors; the load errors already fail the run.
        let outcome = if load_failed || options.skip_rules {
            no_check()
        } else {
            check(&loaded.model, &rules, &check_options)
        };
        diagnostics.extend(outcome.diagnostics.iter().cloned());
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        diagnostics.dedup();
        Session {
            loaded,
            rules,
            outcome,
            diagnostics,
            as_of,
            profile,
            lang,
            rules_skipped: load_failed,
            only_rules: options.only_rules.clone(),
            check_options: options_at,
        }
    }

    /// The same check at another date (the to-be side of a gap report).
    pub fn check_at(&self, date: Date) -> CheckOutcome {
        let mut options = self.check_options.clone();
        options.as_of = date;
        check(&self.loaded.model, &self.rules, &options)
    }

    /// The check as the report crate reads it.
    pub fn check_run(&self) -> khung_report::CheckRun<'_> {
        khung_report::CheckRun {
            model: &self.loaded.model,
            sources: &self.loaded.sources,
            rules: &self.rules,
            outcome: &self.outcome,
            diagnostics: &self.diagnostics,
            as_of: self.as_of,
            lang: self.lang,
            only_rules: &self.only_rules,
            tool_version: env!("CARGO_PKG_VERSION"),
        }
    }

    /// The report templates: the built-in ones, overridden by the files of the manifest's
    /// `templates "dir"` (same file names). Unreadable folders are `io-error` diagnostics.
    pub fn templates(&mut self) -> khung_report::Templates {
        let mut templates = khung_report::Templates::builtin();
        let Some(folder) = self.loaded.manifest.templates.clone() else {
            return templates;
        };
        let path = self.loaded.root.join(&folder.value);
        let entries = match std::fs::read_dir(&path) {
            Ok(entries) => entries,
            Err(error) => {
                self.diagnostics.push(Diagnostic::new(
                    Code::IoError,
                    folder.span,
                    Message::new("io-error")
                        .arg("path", folder.value.clone())
                        .arg("reason", "other")
                        .arg("detail", error.to_string()),
                ));
                return templates;
            }
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".tera"))
            .collect();
        names.sort();
        for name in names {
            match std::fs::read_to_string(path.join(&name)) {
                Ok(text) => {
                    let display = format!("{}/{name}", folder.value.trim_end_matches('/'));
                    let file = self
                        .loaded
                        .sources
                        .add(display, text.clone(), Origin::Workspace);
                    templates = templates.with_override(name, text, file);
                }
                Err(error) => self.diagnostics.push(Diagnostic::new(
                    Code::IoError,
                    folder.span,
                    Message::new("io-error")
                        .arg("path", name.clone())
                        .arg("reason", "other")
                        .arg("detail", error.to_string()),
                )),
            }
        }
        templates
    }

    /// Whether any error-severity diagnostic was reported (exit code 2).
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// The outcome when rules are not run: no findings.
fn no_check() -> CheckOutcome {
    CheckOutcome {
        findings: Vec::new(),
        diagnostics: Vec::new(),
        stats: khung_rules::engine::CheckStats::default(),
    }
}

/// One path that is a folder or a `khung.kdl` is a workspace; anything else is single files.
fn load_input(paths: &[PathBuf]) -> LoadInput {
    match paths {
        [] => LoadInput::Workspace(PathBuf::from(".")),
        [single]
            if single.is_dir()
                || single.file_name().and_then(|n| n.to_str()) == Some("khung.kdl") =>
        {
            LoadInput::Workspace(single.clone())
        }
        many => LoadInput::Files(many.to_vec()),
    }
}

fn manifest_or_today(loaded: &Loaded) -> Date {
    loaded
        .manifest
        .as_of
        .as_ref()
        .map_or_else(io::today, |d| d.value)
}

/// A pseudo-file holding a command-line argument, so a diagnostic about it has a span.
fn command_line(loaded: &mut Loaded, text: &str, value_start: usize) -> Span {
    let file = loaded
        .sources
        .add("<command line>", text.to_owned(), Origin::Workspace);
    Span::new(file, value_start.min(text.len()), text.len())
}

/// The files of the manifest's `rules "dir"` folders, as (`<pack>/<file>`, text).
fn workspace_rule_files(
    loaded: &mut Loaded,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for folder in loaded.manifest.rules.clone() {
        let path = loaded.root.join(&folder.value);
        if !path.is_dir() {
            diagnostics.push(Diagnostic::new(
                Code::IoError,
                folder.span,
                Message::new("io-error")
                    .arg("path", folder.value.clone())
                    .arg("reason", "not-found"),
            ));
            continue;
        }
        let (found, errors) = read_kdl_tree(&path);
        files.extend(found);
        for (error_path, reason) in errors {
            diagnostics.push(Diagnostic::new(
                Code::IoError,
                folder.span,
                Message::new("io-error")
                    .arg("path", error_path.display().to_string())
                    .arg("reason", "other")
                    .arg("detail", reason),
            ));
        }
    }
    files
}

fn read_baseline(
    loaded: &mut Loaded,
    flag: Option<&Path>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Baseline> {
    // `shown` is the path as the user wrote it (flag or manifest), for messages.
    let (path, shown, span) = match (flag, &loaded.manifest.baseline) {
        (Some(path), _) => {
            let text = format!("--baseline {}", path.display());
            let span = command_line(loaded, &text, 11);
            (path.to_path_buf(), path.display().to_string(), span)
        }
        (None, Some(name)) => (loaded.root.join(&name.value), name.value.clone(), name.span),
        (None, None) => return None,
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            let reason = match error.kind() {
                std::io::ErrorKind::NotFound => "not-found",
                std::io::ErrorKind::PermissionDenied => "permission-denied",
                std::io::ErrorKind::IsADirectory => "is-a-directory",
                _ => "other",
            };
            diagnostics.push(Diagnostic::new(
                Code::IoError,
                span,
                Message::new("io-error")
                    .arg("path", shown.clone())
                    .arg("reason", reason)
                    .arg("detail", error.to_string()),
            ));
            return None;
        }
    };
    match Baseline::parse(&text) {
        Ok(baseline) => Some(baseline),
        Err(error) => {
            diagnostics.push(Diagnostic::new(
                Code::InvalidArgument,
                span,
                Message::new("cli-invalid-baseline")
                    .arg("path", shown)
                    .arg("detail", error.to_string()),
            ));
            None
        }
    }
}
