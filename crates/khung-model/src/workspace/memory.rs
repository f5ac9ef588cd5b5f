//! [`MemoryVfs`]: an in-memory file system for tests (of this crate and of others).

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use crate::workspace::vfs::{Vfs, VfsDirEntry, VfsError, VfsErrorKind, VfsFileKind, VfsMetadata};

/// Symbolic links followed while resolving one path before giving up (as `ELOOP` does).
const MAX_LINK_HOPS: usize = 40;

#[derive(Debug, Clone)]
enum MemoryEntry {
    File(Vec<u8>),
    /// A file whose size is known but whose content must not be read (size-limit tests).
    Sparse(u64),
    Dir,
    Symlink(PathBuf),
    /// Exists but cannot be read (permission denied).
    Unreadable,
}

/// An in-memory file system. Paths are absolute (`/ws/a.kdl`; a relative path is taken from
/// `/`); adding an entry creates its parent directories.
#[derive(Debug, Clone, Default)]
pub struct MemoryVfs {
    entries: BTreeMap<PathBuf, MemoryEntry>,
}

impl MemoryVfs {
    /// An empty file system (only `/`).
    #[must_use]
    pub fn new() -> MemoryVfs {
        let mut vfs = MemoryVfs::default();
        vfs.entries.insert(PathBuf::from("/"), MemoryEntry::Dir);
        vfs
    }

    /// Adds (or replaces) a file.
    pub fn add_file(&mut self, path: impl AsRef<Path>, content: impl Into<Vec<u8>>) -> &mut Self {
        self.insert(path.as_ref(), MemoryEntry::File(content.into()))
    }

    /// Adds a file of `len` bytes whose content cannot be read (reading it is an error), to
    /// check that size limits are applied before reading.
    pub fn add_sparse_file(&mut self, path: impl AsRef<Path>, len: u64) -> &mut Self {
        self.insert(path.as_ref(), MemoryEntry::Sparse(len))
    }

    /// Adds an empty directory.
    pub fn add_dir(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.insert(path.as_ref(), MemoryEntry::Dir)
    }

    /// Adds a symbolic link at `path` pointing at `target` (absolute, or relative to the
    /// link's folder).
    pub fn add_symlink(&mut self, path: impl AsRef<Path>, target: impl AsRef<Path>) -> &mut Self {
        self.insert(
            path.as_ref(),
            MemoryEntry::Symlink(target.as_ref().to_path_buf()),
        )
    }

    /// Adds a file that exists but cannot be read (permission denied).
    pub fn add_unreadable(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.insert(path.as_ref(), MemoryEntry::Unreadable)
    }

    fn insert(&mut self, path: &Path, entry: MemoryEntry) -> &mut Self {
        let path = lexical(Path::new("/"), path);
        let mut parent = path.parent();
        while let Some(folder) = parent {
            self.entries
                .entry(folder.to_path_buf())
                .or_insert(MemoryEntry::Dir);
            parent = folder.parent();
        }
        self.entries.insert(path, entry);
        self
    }

    /// Resolves every symbolic link along `path` (the last component too when `follow_last`).
    fn resolve(&self, path: &Path, follow_last: bool) -> Result<PathBuf, VfsError> {
        let start = lexical(Path::new("/"), path);
        let mut current = PathBuf::from("/");
        let mut hops = 0;
        // Components still to walk, as owned strings (links splice their targets in).
        let mut rest: Vec<String> = start
            .components()
            .filter_map(|c| match c {
                Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect();
        rest.reverse();
        while let Some(name) = rest.pop() {
            if name == ".." {
                current.pop();
                continue;
            }
            let candidate = current.join(&name);
            let is_last = rest.is_empty();
            match self.entries.get(&candidate) {
                Some(MemoryEntry::Symlink(target)) if follow_last || !is_last => {
                    hops += 1;
                    if hops > MAX_LINK_HOPS {
                        return Err(VfsError::new(
                            VfsErrorKind::SymlinkLoop,
                            "too many levels of symbolic links",
                        ));
                    }
                    let target = if target.is_absolute() {
                        target.clone()
                    } else {
                        current.join(target)
                    };
                    let mut spliced: Vec<String> = target
                        .components()
                        .filter_map(|c| match c {
                            Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
                            Component::ParentDir => Some("..".to_owned()),
                            _ => None,
                        })
                        .collect();
                    spliced.reverse();
                    current = PathBuf::from("/");
                    rest.extend(spliced);
                }
                Some(_) => current = candidate,
                None => {
                    return Err(VfsError::new(
                        VfsErrorKind::NotFound,
                        format!("{} not found", candidate.display()),
                    ));
                }
            }
        }
        Ok(current)
    }

    fn entry(&self, path: &Path) -> Result<(&MemoryEntry, PathBuf), VfsError> {
        let resolved = self.resolve(path, true)?;
        self.entries
            .get(&resolved)
            .map(|entry| (entry, resolved.clone()))
            .ok_or_else(|| VfsError::new(VfsErrorKind::NotFound, "not found"))
    }
}

impl Vfs for MemoryVfs {
    fn metadata(&self, path: &Path) -> Result<VfsMetadata, VfsError> {
        let (entry, _) = self.entry(path)?;
        Ok(match entry {
            MemoryEntry::File(content) => VfsMetadata {
                kind: VfsFileKind::File,
                len: content.len() as u64,
            },
            MemoryEntry::Sparse(len) => VfsMetadata {
                kind: VfsFileKind::File,
                len: *len,
            },
            MemoryEntry::Unreadable => VfsMetadata {
                kind: VfsFileKind::File,
                len: 0,
            },
            MemoryEntry::Dir => VfsMetadata {
                kind: VfsFileKind::Dir,
                len: 0,
            },
            // `entry` follows links, so a link never remains here.
            MemoryEntry::Symlink(_) => VfsMetadata {
                kind: VfsFileKind::Other,
                len: 0,
            },
        })
    }

    fn read(&self, path: &Path) -> Result<Vec<u8>, VfsError> {
        match self.entry(path)?.0 {
            MemoryEntry::File(content) => Ok(content.clone()),
            MemoryEntry::Dir => Err(VfsError::new(VfsErrorKind::IsADirectory, "is a directory")),
            MemoryEntry::Unreadable => Err(VfsError::new(
                VfsErrorKind::PermissionDenied,
                "permission denied",
            )),
            MemoryEntry::Sparse(_) | MemoryEntry::Symlink(_) => Err(VfsError::new(
                VfsErrorKind::Other,
                "this test file must not be read",
            )),
        }
    }

    fn read_dir(&self, path: &Path) -> Result<Vec<VfsDirEntry>, VfsError> {
        let (entry, resolved) = self.entry(path)?;
        if !matches!(entry, MemoryEntry::Dir) {
            return Err(VfsError::new(VfsErrorKind::Other, "not a directory"));
        }
        Ok(self
            .entries
            .iter()
            .filter(|(candidate, _)| candidate.parent() == Some(resolved.as_path()))
            .filter_map(|(candidate, entry)| {
                Some(VfsDirEntry {
                    name: candidate.file_name()?.to_string_lossy().into_owned(),
                    is_symlink: matches!(entry, MemoryEntry::Symlink(_)),
                })
            })
            .collect())
    }

    fn canonicalize(&self, path: &Path) -> Result<PathBuf, VfsError> {
        self.resolve(path, true)
    }
}

/// `base.join(path)` with `.` and `..` removed lexically (no link resolution).
pub(crate) fn lexical(base: &Path, path: &Path) -> PathBuf {
    let joined = base.join(path);
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::ParentDir => {
                if out.parent().is_some() {
                    out.pop();
                }
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_relative_to_their_folder_and_loops_are_reported() {
        let mut vfs = MemoryVfs::new();
        vfs.add_file("/a/b/file.kdl", "x");
        vfs.add_symlink("/a/link", "b");
        vfs.add_symlink("/a/up", "../a/b/file.kdl");
        vfs.add_symlink("/loop/one", "two");
        vfs.add_symlink("/loop/two", "one");
        assert_eq!(
            vfs.canonicalize(Path::new("/a/link/file.kdl")).unwrap(),
            PathBuf::from("/a/b/file.kdl")
        );
        assert_eq!(vfs.read(Path::new("/a/up")).unwrap(), b"x");
        assert_eq!(
            vfs.canonicalize(Path::new("/a/./b/../b")).unwrap(),
            PathBuf::from("/a/b")
        );
        let error = vfs.metadata(Path::new("/loop/one")).unwrap_err();
        assert_eq!(error.kind, VfsErrorKind::SymlinkLoop);
        let mut names: Vec<String> = vfs
            .read_dir(Path::new("/a"))
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        names.sort();
        assert_eq!(names, ["b", "link", "up"]);
        assert_eq!(
            vfs.metadata(Path::new("/a/link")).unwrap().kind,
            VfsFileKind::Dir
        );
        assert_eq!(
            vfs.read(Path::new("/a/b")).unwrap_err().kind,
            VfsErrorKind::IsADirectory
        );
        assert_eq!(
            vfs.read(Path::new("/missing")).unwrap_err().kind,
            VfsErrorKind::NotFound
        );
    }
}
