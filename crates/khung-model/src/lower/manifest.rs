//! Lowering `khung.kdl`: one `workspace` node.

use khung_diag::{Code, Diagnostic, FileId, Lang, Message, Severity, Spanned};
use khung_kdl::{Document, Node};

use crate::lower::reader::Reader;
use crate::lower::unknown_node;
use crate::lower::value;
use crate::workspace::manifest::{Manifest, RuleSetting};

/// Lowers the manifest document (`workspace` node; anything else is `unknown-node`).
pub(crate) fn lower_manifest(
    document: &Document,
    file: FileId,
    diagnostics: &mut Vec<Diagnostic>,
) -> Manifest {
    let mut manifest = Manifest {
        file: Some(file),
        ..Manifest::default()
    };
    let mut seen: Option<Node<'_>> = None;
    for node in document.nodes() {
        if node.name().value != "workspace" {
            diagnostics.push(unknown_node(
                node.name().value,
                node.name().span,
                &["workspace"],
            ));
            continue;
        }
        if let Some(first) = seen {
            diagnostics.push(crate::lower::reader::duplicate(
                "workspace",
                node.name().span,
                first.name().span,
            ));
            continue;
        }
        seen = Some(node);
        read_workspace(node, &mut manifest, diagnostics);
    }
    manifest
}

fn read_workspace(node: Node<'_>, manifest: &mut Manifest, diagnostics: &mut Vec<Diagnostic>) {
    let mut reader = Reader::new(node);
    manifest.span = Some(node.span());
    manifest.name = reader
        .argument(0)
        .and_then(|entry| value::string(diagnostics, entry, "workspace"));
    manifest.profile = reader.string(diagnostics, "profile");
    manifest.lang = reader.scalar(diagnostics, "lang").and_then(|entry| {
        let parsed = entry.value().as_str().and_then(Lang::parse);
        if parsed.is_none() {
            diagnostics.push(invalid(entry, "lang", "vi, en"));
        }
        parsed.map(|lang| Spanned::new(lang, entry.value_span()))
    });
    manifest.as_of = reader.date(diagnostics, "as-of");
    manifest.include = reader.string_list(diagnostics, "include");
    manifest.exclude = reader.string_list(diagnostics, "exclude");
    manifest.import = reader.string_list(diagnostics, "import");
    manifest.reference = reader.boolean(diagnostics, "reference");
    manifest.rules = reader.string_list(diagnostics, "rules");
    manifest.rule = reader
        .children("rule")
        .into_iter()
        .filter_map(|child| rule_setting(child, diagnostics))
        .collect();
    manifest.baseline = reader.string(diagnostics, "baseline");
    manifest.templates = reader.string(diagnostics, "templates");
    manifest.agency = reader.string(diagnostics, "agency");
    reader.finish(diagnostics);
}

fn rule_setting(node: Node<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<RuleSetting> {
    let mut reader = Reader::new(node);
    let id = reader.string_argument(diagnostics);
    let severity = reader.property(diagnostics, "severity").and_then(|entry| {
        let parsed = entry.value().as_str().and_then(Severity::parse);
        if parsed.is_none() {
            diagnostics.push(invalid(entry, "severity", "error, warning, info"));
        }
        parsed.map(|severity| Spanned::new(severity, entry.value_span()))
    });
    let enabled = reader
        .property(diagnostics, "enabled")
        .and_then(|entry| value::boolean(diagnostics, entry, "enabled"));
    reader.finish(diagnostics);
    Some(RuleSetting {
        id: id?,
        severity,
        enabled,
        span: node.span(),
    })
}

fn invalid(entry: khung_kdl::Entry<'_>, key: &str, allowed: &str) -> Diagnostic {
    Diagnostic::new(
        Code::InvalidValue,
        entry.value_span(),
        Message::new("invalid-value")
            .arg("value", entry.value().display())
            .arg("name", key.to_owned()),
    )
    .with_help(Message::new("allowed-values").arg("values", allowed.to_owned()))
}
