//! Finding the model files of a folder: walk it (no recursion, so any depth is fine), keep the
//! files that match `include` and not `exclude`, report directories named like model files,
//! links that lead back to a folder already walked (`symlink-loop`) and links that lead out of
//! the folder (`include-outside-root`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use khung_diag::{Code, Diagnostic, Message, Origin, SourceMap, Span, Spanned};

use crate::workspace::files::io_error;
use crate::workspace::vfs::{Vfs, VfsError, VfsErrorKind, VfsFileKind};

/// One model folder to walk (the workspace, or an imported model).
pub(crate) struct FolderSpec<'a> {
    /// The folder as given (joined with names while walking).
    pub(crate) root: &'a Path,
    /// Its canonical path (to keep links inside it).
    pub(crate) canonical_root: &'a Path,
    /// `include` globs (empty: every `*.kdl`).
    pub(crate) include: &'a [Spanned<String>],
    /// `exclude` globs.
    pub(crate) exclude: &'a [Spanned<String>],
    /// Folders (relative, `/`-separated) never walked: those named by `rules` and `import`.
    pub(crate) pruned: Vec<String>,
    /// How files are shown: `prefix` + relative path (`""`, `import:<name>/`).
    pub(crate) display_prefix: String,
    /// Origin of the diagnostics' pseudo-files.
    pub(crate) origin: Origin,
}

/// A model file found in a folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct FoundFile {
    /// Path relative to the folder, `/`-separated (the sort key).
    pub(crate) relative: String,
    /// The path to read.
    pub(crate) path: PathBuf,
}

/// Walks the folder and returns its model files sorted by relative path.
pub(crate) fn discover(
    vfs: &dyn Vfs,
    spec: &FolderSpec<'_>,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<FoundFile> {
    let default_include = [Spanned::new(
        "**/*.kdl".to_owned(),
        Span::file_start(khung_diag::FileId::DETACHED),
    )];
    let include_patterns = if spec.include.is_empty() {
        &default_include[..]
    } else {
        spec.include
    };
    let include = build_globs(include_patterns, true, diagnostics);
    let exclude = build_globs(spec.exclude, false, diagnostics);
    let mut found = Vec::new();
    let mut visited: BTreeSet<PathBuf> = BTreeSet::new();
    visited.insert(spec.canonical_root.to_path_buf());
    // (path to list, relative path, `/`-terminated unless empty)
    let mut stack: Vec<(PathBuf, String)> = vec![(spec.root.to_path_buf(), String::new())];
    let mut pseudo = |sources: &mut SourceMap, relative: &str| {
        sources.add(
            format!("{}{relative}", spec.display_prefix),
            String::new(),
            spec.origin.clone(),
        )
    };
    // Linked folders wait until every real folder has been walked, so that a link, not the
    // folder it points at, is what gets reported when both lead to the same place.
    let mut linked: Vec<(PathBuf, String)> = Vec::new();
    loop {
        let Some((folder, relative_folder)) = stack.pop() else {
            if linked.is_empty() {
                break;
            }
            let (path, relative) = linked.remove(0);
            match vfs.canonicalize(&path) {
                Ok(canonical) if !canonical.starts_with(spec.canonical_root) => {
                    let file = pseudo(sources, &relative);
                    diagnostics.push(outside_root(
                        file,
                        &format!("{}{relative}", spec.display_prefix),
                    ));
                }
                Ok(canonical) if !visited.insert(canonical.clone()) => {
                    let file = pseudo(sources, &relative);
                    diagnostics.push(Diagnostic::new(
                        Code::SymlinkLoop,
                        Span::file_start(file),
                        Message::new("symlink-loop")
                            .arg("path", format!("{}{relative}", spec.display_prefix)),
                    ));
                }
                Ok(_) => stack.push((path, format!("{relative}/"))),
                Err(error) => report_unreadable(
                    &error,
                    true,
                    &relative,
                    spec,
                    &mut pseudo,
                    sources,
                    diagnostics,
                ),
            }
            continue;
        };
        let mut entries = match vfs.read_dir(&folder) {
            Ok(entries) => entries,
            Err(error) => {
                let shown = if relative_folder.is_empty() {
                    "."
                } else {
                    relative_folder.as_str()
                };
                let file = pseudo(sources, shown);
                diagnostics.push(io_error(
                    file,
                    &format!("{}{shown}", spec.display_prefix),
                    &error,
                ));
                continue;
            }
        };
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        let mut subfolders = Vec::new();
        for entry in entries {
            let path = folder.join(&entry.name);
            let relative = format!("{relative_folder}{}", entry.name);
            let selected = include.is_match(&relative)
                && !exclude.is_match(&relative)
                && relative != "khung.kdl";
            let metadata = match vfs.metadata(&path) {
                Ok(metadata) => metadata,
                Err(error) => {
                    report_unreadable(
                        &error,
                        selected,
                        &relative,
                        spec,
                        &mut pseudo,
                        sources,
                        diagnostics,
                    );
                    continue;
                }
            };
            match metadata.kind {
                VfsFileKind::Dir => {
                    if entry.name == ".git" || spec.pruned.contains(&relative) {
                        continue;
                    }
                    if selected {
                        let file = pseudo(sources, &relative);
                        let error = VfsError::new(VfsErrorKind::IsADirectory, "is a directory");
                        diagnostics.push(io_error(
                            file,
                            &format!("{}{relative}", spec.display_prefix),
                            &error,
                        ));
                    }
                    if entry.is_symlink {
                        linked.push((path, relative));
                        continue;
                    }
                    let canonical = match vfs.canonicalize(&path) {
                        Ok(canonical) => canonical,
                        Err(error) => {
                            report_unreadable(
                                &error,
                                true,
                                &relative,
                                spec,
                                &mut pseudo,
                                sources,
                                diagnostics,
                            );
                            continue;
                        }
                    };
                    if !visited.insert(canonical) {
                        let file = pseudo(sources, &relative);
                        diagnostics.push(Diagnostic::new(
                            Code::SymlinkLoop,
                            Span::file_start(file),
                            Message::new("symlink-loop")
                                .arg("path", format!("{}{relative}", spec.display_prefix)),
                        ));
                        continue;
                    }
                    subfolders.push((path, format!("{relative}/")));
                }
                VfsFileKind::File | VfsFileKind::Other => {
                    if !selected {
                        continue;
                    }
                    if entry.is_symlink {
                        match vfs.canonicalize(&path) {
                            Ok(canonical) if canonical.starts_with(spec.canonical_root) => {}
                            Ok(_) => {
                                let file = pseudo(sources, &relative);
                                diagnostics.push(outside_root(
                                    file,
                                    &format!("{}{relative}", spec.display_prefix),
                                ));
                                continue;
                            }
                            Err(error) => {
                                report_unreadable(
                                    &error,
                                    true,
                                    &relative,
                                    spec,
                                    &mut pseudo,
                                    sources,
                                    diagnostics,
                                );
                                continue;
                            }
                        }
                    }
                    found.push(FoundFile { relative, path });
                }
            }
        }
        // Pushed in reverse so folders are walked in name order (the result is sorted anyway).
        stack.extend(subfolders.into_iter().rev());
    }
    found.sort();
    found
}

fn report_unreadable(
    error: &VfsError,
    selected: bool,
    relative: &str,
    spec: &FolderSpec<'_>,
    pseudo: &mut impl FnMut(&mut SourceMap, &str) -> khung_diag::FileId,
    sources: &mut SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let shown = format!("{}{relative}", spec.display_prefix);
    if error.kind == VfsErrorKind::SymlinkLoop {
        let file = pseudo(sources, relative);
        diagnostics.push(Diagnostic::new(
            Code::SymlinkLoop,
            Span::file_start(file),
            Message::new("symlink-loop").arg("path", shown),
        ));
    } else if selected {
        // A broken link or vanished entry that would have been a model file.
        let file = pseudo(sources, relative);
        diagnostics.push(io_error(file, &shown, error));
    }
}

/// `include-outside-root` for `display`.
pub(crate) fn outside_root(file: khung_diag::FileId, display: &str) -> Diagnostic {
    Diagnostic::new(
        Code::IncludeOutsideRoot,
        Span::file_start(file),
        Message::new("include-outside-root").arg("path", display.to_owned()),
    )
}

/// Whether a glob could match outside the folder (absolute, or with a `..` component).
fn escapes_root(pattern: &str) -> bool {
    pattern.starts_with('/')
        || pattern.starts_with('\\')
        || pattern.split(['/', '\\']).any(|part| part == "..")
}

fn build_globs(
    patterns: &[Spanned<String>],
    is_include: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> GlobSet {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        if is_include && escapes_root(&pattern.value) {
            diagnostics.push(Diagnostic::new(
                Code::IncludeOutsideRoot,
                pattern.span,
                Message::new("include-outside-root").arg("path", pattern.value.clone()),
            ));
            continue;
        }
        match GlobBuilder::new(&pattern.value)
            .literal_separator(true)
            .build()
        {
            Ok(glob) => {
                builder.add(glob);
            }
            Err(_) => diagnostics.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    pattern.span,
                    Message::new("invalid-value")
                        .arg("value", format!("{:?}", pattern.value))
                        .arg("name", if is_include { "include" } else { "exclude" }),
                )
                .with_help(Message::new("glob-syntax")),
            ),
        }
    }
    builder.build().unwrap_or_else(|_| GlobSet::empty())
}
