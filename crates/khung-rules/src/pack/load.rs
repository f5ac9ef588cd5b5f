//! Loading a profile: every pack folder read, the profile's `extends` chain resolved, constants
//! and macros inherited along it, every rule of the chain (and of the workspace packs) checked
//! and compiled.

use std::collections::{BTreeMap, BTreeSet};

use include_dir::{Dir, include_dir};
use khung_diag::{Code, Diagnostic, FileId, Message, Origin, SourceMap, Span, closest};
use khung_kdl::ParseOptions;
use khung_model::{ElementKind, Status};

use crate::cel::ast::Expr;
use crate::cel::parse::{TextLocation, parse_expression};
use crate::check::{Environment, check};
use crate::eval::index::Regime;
use crate::pack::expand::{Definitions, MacroDef, called_macros, expand, parse_macro_head};
use crate::pack::read::{Bilingual, RawPack, RawRule, SourceText, read_pack, read_rule};
use crate::pack::template::{RawPart, split};
use crate::pack::{PackInfo, Rule, RuleSet, Template, TemplatePart, Texts};
use crate::schema::Type;

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

        let regime = if request.profile == "vn-2019" {
            Regime::Vn2019
        } else {
            Regime::Vn2026
        };
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

        let mut definitions: BTreeMap<String, Definitions> = BTreeMap::new();
        for id in active.iter().rev() {
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
        // Root first, so a redefinition is reported on the pack that extends.
        let order: Vec<&String> = chain
            .iter()
            .rev()
            .chain(active.iter().skip(chain.len()))
            .collect();
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
                pack = read_pack(file, text, &document.nodes, diagnostics);
            } else if let Some(rule) = read_rule(file, text, &document.nodes, diagnostics) {
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

fn location(source: &SourceText) -> TextLocation {
    match source.verbatim_at {
        Some(base) => TextLocation::verbatim(source.span.file, base, source.text.len()),
        None => TextLocation::fixed(source.span),
    }
}

fn pack_definitions(
    pack: &RawPack,
    mut defs: Definitions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Definitions {
    // Macros first (their bodies may use constants, expanded at the use site).
    let mut own_macros = Vec::new();
    for (head, body) in &pack.macros {
        let Some((name, params)) = parse_macro_head(&head.value) else {
            diagnostics.push(Diagnostic::new(
                Code::RulePackInvalid,
                head.span,
                Message::new("pack-macro-head").arg("head", head.value.clone()),
            ));
            continue;
        };
        if defs.macros.contains_key(&name) || defs.consts.contains_key(&name) {
            diagnostics.push(Diagnostic::new(
                Code::RulePackInvalid,
                head.span,
                Message::new("pack-redefined").arg("name", name.clone()),
            ));
            continue;
        }
        match parse_expression(&body.text, location(body)) {
            Ok(expr) => {
                own_macros.push((name.clone(), head.span));
                defs.macros.insert(
                    name.clone(),
                    MacroDef {
                        name,
                        params,
                        body: expr,
                    },
                );
            }
            Err(errors) => diagnostics.extend(errors),
        }
    }
    // Recursion: a macro that can reach itself through the macros it calls.
    for (name, span) in &own_macros {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<String> = defs
            .macros
            .get(name)
            .map(|m| called_macros(&m.body, &defs.macros).into_iter().collect())
            .unwrap_or_default();
        let mut recursive = false;
        while let Some(next) = stack.pop() {
            if next == *name {
                recursive = true;
                break;
            }
            if seen.insert(next.clone())
                && let Some(m) = defs.macros.get(&next)
            {
                stack.extend(called_macros(&m.body, &defs.macros));
            }
        }
        if recursive {
            diagnostics.push(Diagnostic::new(
                Code::RulePackInvalid,
                *span,
                Message::new("pack-macro-recursive").arg("name", name.clone()),
            ));
            defs.macros.remove(name);
        }
    }
    for (name, body) in &pack.consts {
        if defs.consts.contains_key(&name.value) || defs.macros.contains_key(&name.value) {
            diagnostics.push(Diagnostic::new(
                Code::RulePackInvalid,
                name.span,
                Message::new("pack-redefined").arg("name", name.value.clone()),
            ));
            continue;
        }
        let expr = match parse_expression(&body.text, location(body)) {
            Ok(expr) => expand(&expr, &defs, diagnostics),
            Err(errors) => {
                diagnostics.extend(errors);
                continue;
            }
        };
        let env = Environment {
            element: None,
            constant_names: defs.consts.keys().cloned().collect(),
        };
        match check(&expr, &env, None) {
            Ok(_) => {
                defs.consts.insert(name.value.clone(), expr);
            }
            Err(errors) => diagnostics.extend(errors),
        }
    }
    defs
}

fn texts(bilingual: &Bilingual) -> Texts {
    let vi = bilingual
        .vi
        .as_ref()
        .map(|t| t.text.clone())
        .unwrap_or_default();
    let en = bilingual
        .en
        .as_ref()
        .map_or_else(|| vi.clone(), |t| t.text.clone());
    Texts { vi, en }
}

fn compile_expression(
    source: &SourceText,
    env: &Environment,
    defs: &Definitions,
    expected: Option<&Type>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<crate::eval::program::Program> {
    compile_at(
        &source.text,
        location(source),
        env,
        defs,
        expected,
        diagnostics,
    )
}

fn compile_at(
    text: &str,
    at: TextLocation,
    env: &Environment,
    defs: &Definitions,
    expected: Option<&Type>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<crate::eval::program::Program> {
    let parsed: Expr = match parse_expression(text, at) {
        Ok(expr) => expr,
        Err(errors) => {
            diagnostics.extend(errors);
            return None;
        }
    };
    let before = diagnostics.len();
    let expanded = expand(&parsed, defs, diagnostics);
    if diagnostics.len() > before {
        return None;
    }
    match check(&expanded, env, expected) {
        Ok(checked) => Some(checked.program),
        Err(errors) => {
            diagnostics.extend(errors);
            None
        }
    }
}

fn compile_template(
    source: &SourceText,
    env: &Environment,
    defs: &Definitions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Template> {
    let mut template = Vec::new();
    let mut ok = true;
    for part in split(source, diagnostics) {
        match part {
            RawPart::Text(text) => template.push(TemplatePart::Text(text)),
            RawPart::Expr(text, at) => match compile_at(&text, at, env, defs, None, diagnostics) {
                Some(program) => template.push(TemplatePart::Expr(program)),
                None => ok = false,
            },
        }
    }
    ok.then_some(template)
}

fn compile_rule(
    raw: &RawRule,
    pack: &str,
    defs: &Definitions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Rule> {
    let missing = |diagnostics: &mut Vec<Diagnostic>, name: &str| {
        diagnostics.push(Diagnostic::new(
            Code::RulePackInvalid,
            raw.id.span,
            Message::new("pack-missing")
                .arg("name", name.to_owned())
                .arg("node", "rule"),
        ));
    };
    let Some(applies) = &raw.applies_to else {
        missing(diagnostics, "applies-to");
        return None;
    };
    let Some(applies_to) = ElementKind::parse(&applies.value) else {
        diagnostics.push(
            Diagnostic::new(
                Code::RulePackInvalid,
                applies.span,
                Message::new("invalid-value")
                    .arg("value", applies.value.clone())
                    .arg("name", "applies-to"),
            )
            .with_help(Message::new("allowed-values").arg(
                "values",
                ElementKind::ALL.map(ElementKind::as_str).join(", "),
            )),
        );
        return None;
    };
    let view = match &raw.view {
        Some(view) if VIEWS.contains(&view.value.as_str()) => view.value.clone(),
        Some(view) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::RulePackInvalid,
                    view.span,
                    Message::new("invalid-value")
                        .arg("value", view.value.clone())
                        .arg("name", "view"),
                )
                .with_help(Message::new("allowed-values").arg("values", VIEWS.join(", "))),
            );
            return None;
        }
        None => {
            missing(diagnostics, "view");
            return None;
        }
    };
    if raw.title.vi.is_none() {
        missing(diagnostics, "title");
    }
    let Some(assert_source) = &raw.assert else {
        missing(diagnostics, "assert");
        return None;
    };
    let (Some(message_vi), message_en) = (&raw.message.vi, &raw.message.en) else {
        missing(diagnostics, "message");
        return None;
    };
    if let Some(label) = &raw.label {
        check_label(label, applies_to, diagnostics);
    }
    let env = Environment {
        element: Some(applies_to),
        constant_names: defs.consts.keys().cloned().collect(),
    };
    let when = raw
        .when
        .as_ref()
        .map(|when| compile_expression(when, &env, defs, Some(&Type::Bool), diagnostics));
    let assert = compile_expression(assert_source, &env, defs, Some(&Type::Bool), diagnostics);
    let message_vi_compiled = compile_template(message_vi, &env, defs, diagnostics);
    let message_en_compiled = match message_en {
        Some(en) => compile_template(en, &env, defs, diagnostics),
        None => compile_template(message_vi, &env, defs, &mut Vec::new()),
    };
    let help = match (&raw.help.vi, &raw.help.en) {
        (Some(vi), en) => {
            let vi_compiled = compile_template(vi, &env, defs, diagnostics);
            let en_compiled = match en {
                Some(en) => compile_template(en, &env, defs, diagnostics),
                None => compile_template(vi, &env, defs, &mut Vec::new()),
            };
            Some((vi_compiled?, en_compiled?))
        }
        (None, _) => None,
    };
    let when = match when {
        Some(compiled) => Some(compiled?),
        None => None,
    };
    let lifecycle = raw
        .lifecycle
        .iter()
        .filter_map(|state| match state.value.as_str() {
            "planned" => Some(Status::Planned),
            "building" => Some(Status::Building),
            _ => None,
        })
        .collect();
    Some(Rule {
        id: raw.id.value.clone(),
        pack: pack.to_owned(),
        severity: raw.severity,
        view,
        applies_to,
        lifecycle,
        title: texts(&raw.title),
        basis: raw.basis.clone(),
        examples: raw.examples.clone(),
        when_text: raw.when.as_ref().map(|w| w.text.clone()),
        assert_text: assert_source.text.clone(),
        message_text: texts(&raw.message),
        help_text: texts(&raw.help),
        label: raw.label.as_ref().map(|l| l.value.clone()),
        span: raw.span,
        assert_span: assert_source.span,
        when,
        assert: assert?,
        message: [message_vi_compiled?, message_en_compiled?],
        help: help.map(|(vi, en)| [vi, en]),
    })
}

/// A `label` must name a property path of the element kind (kebab-case, dotted).
fn check_label(
    label: &khung_diag::Spanned<String>,
    kind: ElementKind,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut record = crate::schema::RecordKind::Element(kind);
    for segment in label.value.split('.') {
        let name = segment.replace('-', "_");
        let Some(field) = crate::schema::field_named(record, &name) else {
            let suggestion = closest(
                &name,
                crate::schema::fields_of(record).iter().map(|f| f.name),
            )
            .map(|name| Message::new("did-you-mean").arg("name", name.replace('_', "-")));
            diagnostics.push(
                Diagnostic::new(
                    Code::UnknownField,
                    label.span,
                    Message::new("unknown-field")
                        .arg("kind", record.name())
                        .arg("name", segment.to_owned()),
                )
                .with_optional_help(suggestion),
            );
            return;
        };
        match field.ty {
            crate::schema::FieldType::Record(next) | crate::schema::FieldType::RecordList(next) => {
                record = next
            }
            _ => record = crate::schema::RecordKind::Api,
        }
    }
}
