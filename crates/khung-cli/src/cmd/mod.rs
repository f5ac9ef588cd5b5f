//! One module per command.

pub mod check;
pub mod diff;
pub mod render;
pub mod report;
pub mod rules;

use std::io::Write;
use std::path::Path;

use khung_diag::{Diagnostic, Lang, Message, SourceMap};

use crate::output::human;
use crate::output::item::Item;

use crate::exit;

/// What a command produced: its exit code and text for stderr (problems writing the output).
pub struct Outcome {
    /// The process exit code.
    pub code: u8,
    /// Text for standard error.
    pub stderr: String,
}

impl Outcome {
    /// An output file could not be written.
    pub fn io_failure(path: &Path, error: &std::io::Error, lang: Lang) -> Outcome {
        Outcome {
            code: exit::INVALID,
            stderr: Message::new("cli-write-failed")
                .arg("path", path.display().to_string())
                .arg("reason", error.to_string())
                .render(lang)
                + "\n",
        }
    }
}

/// Writes a command's output to `--output FILE` (atomically) or standard output.
pub fn emit(text: &str, output: Option<&Path>, lang: Lang) -> Outcome {
    let ok = Outcome {
        code: exit::OK,
        stderr: String::new(),
    };
    match output {
        Some(path) => match crate::io::write_atomic(path, text.as_bytes()) {
            Ok(()) => ok,
            Err(error) => Outcome::io_failure(path, &error, lang),
        },
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`khung check | head`) is not an error worth a message.
            let _ = stdout.write_all(text.as_bytes());
            let _ = stdout.flush();
            ok
        }
    }
}

/// The command cannot go on: prints the diagnostics (human format, no colour) on stderr and
/// exits 2.
pub fn fail_with(diagnostics: &[Diagnostic], sources: &SourceMap, lang: Lang) -> Outcome {
    let items: Vec<Item> = diagnostics
        .iter()
        .map(|d| Item::from_diagnostic(d, lang))
        .collect();
    Outcome {
        code: exit::INVALID,
        stderr: human::render_items(&items, sources, false),
    }
}
