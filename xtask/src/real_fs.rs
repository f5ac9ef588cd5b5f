//! The real file system behind the model loader's [`Vfs`] seam, for `xtask parse-only
//! --parser model` and the generator's tests (a copy of `khung-cli`'s, which that crate keeps
//! private).

use std::path::{Path, PathBuf};

use khung_model::{Vfs, VfsDirEntry, VfsError, VfsErrorKind, VfsFileKind, VfsMetadata};

/// `std::fs`, read-only.
pub struct RealFs;

fn convert(error: &std::io::Error) -> VfsError {
    let kind = match error.kind() {
        std::io::ErrorKind::NotFound => VfsErrorKind::NotFound,
        std::io::ErrorKind::PermissionDenied => VfsErrorKind::PermissionDenied,
        std::io::ErrorKind::IsADirectory => VfsErrorKind::IsADirectory,
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
            entries.push(VfsDirEntry {
                name: entry.file_name().to_string_lossy().into_owned(),
                is_symlink: entry.file_type().is_ok_and(|t| t.is_symlink()),
            });
        }
        Ok(entries)
    }

    fn canonicalize(&self, path: &Path) -> Result<PathBuf, VfsError> {
        std::fs::canonicalize(path).map_err(|e| convert(&e))
    }
}
