//! Compiling a pack's definitions and rules: constants and macros along `extends`, every
//! `when`/`assert` and template checked against the schema, labels checked against the
//! element kind's properties.

use std::collections::BTreeSet;

use khung_diag::{Code, Diagnostic, Message, closest};
use khung_model::{ElementKind, Status};

use crate::cel::ast::Expr;
use crate::cel::parse::{TextLocation, parse_expression};
use crate::check::{Environment, check};
use crate::pack::expand::{Definitions, MacroDef, called_macros, expand, parse_macro_head};
use crate::pack::load::VIEWS;
use crate::pack::read::{Bilingual, RawPack, RawRule, SourceText};
use crate::pack::template::{RawPart, split};
use crate::pack::{Rule, Template, TemplatePart, Texts};
use crate::schema::Type;

fn location(source: &SourceText) -> TextLocation {
    match source.verbatim_at {
        Some(base) => TextLocation::verbatim(source.span.file, base, source.text.len()),
        None => TextLocation::fixed(source.span),
    }
}

pub(crate) fn pack_definitions(
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

pub(crate) fn texts(bilingual: &Bilingual) -> Texts {
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

pub(crate) fn compile_rule(
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
