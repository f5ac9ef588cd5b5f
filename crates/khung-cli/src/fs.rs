//! The real file system behind the model loader's [`Vfs`] seam.

use std::path::{Path, PathBuf};

use khung_model::{Vfs, VfsDirEntry, VfsError, VfsErrorKind, VfsFileKind, VfsMetadata};

/// `std::fs`, read-only.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealFs;

fn convert(error: &std::io::Error) -> VfsError {
    use std::io::ErrorKind;
    let kind = match error.kind() {
        ErrorKind::NotFound => VfsErrorKind::NotFound,
        ErrorKind::PermissionDenied => VfsErrorKind::PermissionDenied,
        ErrorKind::IsADirectory => VfsErrorKind::IsADirectory,
        // ELOOP has no stable ErrorKind; recognise it by the OS error number (40 on Linux,
        // 62 on macOS and the BSDs).
        _ if matches!(error.raw_os_error(), Some(40 | 62)) => VfsErrorKind::SymlinkLoop,
        _ => VfsErrorKind::Other,
    };
    VfsError::new(kind, error.to_string())
}

impl Vfs for RealFs {
    fn metadata(&self, path: &Path) -> Result<VfsMetadata, VfsError> {
        let metadata = std::fs::metadata(path).map_err(|e| convert(&e))?;
        let kind = if metadata.is_file() {
            VfsFileKind::File
        } else if metadata.is_dir() {
            VfsFileKind::Dir
        } else {
            VfsFileKind::Other
        };
        Ok(VfsMetadata {
            kind,
            len: metadata.len(),
        })
    }

    fn read(&self, path: &Path) -> Result<Vec<u8>, VfsError> {
        std::fs::read(path).map_err(|e| convert(&e))
    }

    fn read_dir(&self, path: &Path) -> Result<Vec<VfsDirEntry>, VfsError> {
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(path).map_err(|e| convert(&e))? {
            let entry = entry.map_err(|e| convert(&e))?;
            let is_symlink = entry.file_type().map(|t| t.is_symlink()).unwrap_or(false);
            entries.push(VfsDirEntry {
                name: entry.file_name().to_string_lossy().into_owned(),
                is_symlink,
            });
        }
        Ok(entries)
    }

    fn canonicalize(&self, path: &Path) -> Result<PathBuf, VfsError> {
        std::fs::canonicalize(path).map_err(|e| convert(&e))
    }
}

/// Files read from a folder, as (relative path, text).
pub type ReadFiles = Vec<(String, String)>;

/// Paths that could not be read, with the reason.
pub type ReadErrors = Vec<(PathBuf, String)>;

/// Every `.kdl` file below `folder`, as (path relative to `folder` with `/` separators, text),
/// sorted. Unreadable entries are returned as errors with their path, for the caller to report.
pub fn read_kdl_tree(folder: &Path) -> (ReadFiles, ReadErrors) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for entry in walkdir::WalkDir::new(folder).sort_by_file_name() {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                if !entry.file_type().is_file()
                    || path.extension().and_then(|e| e.to_str()) != Some("kdl")
                {
                    continue;
                }
                let relative = path
                    .strip_prefix(folder)
                    .unwrap_or(path)
                    .to_string_lossy()
                    .replace('\\', "/");
                match std::fs::read_to_string(path) {
                    Ok(text) => files.push((relative, text)),
                    Err(error) => errors.push((path.to_path_buf(), error.to_string())),
                }
            }
            Err(error) => {
                let path = error.path().map(Path::to_path_buf).unwrap_or_default();
                errors.push((path, error.to_string()));
            }
        }
    }
    (files, errors)
}
