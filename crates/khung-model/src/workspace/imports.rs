//! `import`: other agencies' model folders, read-only, their ids visible. An import must lie
//! inside the project root; imports of imports are followed; a cycle is `import-cycle`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use khung_diag::{Code, Diagnostic, Message, Origin, Spanned};

use crate::workspace::discover::{FolderSpec, FoundFile, discover};
use crate::workspace::manifest::Manifest;
use crate::workspace::memory::lexical;
use crate::workspace::vfs::{VfsError, VfsErrorKind, VfsFileKind};
use crate::workspace::{LoadContext, normalise_relative, read_manifest};

/// One imported model folder and its files.
pub(crate) struct ImportedFolder {
    /// The import name (the folder's name), used in `import:<name>/…` and the origin.
    pub(crate) name: String,
    /// The agency its manifest names (for its `extend`s).
    pub(crate) named_agency: Option<String>,
    /// Its model files, sorted.
    pub(crate) files: Vec<FoundFile>,
}

/// Loads every import of the workspace (transitively), each folder once, in the order met.
pub(crate) fn load_imports(
    context: &mut LoadContext<'_>,
    manifest: &Manifest,
    canonical_root: &Path,
) -> Vec<ImportedFolder> {
    let mut loaded = BTreeSet::new();
    loaded.insert(canonical_root.to_path_buf());
    let mut out = Vec::new();
    let mut chain = vec![(canonical_root.to_path_buf(), folder_name(canonical_root))];
    visit(
        context,
        manifest,
        canonical_root,
        &mut chain,
        &mut loaded,
        &mut out,
    );
    out
}

fn visit(
    context: &mut LoadContext<'_>,
    manifest: &Manifest,
    folder: &Path,
    chain: &mut Vec<(PathBuf, String)>,
    loaded: &mut BTreeSet<PathBuf>,
    out: &mut Vec<ImportedFolder>,
) {
    for import in &manifest.import {
        let Some(canonical) = locate(context, folder, import) else {
            continue;
        };
        if !canonical.starts_with(&context.project_root) {
            let root = relative_to(&context.project_root, &chain[0].0);
            context.diagnostics.push(Diagnostic::new(
                Code::ImportOutsideRoot,
                import.span,
                Message::new("import-outside-root")
                    .arg("path", import.value.clone())
                    .arg("root", root),
            ));
            continue;
        }
        if let Some(position) = chain.iter().position(|(path, _)| *path == canonical) {
            let mut names: Vec<String> = chain[position..]
                .iter()
                .map(|(_, name)| name.clone())
                .collect();
            names.push(chain[position].1.clone());
            context.diagnostics.push(Diagnostic::new(
                Code::ImportCycle,
                import.span,
                Message::new("import-cycle").arg("cycle", names.join(" → ")),
            ));
            continue;
        }
        if !loaded.insert(canonical.clone()) {
            continue;
        }
        let name = folder_name(&canonical);
        let origin = Origin::Import(name.clone());
        let manifest_path = canonical.join("khung.kdl");
        let imported_manifest = if context
            .vfs
            .metadata(&manifest_path)
            .is_ok_and(|m| m.kind == VfsFileKind::File)
        {
            read_manifest(
                context,
                &manifest_path,
                &format!("import:{name}/khung.kdl"),
                &origin,
            )
        } else {
            Manifest::default()
        };
        let spec = FolderSpec {
            root: &canonical,
            canonical_root: &canonical,
            include: &imported_manifest.include,
            exclude: &imported_manifest.exclude,
            pruned: imported_manifest
                .rules
                .iter()
                .chain(&imported_manifest.import)
                .map(|p| normalise_relative(&p.value))
                .collect(),
            display_prefix: format!("import:{name}/"),
            origin: origin.clone(),
        };
        let files = discover(
            context.vfs,
            &spec,
            &mut context.sources,
            &mut context.diagnostics,
        );
        out.push(ImportedFolder {
            name: name.clone(),
            named_agency: imported_manifest.agency.as_ref().map(|a| a.value.clone()),
            files,
        });
        chain.push((canonical.clone(), name));
        visit(context, &imported_manifest, &canonical, chain, loaded, out);
        chain.pop();
    }
}

/// The canonical folder an import names, or `io-error` at the import.
fn locate(
    context: &mut LoadContext<'_>,
    folder: &Path,
    import: &Spanned<String>,
) -> Option<PathBuf> {
    let target = lexical(folder, Path::new(&import.value));
    let result = context.vfs.canonicalize(&target).and_then(|canonical| {
        match context.vfs.metadata(&canonical) {
            Ok(metadata) if metadata.kind == VfsFileKind::Dir => Ok(canonical),
            Ok(_) => Err(VfsError::new(VfsErrorKind::Other, "not a directory")),
            Err(error) => Err(error),
        }
    });
    match result {
        Ok(canonical) => Some(canonical),
        Err(error) => {
            context.diagnostics.push(Diagnostic::new(
                Code::IoError,
                import.span,
                Message::new("io-error")
                    .arg("path", import.value.clone())
                    .arg("reason", error.kind.as_str())
                    .arg("detail", error.detail),
            ));
            None
        }
    }
}

fn folder_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || "root".to_owned(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// `ancestor` shown relative to `folder` (`.`, `..`, `../..`): the project root as the user
/// sees it from the workspace.
fn relative_to(ancestor: &Path, folder: &Path) -> String {
    let depth = folder
        .strip_prefix(ancestor)
        .map_or(0, |rest| rest.components().count());
    if depth == 0 {
        ".".to_owned()
    } else {
        vec![".."; depth].join("/")
    }
}
