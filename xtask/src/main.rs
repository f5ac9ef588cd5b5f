//! `cargo xtask <task>`: project automation.
//!
//! - `codegen [--check]`: writes the generated pages of the book (rule reference, built-in
//!   functions, diagnostic codes, CLI reference); `--check` fails when a page is out of date.
//! - `gen-model [--provinces N --ministries N --systems N --flows N --violations N --seed N
//!   --out DIR]`: writes a synthetic national-scale model (see `bench/README.md`).
//! - `parse-only [--parser kdl|khung|model] DIR`: only parses (or only loads) every `.kdl`
//!   file under DIR (the benchmark baselines).

#![expect(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "xtask is a command-line tool"
)]

mod codegen;
mod gen_model;
mod parse_only;

use std::path::{Path, PathBuf};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("codegen") => {
            let check = args.iter().any(|a| a == "--check");
            let root = repository_root();
            let stale = codegen::run(&root, check)?;
            if check && !stale.is_empty() {
                for path in &stale {
                    eprintln!("out of date: {}", path.display());
                }
                anyhow::bail!("generated docs are out of date: run `cargo xtask codegen`");
            }
            if !check {
                println!("wrote {} generated pages", codegen::pages()?.len());
            }
            Ok(())
        }
        Some("gen-model") => {
            println!("{}", gen_model::run(&args[1..])?);
            Ok(())
        }
        Some("parse-only") => {
            println!("{}", parse_only::run(&args[1..])?);
            Ok(())
        }
        other => anyhow::bail!(
            "unknown task `{}`; tasks: codegen [--check], gen-model, parse-only",
            other.unwrap_or("")
        ),
    }
}

/// The repository root (the parent of `xtask/`).
pub fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
