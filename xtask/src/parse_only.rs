//! `xtask parse-only [--parser kdl|khung|model] DIR`: reads and parses every `.kdl` file under
//! DIR and nothing else, the baseline `bench/run.sh` compares `khung check` with. `kdl` is the
//! official crate (`KdlDocument::parse_v2`), `khung` is khung's own parser (`khung_kdl::parse`,
//! with the loader's default depth limit); both run on one thread, file after file. `model`
//! is the whole model loader (`khung_model::load_workspace` of DIR: reading, parsing, lowering,
//! merging, resolution and the graph, without the rules), to time the loader on its own.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// Which parser to time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parser {
    Kdl,
    Khung,
    Model,
}

/// What was parsed.
#[derive(Debug, Default)]
struct Totals {
    files: usize,
    bytes: usize,
    nodes: usize,
    failed: usize,
}

/// Runs the task; returns the line to print.
pub fn run(args: &[String]) -> anyhow::Result<String> {
    let mut parser = Parser::Kdl;
    let mut folder: Option<PathBuf> = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--parser" => {
                parser = match iter.next().map(String::as_str) {
                    Some("kdl") => Parser::Kdl,
                    Some("khung") => Parser::Khung,
                    Some("model") => Parser::Model,
                    other => bail!("--parser must be `kdl`, `khung` or `model`, not {other:?}"),
                }
            }
            path if folder.is_none() => folder = Some(PathBuf::from(path)),
            other => bail!("unexpected argument `{other}`"),
        }
    }
    let Some(folder) = folder else {
        bail!("usage: xtask parse-only [--parser kdl|khung|model] DIR");
    };
    if parser == Parser::Model {
        return load_model(&folder);
    }
    let mut files = Vec::new();
    collect(&folder, &mut files)?;
    files.sort();
    let mut totals = Totals::default();
    for path in &files {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        totals.files += 1;
        totals.bytes += text.len();
        match parser {
            Parser::Kdl => match kdl::KdlDocument::parse_v2(&text) {
                Ok(document) => totals.nodes += document.nodes().len(),
                Err(_) => totals.failed += 1,
            },
            Parser::Model => {}
            Parser::Khung => {
                let options = khung_kdl::ParseOptions {
                    max_depth: khung_model::DEFAULT_MAX_DEPTH,
                };
                let (document, errors) =
                    khung_kdl::parse(khung_diag::FileId::DETACHED, &text, &options);
                totals.nodes += document.nodes().len();
                totals.failed += usize::from(!errors.is_empty());
            }
        }
    }
    let name = match parser {
        Parser::Kdl => "kdl",
        Parser::Khung | Parser::Model => "khung-kdl",
    };
    if totals.failed > 0 {
        bail!(
            "{name}: {} of {} files did not parse",
            totals.failed,
            totals.files
        );
    }
    Ok(format!(
        "{name}: parsed {} files, {} bytes, {} top-level nodes",
        totals.files, totals.bytes, totals.nodes
    ))
}

/// Loads DIR as a workspace; any error diagnostic fails (a benchmark model must be valid).
fn load_model(folder: &Path) -> anyhow::Result<String> {
    let loaded = khung_model::load_workspace(
        &khung_cli::fs::RealFs,
        &khung_model::LoadInput::Workspace(folder.to_path_buf()),
        &khung_model::LoadOptions::default(),
    );
    if !loaded.diagnostics.is_empty() {
        bail!(
            "the model has {} load diagnostics (first: {:?})",
            loaded.diagnostics.len(),
            loaded.diagnostics.first().map(|d| d.code)
        );
    }
    Ok(format!(
        "khung-model: loaded {} files, {} elements, {} graph edges",
        loaded.sources.iter().count(),
        loaded.model.element_count(),
        loaded.graph.graph().edge_count()
    ))
}

/// Every `.kdl` file below `folder` (not following links).
fn collect(folder: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut stack = vec![folder.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in
            std::fs::read_dir(&current).with_context(|| format!("listing {}", current.display()))?
        {
            let entry = entry?;
            let kind = entry.file_type()?;
            let path = entry.path();
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() && path.extension().is_some_and(|e| e == "kdl") {
                out.push(path);
            }
        }
    }
    Ok(())
}
