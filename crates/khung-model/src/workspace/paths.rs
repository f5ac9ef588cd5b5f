//! Paths: what the input names (a folder, a `khung.kdl`, single files), the project root, and
//! how paths are shown to users.

use std::path::{Path, PathBuf};

use khung_diag::Origin;

use crate::workspace::LoadContext;
use crate::workspace::LoadInput;
use crate::workspace::files::io_error;
use crate::workspace::memory::lexical;
use crate::workspace::vfs::{Vfs, VfsFileKind};

/// The root folder, the manifest to read, and (for single files) the files to load.
pub(crate) type Classified = (PathBuf, Option<PathBuf>, Option<Vec<PathBuf>>);

/// Works out the root folder, the manifest and (for single files) the files to load.
pub(crate) fn classify(context: &mut LoadContext<'_>, input: &LoadInput) -> Option<Classified> {
    match input {
        LoadInput::Files(files) => {
            // The first in sorted order, as the files are loaded sorted.
            let first = files.iter().min()?;
            let root = first
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
            let root = if root.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                root
            };
            Some((root, None, Some(files.clone())))
        }
        LoadInput::Workspace(path) => match context.vfs.metadata(path) {
            Ok(metadata) if metadata.kind == VfsFileKind::Dir => {
                let manifest = path.join("khung.kdl");
                let has_manifest = context
                    .vfs
                    .metadata(&manifest)
                    .is_ok_and(|m| m.kind == VfsFileKind::File);
                Some((path.clone(), has_manifest.then_some(manifest), None))
            }
            Ok(_) => {
                let root = path
                    .parent()
                    .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
                let root = if root.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    root
                };
                if path.file_name().is_some_and(|name| name == "khung.kdl") {
                    Some((root, Some(path.clone()), None))
                } else {
                    Some((root, None, Some(vec![path.clone()])))
                }
            }
            Err(error) => {
                let display = path.display().to_string();
                let file = context
                    .sources
                    .add(display.clone(), String::new(), Origin::Workspace);
                context.diagnostics.push(io_error(file, &display, &error));
                None
            }
        },
    }
}

/// The nearest ancestor-or-self of `canonical_root` holding `.git`, else `canonical_root`.
pub(crate) fn project_root(vfs: &dyn Vfs, canonical_root: &Path) -> PathBuf {
    canonical_root
        .ancestors()
        .find(|folder| vfs.metadata(&folder.join(".git")).is_ok())
        .unwrap_or(canonical_root)
        .to_path_buf()
}

/// `path` relative to `root`, `/`-separated, when it lies inside; else as given.
pub(crate) fn display_relative(root: &Path, path: &Path) -> String {
    let lexical_root = lexical(Path::new("/"), root);
    let lexical_path = lexical(Path::new("/"), path);
    match lexical_path.strip_prefix(&lexical_root) {
        Ok(relative) if !relative.as_os_str().is_empty() => relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"),
        _ => path.to_string_lossy().replace('\\', "/"),
    }
}

/// A manifest folder setting as a relative `/`-separated path (`./rules/` → `rules`).
pub(crate) fn normalise_relative(path: &str) -> String {
    let parts: Vec<&str> = path
        .split(['/', '\\'])
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    parts.join("/")
}
