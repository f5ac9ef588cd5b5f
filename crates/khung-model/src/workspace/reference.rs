//! The national reference model embedded into khung (`models/vn-national/`).

use include_dir::{Dir, DirEntry, include_dir};

static REFERENCE_MODEL: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../models/vn-national");

/// Every `.kdl` file of the embedded reference model as (path inside the folder, text), sorted
/// by path. Files that are not UTF-8 are left out (a test keeps the folder clean).
#[must_use]
pub fn embedded_reference_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut stack: Vec<&Dir<'static>> = vec![&REFERENCE_MODEL];
    while let Some(folder) = stack.pop() {
        for entry in folder.entries() {
            match entry {
                DirEntry::Dir(sub) => stack.push(sub),
                DirEntry::File(file) => {
                    let path = file.path().to_string_lossy().replace('\\', "/");
                    if !path.ends_with(".kdl") {
                        continue;
                    }
                    if let Some(text) = file.contents_utf8() {
                        files.push((path, text.to_owned()));
                    }
                }
            }
        }
    }
    files.sort();
    files
}
