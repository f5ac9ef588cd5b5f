//! The file-system seam: the loader reads files only through [`Vfs`], which `khung-cli`
//! implements over `std::fs` and tests implement with [`crate::MemoryVfs`].

use std::path::{Path, PathBuf};

/// What a path is (after following symbolic links).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VfsFileKind {
    /// A regular file.
    File,
    /// A directory.
    Dir,
    /// Anything else (a device, a socket, …).
    Other,
}

/// Facts about a path, following symbolic links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VfsMetadata {
    /// File, directory or other.
    pub kind: VfsFileKind,
    /// Size in bytes (of a file; anything for a directory).
    pub len: u64,
}

/// One entry of a directory listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VfsDirEntry {
    /// The entry's file name (no separators).
    pub name: String,
    /// Whether the entry itself is a symbolic link (the loader then checks where it leads).
    pub is_symlink: bool,
}

/// Why a file-system operation failed, as far as the loader cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VfsErrorKind {
    /// The path does not exist (or vanished).
    NotFound,
    /// Permission denied.
    PermissionDenied,
    /// A file was expected and this is a directory.
    IsADirectory,
    /// Too many levels of symbolic links (`ELOOP`).
    SymlinkLoop,
    /// Anything else.
    Other,
}

impl VfsErrorKind {
    /// The key passed to the `io-error` message (`not-found`, `permission-denied`, …).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            VfsErrorKind::NotFound => "not-found",
            VfsErrorKind::PermissionDenied => "permission-denied",
            VfsErrorKind::IsADirectory => "is-a-directory",
            VfsErrorKind::SymlinkLoop => "symlink-loop",
            VfsErrorKind::Other => "other",
        }
    }
}

/// A failed file-system operation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{detail}")]
pub struct VfsError {
    /// The kind of failure.
    pub kind: VfsErrorKind,
    /// The operating system's description (shown for [`VfsErrorKind::Other`]).
    pub detail: String,
}

impl VfsError {
    /// An error of `kind` with a description.
    #[must_use]
    pub fn new(kind: VfsErrorKind, detail: impl Into<String>) -> VfsError {
        VfsError {
            kind,
            detail: detail.into(),
        }
    }
}

/// Read-only access to a file system. Paths passed in are those the caller gave (joined with
/// names from [`Vfs::read_dir`]); implementations need not normalise them.
pub trait Vfs {
    /// Facts about `path`, following symbolic links.
    ///
    /// # Errors
    /// When the path does not exist or cannot be examined.
    fn metadata(&self, path: &Path) -> Result<VfsMetadata, VfsError>;

    /// The whole content of the file at `path`.
    ///
    /// # Errors
    /// When the file cannot be read.
    fn read(&self, path: &Path) -> Result<Vec<u8>, VfsError>;

    /// The entries of the directory at `path`, in any order (the loader sorts).
    ///
    /// # Errors
    /// When the directory cannot be listed.
    fn read_dir(&self, path: &Path) -> Result<Vec<VfsDirEntry>, VfsError>;

    /// The absolute path with every symbolic link, `.` and `..` resolved.
    ///
    /// # Errors
    /// When the path does not exist or a link cannot be followed.
    fn canonicalize(&self, path: &Path) -> Result<PathBuf, VfsError>;
}
