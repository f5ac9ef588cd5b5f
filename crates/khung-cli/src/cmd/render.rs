//! `khung render`: draw views of a model as SVG (built-in layout), DOT, Mermaid or PlantUML.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::process::{Command, Stdio};

use khung_diag::{Diagnostic, Lang, Message};
use khung_diagram::{Format, RenderOptions, ViewInputs, ViewSpec, build_view, render};

use crate::cli::{Engine, GlobalArgs, RenderArgs};
use crate::exit;
use crate::session::{Session, SessionOptions};

use super::{Outcome, emit, fail_with};

/// Runs `khung render`.
pub fn run(args: &RenderArgs, global: &GlobalArgs) -> Outcome {
    let session = Session::run(&SessionOptions {
        paths: vec![args.path.clone()],
        as_of: args.as_of.clone(),
        profile: args.profile.clone(),
        lang: global.lang.map(Into::into),
        // Diagrams need the model and the minimum levels, not the findings.
        skip_rules: true,
        ..SessionOptions::default()
    });
    let lang = session.lang;
    if session.has_errors() {
        return fail_with(&session.diagnostics, &session.loaded.sources, lang);
    }
    let format: Format = args.format.into();
    if args.engine == Engine::Graphviz && format != Format::Svg {
        return argument_failure("cli-graphviz-svg-only", lang);
    }
    let to_be = match &args.to_be {
        Some(text) => match khung_model::parse_iso_date(text) {
            Some(date) => Some(date),
            None => {
                let message = Message::new("cli-invalid-date").arg("value", text.clone());
                return Outcome {
                    code: exit::INVALID,
                    stderr: message.render(lang) + "\n",
                };
            }
        },
        None => None,
    };
    let inputs = ViewInputs {
        as_of: session.as_of,
        to_be,
        min_level: min_levels(&session),
    };
    let model = &session.loaded.model;

    if args.view == "all" {
        let Some(folder) = &args.output else {
            return argument_failure("cli-render-all-needs-output", lang);
        };
        if let Err(error) = std::fs::create_dir_all(folder) {
            return Outcome::io_failure(folder, &error, lang);
        }
        let specs = ViewSpec::all(model, session.as_of);
        let progress = progress_bar(specs.len(), global.quiet);
        for spec in specs {
            let path = folder.join(format!("{}.{}", spec.file_stem(), format.extension()));
            progress.set_message(spec.name());
            let text = match draw(model, &spec, &inputs, lang, format, args.engine) {
                Ok(text) => text,
                Err(outcome) => return outcome,
            };
            if let Err(error) = crate::io::write_atomic(&path, text.as_bytes()) {
                return Outcome::io_failure(&path, &error, lang);
            }
            progress.inc(1);
        }
        progress.finish_and_clear();
        return Outcome {
            code: exit::OK,
            stderr: String::new(),
        };
    }

    let spec = match ViewSpec::parse(&args.view) {
        Ok(spec) => spec,
        Err(diagnostic) => return fail_with(&[diagnostic], &session.loaded.sources, lang),
    };
    match draw(model, &spec, &inputs, lang, format, args.engine) {
        Ok(text) => emit(&text, args.output.as_deref(), lang),
        Err(outcome) => outcome,
    }
}

/// The minimum level of every workspace system that exists at as-of, for the security view
/// (computed once over one index).
fn min_levels(session: &Session) -> BTreeMap<String, u8> {
    khung_report::min_levels(&session.loaded.model, &session.profile, session.as_of)
        .into_iter()
        .map(|(id, level)| (id, u8::try_from(level).unwrap_or(0)))
        .collect()
}

fn draw(
    model: &khung_model::Model,
    spec: &ViewSpec,
    inputs: &ViewInputs,
    lang: Lang,
    format: Format,
    engine: Engine,
) -> Result<String, Outcome> {
    let view = build_view(model, spec, inputs, lang).map_err(|diagnostic: Diagnostic| {
        fail_with(&[diagnostic], &khung_diag::SourceMap::new(), lang)
    })?;
    let options = RenderOptions {
        id_prefix: spec.file_stem(),
    };
    match engine {
        Engine::Builtin => Ok(render(&view, format, &options)),
        Engine::Graphviz => graphviz(&render(&view, Format::Dot, &options), lang),
    }
}

/// Lays the DOT text out with Graphviz's `dot -Tsvg`.
fn graphviz(dot: &str, lang: Lang) -> Result<String, Outcome> {
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(_) => return Err(argument_failure("cli-graphviz-missing", lang)),
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(dot.as_bytes());
    }
    match child.wait_with_output() {
        Ok(output) if output.status.success() => {
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        }
        Ok(output) => Err(Outcome {
            code: exit::INVALID,
            stderr: Message::new("cli-graphviz-failed")
                .arg(
                    "detail",
                    String::from_utf8_lossy(&output.stderr).trim().to_owned(),
                )
                .render(lang)
                + "\n",
        }),
        Err(_) => Err(argument_failure("cli-graphviz-missing", lang)),
    }
}

fn argument_failure(id: &'static str, lang: Lang) -> Outcome {
    Outcome {
        code: exit::INVALID,
        stderr: Message::new(id).render(lang) + "\n",
    }
}

/// A progress bar on a terminal; hidden when piped or `--quiet`.
fn progress_bar(total: usize, quiet: bool) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(u64::try_from(total).unwrap_or(0));
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    bar
}
