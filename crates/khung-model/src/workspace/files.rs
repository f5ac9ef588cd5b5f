//! Reading one file through the [`Vfs`]: the size limit (before reading), IO errors, UTF-8,
//! then parsing with the depth limit. Every file that is attempted gets a [`SourceMap`] entry
//! (empty when unreadable) so that its diagnostics have a place to point at.
//!
//! Reading ([`read_text`], through the `Vfs`, which is not `Sync`) and parsing
//! ([`parse_source`], a pure function of the text) are separate, so the loader can read every
//! file in order and then parse and lower them in parallel.

use std::path::Path;

use khung_diag::{Code, Diagnostic, FileId, Message, Origin, SourceMap, Span};
use khung_kdl::{Document, ParseOptions};

use crate::workspace::LoadOptions;
use crate::workspace::vfs::{Vfs, VfsError, VfsErrorKind, VfsFileKind};

/// A file that was read and parsed.
pub(crate) struct ParsedFile {
    pub(crate) file: FileId,
    pub(crate) document: Document,
    /// Offsets of the file's syntax errors (lowering stays quiet about damaged nodes).
    pub(crate) syntax_errors: Vec<u32>,
}

/// Reads and parses `path`, shown to users as `display`. `None` when nothing could be read
/// (the reason is in `diagnostics`).
pub(crate) fn read_and_parse(
    vfs: &dyn Vfs,
    path: &Path,
    display: &str,
    origin: &Origin,
    options: &LoadOptions,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<ParsedFile> {
    let text = read_text(vfs, path, display, origin, options, sources, diagnostics)?;
    Some(parse_text(
        text,
        display,
        origin,
        options,
        sources,
        diagnostics,
    ))
}

/// Adds text that is already in memory (the embedded reference model, snippets) to `sources`
/// and parses it.
pub(crate) fn parse_text(
    text: String,
    display: &str,
    origin: &Origin,
    options: &LoadOptions,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> ParsedFile {
    let file = sources.add(display, text, origin.clone());
    let text = sources.get(file).map_or("", |source| source.text.as_str());
    parse_source(file, text, options, diagnostics)
}

/// Parses the text of `file` (already in the source map) with the depth limit; its syntax
/// errors go to `diagnostics`. Touches nothing else, so files can be parsed in parallel.
pub(crate) fn parse_source(
    file: FileId,
    text: &str,
    options: &LoadOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> ParsedFile {
    let parse_options = ParseOptions {
        max_depth: options.max_depth,
    };
    let (document, parse_diagnostics) = khung_kdl::parse(file, text, &parse_options);
    let syntax_errors = parse_diagnostics
        .iter()
        .filter_map(|d| d.primary_span().map(|span| span.start))
        .collect();
    diagnostics.extend(parse_diagnostics);
    ParsedFile {
        file,
        document,
        syntax_errors,
    }
}

/// Reads `path` (shown to users as `display`) as UTF-8 text: the size limit first, then the
/// bytes, then UTF-8. `None` when nothing could be read; the reason is in `diagnostics`, with
/// a pseudo-file in `sources` to point at.
pub(crate) fn read_text(
    vfs: &dyn Vfs,
    path: &Path,
    display: &str,
    origin: &Origin,
    options: &LoadOptions,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    let metadata = match vfs.metadata(path) {
        Ok(metadata) => metadata,
        Err(error) => {
            let file = sources.add(display, String::new(), origin.clone());
            diagnostics.push(io_error(file, display, &error));
            return None;
        }
    };
    if metadata.kind == VfsFileKind::Dir {
        let file = sources.add(display, String::new(), origin.clone());
        let error = VfsError::new(VfsErrorKind::IsADirectory, "is a directory");
        diagnostics.push(io_error(file, display, &error));
        return None;
    }
    // The limit is checked before reading, so a huge file is never loaded into memory.
    if metadata.len > options.max_file_size {
        let file = sources.add(display, String::new(), origin.clone());
        diagnostics.push(too_large(
            file,
            display,
            metadata.len,
            options.max_file_size,
        ));
        return None;
    }
    let bytes = match vfs.read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let file = sources.add(display, String::new(), origin.clone());
            diagnostics.push(io_error(file, display, &error));
            return None;
        }
    };
    // The file may have grown between the two calls.
    if bytes.len() as u64 > options.max_file_size {
        let file = sources.add(display, String::new(), origin.clone());
        diagnostics.push(too_large(
            file,
            display,
            bytes.len() as u64,
            options.max_file_size,
        ));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let file = sources.add(display, String::new(), origin.clone());
            diagnostics.push(Diagnostic::new(
                Code::NotUtf8,
                Span::file_start(file),
                Message::new("not-utf8")
                    .arg("path", display.to_owned())
                    .arg("offset", offset.to_string()),
            ));
            None
        }
    }
}

/// `io-error` for `display`, with the failure kind (and the system's text for other failures).
pub(crate) fn io_error(file: FileId, display: &str, error: &VfsError) -> Diagnostic {
    Diagnostic::new(
        Code::IoError,
        Span::file_start(file),
        Message::new("io-error")
            .arg("path", display.to_owned())
            .arg("reason", error.kind.as_str())
            .arg("detail", error.detail.clone()),
    )
}

fn too_large(file: FileId, display: &str, size: u64, limit: u64) -> Diagnostic {
    Diagnostic::new(
        Code::TooLarge,
        Span::file_start(file),
        Message::new("too-large")
            .arg("path", display.to_owned())
            .arg("size", size.to_string())
            .arg("limit", limit.to_string()),
    )
}
