//! Loading a profile: every pack folder read, the profile's `extends` chain resolved, constants
//! and macros inherited along it, every rule of the chain (and of the workspace packs) checked
//! and compiled.

use std::collections::BTreeMap;

use include_dir::{Dir, include_dir};
use khung_diag::{Code, Diagnostic, FileId, Message, Origin, SourceMap, Span, closest};
use khung_kdl::ParseOptions;

use crate::eval::index::Regime;
use crate::pack::compile::{compile_rule, pack_definitions, texts};
use crate::pack::expand::Definitions;
use crate::pack::read::{RawPack, RawRule, read_pack, read_rule};
use crate::pack::{PackInfo, RuleSet};

/// The packs shipped with khung (`rules/` at the repository root).
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../rules");

/// The VNEAF views a rule may name.
pub const VIEWS: &[&str] = &["business", "data", "application", "technology", "security"];

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct LoadRules {
    /// The profile (a leaf pack id, e.g. `vn-2026`).
    pub profile: String,
    /// Where the profile was chosen (manifest or flag), for `unknown-pack`.
    pub profile_span: Option<Span>,
    /// A workspace's own pack files as (path, text); `<folder>/pack.kdl` plus rule files.
    pub extra_files: Vec<(String, String)>,
}

/// The embedded pack files as (path relative to `rules/`, text), sorted.
#[must_use]
pub fn embedded_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    collect(&EMBEDDED, &mut files);
    files.sort();
    files
}

fn collect(dir: &Dir<'_>, files: &mut Vec<(String, String)>) {
    for file in dir.files() {
        if let Some(text) = file.contents_utf8() {
            files.push((
                file.path().to_string_lossy().replace('\\', "/"),
                text.to_owned(),
            ));
        }
    }
    for sub in dir.dirs() {
        collect(sub, files);
    }
}

struct PackSource {
    pack: RawPack,
    rules: Vec<(FileId, String, RawRule)>,
    builtin: bool,
}

impl RuleSet {
    /// The embedded packs for `profile`; rule-pack files are added to `sources`.
    pub fn builtin(profile: &str, sources: &mut SourceMap) -> (RuleSet, Vec<Diagnostic>) {
        RuleSet::load(
            &LoadRules {
                profile: profile.to_owned(),
                ..LoadRules::default()
            },
            sources,
        )
    }

    /// The embedded packs plus a workspace's own packs.
    pub fn load(request: &LoadRules, sources: &mut SourceMap) -> (RuleSet, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let mut packs: BTreeMap<String, PackSource> = BTreeMap::new();
        read_folders(
            &embedded_files(),
            true,
            sources,
            &mut packs,
            &mut diagnostics,
        );
        read_folders(
            &request.extra_files,
            false,
            sources,
            &mut packs,
            &mut diagnostics,
        );

        let regime = Regime::of_profile(&request.profile);
        let chain = profile_chain(request, &packs, &mut diagnostics);
        // Workspace packs join the active profile when their `extends` is in its chain.
        let mut active: Vec<String> = chain.clone();
        for (id, source) in &packs {
            if source.builtin || chain.contains(id) {
                continue;
            }
            match &source.pack.extends {
                Some(parent) if !chain.contains(&parent.value) => {
                    diagnostics.push(Diagnostic::new(
                        Code::UnknownPack,
                        parent.span,
                        Message::new("pack-extends-outside-chain")
                            .arg("id", parent.value.clone())
                            .arg("profile", request.profile.clone()),
                    ))
                }
                _ => active.push(id.clone()),
            }
        }

        // Root first, then the workspace packs that join the chain: a pack's definitions are
        // built after those of the pack it extends, so it inherits them (and a redefinition
        // is reported on the pack that extends).
        let order: Vec<&String> = chain
            .iter()
            .rev()
            .chain(active.iter().skip(chain.len()))
            .collect();
        let mut definitions: BTreeMap<String, Definitions> = BTreeMap::new();
        for &id in &order {
            if let Some(source) = packs.get(id) {
                let inherited = source
                    .pack
                    .extends
                    .as_ref()
                    .and_then(|parent| definitions.get(&parent.value))
                    .cloned()
                    .unwrap_or_default();
                let own = pack_definitions(&source.pack, inherited, &mut diagnostics);
                definitions.insert(id.clone(), own);
            }
        }

        let mut rules = Vec::new();
        let mut first_definition: BTreeMap<String, Span> = BTreeMap::new();
        for id in order {
            let (Some(source), Some(defs)) = (packs.get(id), definitions.get(id)) else {
                continue;
            };
            for (_, file_name, raw) in &source.rules {
                if let Some(first) = first_definition.get(&raw.id.value) {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::DuplicateRule,
                            raw.id.span,
                            Message::new("duplicate-rule").arg("id", raw.id.value.clone()),
                        )
                        .with_label(*first, Some(Message::new("first-defined-here"))),
                    );
                    continue;
                }
                first_definition.insert(raw.id.value.clone(), raw.id.span);
                if file_name != &format!("{}.kdl", raw.id.value.to_lowercase()) {
                    diagnostics.push(Diagnostic::new(
                        Code::RulePackInvalid,
                        raw.id.span,
                        Message::new("pack-rule-file-name")
                            .arg("id", raw.id.value.clone())
                            .arg("file", file_name.clone())
                            .arg("expected", format!("{}.kdl", raw.id.value.to_lowercase())),
                    ));
                }
                if let Some(rule) = compile_rule(raw, id, defs, &mut diagnostics) {
                    rules.push(rule);
                }
            }
        }
        rules.sort_by(|a, b| a.id.cmp(&b.id));

        let mut known_rule_ids: Vec<String> = packs
            .values()
            .flat_map(|source| source.rules.iter().map(|(_, _, raw)| raw.id.value.clone()))
            .collect();
        known_rule_ids.sort();
        known_rule_ids.dedup();
        let pack_infos = packs
            .values()
            .map(|source| PackInfo {
                id: source.pack.id.value.clone(),
                version: source.pack.version.clone(),
                name: texts(&source.pack.name),
                extends: source.pack.extends.as_ref().map(|e| e.value.clone()),
                effective: source.pack.effective.as_ref().map(|e| e.value),
                effective_span: source.pack.effective.as_ref().map(|e| e.span),
                builtin: source.builtin,
            })
            .collect();
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        let set = RuleSet {
            profile: request.profile.clone(),
            regime,
            chain: active,
            packs: pack_infos,
            rules,
            known_rule_ids,
        };
        (set, diagnostics)
    }
}

fn read_folders(
    files: &[(String, String)],
    builtin: bool,
    sources: &mut SourceMap,
    packs: &mut BTreeMap<String, PackSource>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut folders: BTreeMap<String, Vec<(&str, &str)>> = BTreeMap::new();
    for (path, text) in files {
        if !path.ends_with(".kdl") {
            continue;
        }
        let (folder, name) = path.rsplit_once('/').unwrap_or(("", path.as_str()));
        folders
            .entry(folder.to_owned())
            .or_default()
            .push((name, text));
    }
    let (prefix, origin) = if builtin {
        ("reference:rules/", Origin::Reference)
    } else {
        ("", Origin::Workspace)
    };
    for (folder, mut entries) in folders {
        entries.sort_unstable();
        let display = |name: &str| {
            if folder.is_empty() {
                format!("{prefix}{name}")
            } else {
                format!("{prefix}{folder}/{name}")
            }
        };
        let mut parsed = Vec::new();
        let mut pack = None;
        for (name, text) in entries {
            let file = sources.add(display(name), text.to_owned(), origin.clone());
            let (document, syntax) = khung_kdl::parse(file, text, &ParseOptions::default());
            diagnostics.extend(syntax);
            if name == "pack.kdl" {
                pack = read_pack(file, text, document.nodes(), diagnostics);
            } else if let Some(rule) = read_rule(file, text, document.nodes(), diagnostics) {
                parsed.push((file, name.to_owned(), rule));
            }
        }
        let Some(pack) = pack else {
            if let Some((file, _, _)) = parsed.first() {
                diagnostics.push(Diagnostic::new(
                    Code::RulePackInvalid,
                    Span::file_start(*file),
                    Message::new("pack-missing-pack-file").arg("folder", display("")),
                ));
            }
            continue;
        };
        if let Some(existing) = packs.get(&pack.id.value) {
            diagnostics.push(
                Diagnostic::new(
                    Code::RulePackInvalid,
                    pack.id.span,
                    Message::new("pack-duplicate").arg("id", pack.id.value.clone()),
                )
                .with_label(
                    existing.pack.id.span,
                    Some(Message::new("first-defined-here")),
                ),
            );
            continue;
        }
        packs.insert(
            pack.id.value.clone(),
            PackSource {
                pack,
                rules: parsed,
                builtin,
            },
        );
    }
}

fn profile_chain(
    request: &LoadRules,
    packs: &BTreeMap<String, PackSource>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut chain = Vec::new();
    let Some(mut current) = packs.get(&request.profile) else {
        let suggestion = closest(&request.profile, packs.keys().map(String::as_str))
            .map(|name| Message::new("did-you-mean").arg("name", name.to_owned()));
        let span = request
            .profile_span
            .unwrap_or(Span::file_start(FileId::DETACHED));
        diagnostics.push(
            Diagnostic::new(
                Code::UnknownPack,
                span,
                Message::new("unknown-pack").arg("id", request.profile.clone()),
            )
            .with_optional_help(suggestion),
        );
        return chain;
    };
    loop {
        chain.push(current.pack.id.value.clone());
        let Some(parent) = &current.pack.extends else {
            break;
        };
        if chain.contains(&parent.value) {
            diagnostics.push(Diagnostic::new(
                Code::RulePackInvalid,
                parent.span,
                Message::new("pack-extends-cycle").arg("id", parent.value.clone()),
            ));
            break;
        }
        match packs.get(&parent.value) {
            Some(next) => current = next,
            None => {
                let suggestion = closest(&parent.value, packs.keys().map(String::as_str))
                    .map(|name| Message::new("did-you-mean").arg("name", name.to_owned()));
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnknownPack,
                        parent.span,
                        Message::new("unknown-pack").arg("id", parent.value.clone()),
                    )
                    .with_optional_help(suggestion),
                );
                break;
            }
        }
    }
    chain
}
