//! The `khung` command-line tool as a library: the binary's `main` calls [`run`]; `xtask`
//! reads [`cli::Cli`] to generate the CLI reference.
//!
//! This is the only crate that touches the file system, the terminal and the clock.

#![expect(
    clippy::print_stderr,
    reason = "the CLI is the one crate that writes to the terminal"
)]

pub mod cli;
mod cmd;
mod exit;
pub mod fs;
mod io;
mod output;
mod session;

use std::process::ExitCode;

use clap::Parser;

/// Parses the command line, runs the command and returns the process exit code
/// (0 clean, 1 findings, 2 invalid input, 3 internal error).
#[must_use]
pub fn run() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() {
                exit::INVALID
            } else {
                exit::OK
            });
        }
    };
    let result = std::panic::catch_unwind(|| dispatch(&cli));
    match result {
        Ok(outcome) => {
            if !outcome.stderr.is_empty() {
                eprint!("{}", outcome.stderr);
            }
            ExitCode::from(outcome.code)
        }
        // A panic is a bug in khung: the default hook has printed it; exit 3 as documented.
        Err(_) => ExitCode::from(exit::INTERNAL),
    }
}

fn dispatch(cli: &cli::Cli) -> cmd::Outcome {
    match &cli.command {
        cli::Command::Check(args) => cmd::check::run(args, &cli.global),
        cli::Command::Rules(args) => cmd::rules::run(args, &cli.global),
        cli::Command::Render(args) => cmd::render::run(args, &cli.global),
        cli::Command::Report(args) => cmd::report::run(args, &cli.global),
        cli::Command::Diff(args) => cmd::diff::run(args, &cli.global),
    }
}
