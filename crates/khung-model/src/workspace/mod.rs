//! Loading a workspace: the manifest, the model files (include/exclude), the imported models,
//! the embedded reference model; then lowering, merging, resolution and the graph.

pub(crate) mod discover;
pub(crate) mod files;
pub(crate) mod imports;
pub mod manifest;
pub mod memory;
pub(crate) mod merge;
pub(crate) mod paths;
pub(crate) mod pipeline;
pub mod reference;
pub mod vfs;

use std::path::{Path, PathBuf};

use khung_diag::{Diagnostic, Origin, SourceMap};

use crate::graph::ModelGraph;
use crate::lower::manifest::lower_manifest;
use crate::model::Model;
use crate::workspace::discover::{FolderSpec, discover};
use crate::workspace::files::{io_error, read_and_parse, read_text};
use crate::workspace::manifest::Manifest;
use crate::workspace::memory::MemoryVfs;
use crate::workspace::paths::{classify, display_relative, normalise_relative, project_root};
use crate::workspace::pipeline::ReadFile;
use crate::workspace::vfs::Vfs;

/// Default size limit of one file: 64 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;
/// Default nesting limit of one file.
pub const DEFAULT_MAX_DEPTH: usize = 256;

/// What to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadInput {
    /// A workspace folder, or its `khung.kdl`.
    Workspace(PathBuf),
    /// Single model files, without a manifest (the root is the first file's folder).
    Files(Vec<PathBuf>),
}

/// Which reference model to use (the manifest's `reference #false` also turns it off).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ReferenceModel {
    /// The national reference model embedded in khung.
    #[default]
    Embedded,
    /// None (`--no-reference`).
    Disabled,
    /// These (path, text) files instead (tests).
    Files(Vec<(String, String)>),
}

/// Limits and choices for loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadOptions {
    /// Largest file read, in bytes; larger files are `too-large` (checked before reading).
    pub max_file_size: u64,
    /// Deepest nesting of child blocks; deeper files are `too-deep`.
    pub max_depth: usize,
    /// The reference model.
    pub reference: ReferenceModel,
}

impl Default for LoadOptions {
    fn default() -> LoadOptions {
        LoadOptions {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            max_depth: DEFAULT_MAX_DEPTH,
            reference: ReferenceModel::Embedded,
        }
    }
}

/// The result of loading: the best model that could be built, every file read, every problem.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The merged, resolved model.
    pub model: Model,
    /// The flow graph of the model, built once.
    pub graph: ModelGraph,
    /// Every file read (and a pseudo-file, with empty text, for each unreadable path).
    pub sources: SourceMap,
    /// Load diagnostics, sorted by (file, offset, code).
    pub diagnostics: Vec<Diagnostic>,
    /// The manifest (all defaults when there is no `khung.kdl`).
    pub manifest: Manifest,
    /// The workspace root as given (relative manifest paths such as `baseline` start here).
    pub root: PathBuf,
    /// The project root: the nearest ancestor-or-self of the root holding `.git`, else the root
    /// (canonical).
    pub project_root: PathBuf,
}

/// One model file found for loading.
struct PendingFile {
    path: PathBuf,
    display: String,
    origin: Origin,
    /// The agency the file's model's manifest names (for `extend`).
    named_agency: Option<String>,
}

/// Shared state while loading.
pub(crate) struct LoadContext<'a> {
    pub(crate) vfs: &'a dyn Vfs,
    pub(crate) options: &'a LoadOptions,
    pub(crate) sources: SourceMap,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) project_root: PathBuf,
}

/// Loads a workspace (or single files) through `vfs`. Never stops at the first problem and
/// never panics: every problem is a diagnostic and the model holds whatever could be read.
#[must_use]
pub fn load_workspace(vfs: &dyn Vfs, input: &LoadInput, options: &LoadOptions) -> Loaded {
    let mut context = LoadContext {
        vfs,
        options,
        sources: SourceMap::new(),
        diagnostics: Vec::new(),
        project_root: PathBuf::new(),
    };
    let (root, manifest_path, explicit_files) = match classify(&mut context, input) {
        Some(classified) => classified,
        None => {
            return finish(
                context,
                Manifest::default(),
                PathBuf::new(),
                Vec::new(),
                Vec::new(),
            );
        }
    };
    let canonical_root = match vfs.canonicalize(&root) {
        Ok(canonical) => canonical,
        Err(error) => {
            let display = root.display().to_string();
            let file = context
                .sources
                .add(display.clone(), String::new(), Origin::Workspace);
            context.diagnostics.push(io_error(file, &display, &error));
            return finish(context, Manifest::default(), root, Vec::new(), Vec::new());
        }
    };
    context.project_root = project_root(vfs, &canonical_root);

    let manifest = match &manifest_path {
        Some(path) => read_manifest(&mut context, path, "khung.kdl", &Origin::Workspace),
        None => Manifest::default(),
    };

    let mut reference_files = Vec::new();
    if manifest.uses_reference() {
        reference_files = match &options.reference {
            ReferenceModel::Embedded => reference::embedded_reference_files(),
            ReferenceModel::Disabled => Vec::new(),
            ReferenceModel::Files(files) => {
                let mut files = files.clone();
                files.sort();
                files
            }
        };
    }

    let mut pending = Vec::new();
    let imported = imports::load_imports(&mut context, &manifest, &canonical_root);
    for folder in imported {
        for found in folder.files {
            pending.push(PendingFile {
                path: found.path,
                display: format!("import:{}/{}", folder.name, found.relative),
                origin: Origin::Import(folder.name.clone()),
                named_agency: folder.named_agency.clone(),
            });
        }
    }
    let named_agency = manifest.agency.as_ref().map(|a| a.value.clone());
    match explicit_files {
        Some(mut files) => {
            // Sorted like a folder's files, so the order given does not change the output.
            files.sort();
            files.dedup();
            for path in files {
                let display = display_relative(&root, &path);
                pending.push(PendingFile {
                    path,
                    display,
                    origin: Origin::Workspace,
                    named_agency: None,
                });
            }
        }
        None => {
            let spec = FolderSpec {
                root: &root,
                canonical_root: &canonical_root,
                include: &manifest.include,
                exclude: &manifest.exclude,
                pruned: manifest
                    .rules
                    .iter()
                    .chain(&manifest.import)
                    .map(|p| normalise_relative(&p.value))
                    .collect(),
                display_prefix: String::new(),
                origin: Origin::Workspace,
            };
            for found in discover(vfs, &spec, &mut context.sources, &mut context.diagnostics) {
                pending.push(PendingFile {
                    path: found.path,
                    display: found.relative,
                    origin: Origin::Workspace,
                    named_agency: named_agency.clone(),
                });
            }
        }
    }
    finish(context, manifest, root, reference_files, pending)
}

/// Loads one in-memory model file (`snippet.kdl`) together with the reference model chosen in
/// `options`: for rule examples and tests.
#[must_use]
pub fn load_snippet(text: &str, options: &LoadOptions) -> Loaded {
    let mut vfs = MemoryVfs::new();
    vfs.add_file("/snippet/snippet.kdl", text.as_bytes().to_vec());
    load_workspace(
        &vfs,
        &LoadInput::Files(vec![PathBuf::from("/snippet/snippet.kdl")]),
        options,
    )
}

/// Parses, lowers, merges and resolves everything found, and builds the graph.
///
/// Files are read one after the other through the [`Vfs`] (in the order found, so file ids
/// and pseudo-files are the same on every run), then parsed and lowered in parallel, each on
/// its own, and merged in that same order ([`pipeline`]): the output does not depend on the
/// scheduling.
fn finish(
    mut context: LoadContext<'_>,
    manifest: Manifest,
    root: PathBuf,
    reference_files: Vec<(String, String)>,
    pending: Vec<PendingFile>,
) -> Loaded {
    let mut read = Vec::with_capacity(reference_files.len() + pending.len());
    for (path, text) in reference_files {
        let file = context
            .sources
            .add(format!("reference:{path}"), text, Origin::Reference);
        read.push(ReadFile {
            file,
            origin: Origin::Reference,
            named_agency: None,
        });
    }
    for pending_file in pending {
        let Some(text) = read_text(
            context.vfs,
            &pending_file.path,
            &pending_file.display,
            &pending_file.origin,
            context.options,
            &mut context.sources,
            &mut context.diagnostics,
        ) else {
            continue;
        };
        let file = context
            .sources
            .add(pending_file.display, text, pending_file.origin.clone());
        read.push(ReadFile {
            file,
            origin: pending_file.origin,
            named_agency: pending_file.named_agency,
        });
    }
    let mut model = pipeline::lower_and_merge(
        &read,
        &context.sources,
        context.options,
        &mut context.diagnostics,
    );
    // Resolution and the graph only read the model: both at once.
    let (graph, reference_diagnostics) = rayon::join(
        || ModelGraph::build(&model),
        || {
            let mut found = Vec::new();
            crate::resolve::references(&model, &mut found);
            found
        },
    );
    context.diagnostics.extend(reference_diagnostics);
    crate::checks::run(&mut model, &manifest, &mut context.diagnostics);
    let mut diagnostics = context.diagnostics;
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
    Loaded {
        model,
        graph,
        sources: context.sources,
        diagnostics,
        manifest,
        root,
        project_root: context.project_root,
    }
}

/// Reads and lowers a `khung.kdl`.
pub(crate) fn read_manifest(
    context: &mut LoadContext<'_>,
    path: &Path,
    display: &str,
    origin: &Origin,
) -> Manifest {
    let Some(parsed) = read_and_parse(
        context.vfs,
        path,
        display,
        origin,
        context.options,
        &mut context.sources,
        &mut context.diagnostics,
    ) else {
        return Manifest::default();
    };
    lower_manifest(&parsed.document, parsed.file, &mut context.diagnostics)
}
