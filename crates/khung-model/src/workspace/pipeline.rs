//! Parsing, lowering and merging the files of a workspace: the files are already read (in
//! order, through the `Vfs`); they are parsed and lowered on every core (rayon), and merged,
//! in the order read, by the calling thread while the others are still parsing. Every file is
//! lowered on its own and merged in the same order as one after the other would, so the model
//! and the diagnostics never depend on the scheduling.

use std::collections::BTreeMap;
use std::sync::mpsc;

use khung_diag::{Diagnostic, FileId, Origin, SourceMap};
use rayon::prelude::*;

use crate::lower::{LoweredFile, lower_document};
use crate::model::Model;
use crate::workspace::LoadOptions;
use crate::workspace::files::parse_source;
use crate::workspace::merge::Merger;

/// A file read into the source map, waiting to be parsed and lowered.
pub(crate) struct ReadFile {
    pub(crate) file: FileId,
    pub(crate) origin: Origin,
    /// The agency the file's model's manifest names (for `extend`).
    pub(crate) named_agency: Option<String>,
}

/// One file parsed and lowered, with its syntax and lowering diagnostics.
type Lowered = (LoweredFile, Vec<Diagnostic>);

/// Parses, lowers and merges `read` (in its order) into a model; every diagnostic goes to
/// `diagnostics`, in the order a sequential load would push them.
pub(crate) fn lower_and_merge(
    read: &[ReadFile],
    sources: &SourceMap,
    options: &LoadOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Model {
    let mut merger = Merger::default();
    let (sender, receiver) = mpsc::channel::<(usize, Lowered)>();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            // `par_bridge` hands the files out in order, so they come back nearly in order and
            // the merge below keeps up instead of waiting for the second half of a split.
            read.iter().enumerate().par_bridge().for_each_with(
                sender,
                |sender, (index, read_file)| {
                    // Sending fails only when the merging side is gone (it panicked): then
                    // there is nobody left to give the result to.
                    let _ = sender.send((index, parse_and_lower(read_file, sources, options)));
                },
            );
        });
        // Results that arrived before an earlier file's, by position.
        let mut waiting: BTreeMap<usize, Lowered> = BTreeMap::new();
        let mut next = 0;
        // Ends when every sender is dropped, i.e. when all files are lowered.
        for (index, lowered) in receiver {
            waiting.insert(index, lowered);
            while let Some((lowered, file_diagnostics)) = waiting.remove(&next) {
                diagnostics.extend(file_diagnostics);
                let named_agency = read.get(next).and_then(|r| r.named_agency.as_deref());
                merger.add(lowered, named_agency, diagnostics);
                next += 1;
            }
        }
    });
    merger.finish(diagnostics)
}

fn parse_and_lower(read_file: &ReadFile, sources: &SourceMap, options: &LoadOptions) -> Lowered {
    let text = sources
        .get(read_file.file)
        .map_or("", |source| source.text.as_str());
    let mut diagnostics = Vec::new();
    let parsed = parse_source(read_file.file, text, options, &mut diagnostics);
    let lowered = lower_document(
        &parsed.document,
        &read_file.origin,
        &parsed.syntax_errors,
        &mut diagnostics,
    );
    (lowered, diagnostics)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use khung_diag::Code;

    use crate::workspace::memory::MemoryVfs;
    use crate::workspace::{LoadInput, LoadOptions, load_workspace};

    /// Many files, with the same id defined in several of them and a broken one in between:
    /// what the parallel load reports must be what an in-order load reports, every time.
    #[test]
    fn parallel_loading_is_deterministic_and_merges_in_path_order() {
        let mut vfs = MemoryVfs::new();
        for n in 0..120 {
            let text = if n == 57 {
                "system \"broken\" {\n".to_owned()
            } else {
                format!(
                    "agency \"a{n:03}\" {{ name \"A\"; tier \"province\" }}\n\
                     agency \"shared\" {{ name \"S{n}\"; tier \"unit\" }}\n"
                )
            };
            vfs.add_file(format!("/ws/f{n:03}.kdl"), text);
        }
        let input = LoadInput::Workspace(PathBuf::from("/ws"));
        let first = load_workspace(&vfs, &input, &LoadOptions::default());
        for _ in 0..5 {
            let again = load_workspace(&vfs, &input, &LoadOptions::default());
            assert_eq!(again.diagnostics, first.diagnostics);
            assert_eq!(again.model, first.model);
        }
        // The first file defines `shared`; each later one is a duplicate pointing back at it.
        let shared = &first.model.agencies["shared"];
        let first_file = first.sources.get(shared.span.file).map(|s| s.path.as_str());
        assert_eq!(first_file, Some("f000.kdl"));
        let duplicates = first
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::DuplicateId)
            .count();
        assert_eq!(duplicates, 118);
        assert!(first.diagnostics.iter().any(|d| d.code == Code::KdlSyntax));
        // 119 own agencies (file 57 is broken), `shared` once, and the reference's.
        assert_eq!(
            first.model.agencies.len(),
            119 + 1 + reference_agencies(&first)
        );
    }

    fn reference_agencies(loaded: &crate::Loaded) -> usize {
        loaded
            .model
            .agencies
            .values()
            .filter(|a| a.origin == khung_diag::Origin::Reference)
            .count()
    }
}
