//! SARIF 2.1.0 (cli-and-outputs.md, "Machine outputs"): one run whose `tool.driver` lists every
//! rule of the profile, with a result per finding (suppressed ones carry `suppressions`) and
//! per diagnostic of the run (load, rule-pack and engine problems, so CI shows them too).

use std::collections::BTreeMap;

use khung_diag::{Catalogue, DOCS_BASE_URL, Diagnostic, Message, Severity, Span};
use khung_rules::engine::finding::{Finding, Suppression};
use khung_rules::pack::Rule;
use serde_json::{Value, json};

use crate::findings::rule_url;
use crate::location::Location;
use crate::run::CheckRun;

/// The `$schema` of the document.
pub const SARIF_SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of khung's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "khungFingerprint/v1";

/// The SARIF document of `run`, pretty-printed with a trailing newline. Keys are sorted and
/// nothing depends on the clock: the same run gives the same bytes.
#[must_use]
pub fn sarif(run: &CheckRun<'_>) -> String {
    let mut descriptors: Vec<Value> = run
        .rules
        .rules()
        .iter()
        .map(|r| rule_descriptor(r, run))
        .collect();
    let mut index: BTreeMap<String, usize> = run
        .rules
        .rules()
        .iter()
        .enumerate()
        .map(|(i, rule)| (rule.id.clone(), i))
        .collect();
    // Diagnostic codes get a descriptor each (after the rules), so every result's `ruleId`
    // is described.
    for diagnostic in run.diagnostics {
        let code = diagnostic.code.as_str();
        if !index.contains_key(code) {
            index.insert(code.to_owned(), descriptors.len());
            descriptors.push(code_descriptor(diagnostic, run));
        }
    }
    let mut results: Vec<Value> = run
        .outcome
        .findings
        .iter()
        .map(|finding| finding_result(finding, index.get(&finding.rule).copied(), run))
        .collect();
    results.extend(
        run.diagnostics
            .iter()
            .map(|d| diagnostic_result(d, index.get(d.code.as_str()).copied(), run)),
    );
    let document = json!({
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "khung",
                    "version": run.tool_version,
                    "informationUri": DOCS_BASE_URL,
                    "rules": descriptors,
                }
            },
            "language": run.lang.as_str(),
            "columnKind": "unicodeCodePoints",
            "invocations": [{ "executionSuccessful": true }],
            "properties": {
                "profile": run.rules.profile(),
                "asOf": run.as_of.to_string(),
                "disabledRules": run.outcome.stats.rules_disabled,
            },
            "results": results,
        }],
    });
    crate::emit::json::to_json(&document)
}

/// The SARIF level of a severity.
#[must_use]
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule_descriptor(rule: &Rule, run: &CheckRun<'_>) -> Value {
    let title = rule.title.get(run.lang);
    let basis: Vec<String> = rule
        .basis_for(run.rules.profile())
        .into_iter()
        .map(|b| b.text)
        .collect();
    let full = if basis.is_empty() {
        title.to_owned()
    } else {
        Message::new("report-sarif-full-description")
            .arg("title", title.to_owned())
            .arg("basis", basis.join("; "))
            .render(run.lang)
    };
    let mut tags = vec![rule.view.clone()];
    tags.extend(basis);
    json!({
        "id": rule.id,
        "name": rule.id,
        "shortDescription": { "text": title },
        "fullDescription": { "text": full },
        "helpUri": rule_url(&rule.id),
        "defaultConfiguration": { "level": level(rule.severity), "enabled": run.rule_was_run(rule) },
        "properties": { "tags": tags, "pack": rule.pack, "appliesTo": rule.applies_to.as_str() },
    })
}

fn code_descriptor(diagnostic: &Diagnostic, run: &CheckRun<'_>) -> Value {
    let code = diagnostic.code.as_str();
    json!({
        "id": code,
        "name": code,
        "shortDescription": {
            "text": Message::new("report-sarif-diagnostic").arg("code", code).render(run.lang)
        },
        "helpUri": diagnostic.code.docs_url(),
        "defaultConfiguration": { "level": level(diagnostic.code.info().severity) },
        "properties": { "tags": ["diagnostic"] },
    })
}

fn finding_result(finding: &Finding, rule_index: Option<usize>, run: &CheckRun<'_>) -> Value {
    let mut result = json!({
        "ruleId": finding.rule,
        "level": level(finding.severity),
        "message": { "text": with_help(&finding.message, finding.help.as_deref(), run) },
        "locations": locations(Some(finding.span), Some(&finding.element), run),
        "partialFingerprints": { FINGERPRINT_KEY: finding.fingerprint },
        "properties": {
            "element": { "kind": finding.element_kind, "id": finding.element },
            "view": finding.view,
            "basis": finding.basis.iter().map(|b| b.text.clone()).collect::<Vec<_>>(),
        },
    });
    if let Some(index) = rule_index {
        result["ruleIndex"] = json!(index);
    }
    if let Some(suppression) = &finding.suppression {
        result["suppressions"] = json!([suppression_of(suppression, run)]);
    }
    result
}

fn suppression_of(suppression: &Suppression, run: &CheckRun<'_>) -> Value {
    match suppression {
        Suppression::Waived {
            reason,
            until,
            span,
        } => {
            let mut value = json!({
                // The waiver is written in the model itself.
                "kind": "inSource",
                "status": "accepted",
                "justification": reason.clone().unwrap_or_default(),
                "properties": { "until": until.map(|d| d.to_string()) },
            });
            if let Some(location) = physical_location(*span, run) {
                value["location"] = json!({ "physicalLocation": location });
            }
            value
        }
        Suppression::Baseline => json!({
            "kind": "external",
            "status": "accepted",
            "justification": Message::new("report-status-baseline").render(run.lang),
        }),
    }
}

fn diagnostic_result(
    diagnostic: &Diagnostic,
    rule_index: Option<usize>,
    run: &CheckRun<'_>,
) -> Value {
    let catalogue = Catalogue::builtin();
    let message = catalogue.render(&diagnostic.message, run.lang);
    let help = diagnostic
        .help
        .as_ref()
        .map(|h| catalogue.render(h, run.lang));
    let mut result = json!({
        "ruleId": diagnostic.code.as_str(),
        "level": level(diagnostic.severity),
        "message": { "text": with_help(&message, help.as_deref(), run) },
        "locations": locations(diagnostic.primary_span(), None, run),
    });
    if let Some(index) = rule_index {
        result["ruleIndex"] = json!(index);
    }
    result
}

fn with_help(message: &str, help: Option<&str>, run: &CheckRun<'_>) -> String {
    match help {
        Some(help) => Message::new("report-message-with-help")
            .arg("message", message.to_owned())
            .arg("help", help.to_owned())
            .render(run.lang),
        None => message.to_owned(),
    }
}

fn locations(span: Option<Span>, element: Option<&str>, run: &CheckRun<'_>) -> Vec<Value> {
    let physical = span.and_then(|span| physical_location(span, run));
    if physical.is_none() && element.is_none() {
        return Vec::new();
    }
    let mut location = json!({});
    if let Some(physical) = physical {
        location["physicalLocation"] = physical;
    }
    if let Some(element) = element {
        location["logicalLocations"] = json!([{ "name": element, "kind": "element" }]);
    }
    vec![location]
}

fn physical_location(span: Span, run: &CheckRun<'_>) -> Option<Value> {
    let location = Location::of(span, run.sources)?;
    let (uri, relative) = artifact_uri(&location.file)?;
    let mut artifact = json!({ "uri": uri });
    if relative {
        artifact["uriBaseId"] = json!("%SRCROOT%");
    }
    Some(json!({
        "artifactLocation": artifact,
        "region": {
            "startLine": location.line,
            "startColumn": location.column,
            "endLine": location.end_line,
            "endColumn": location.end_column,
        }
    }))
}

/// The URI of a display path, and whether it is relative to the workspace root. Workspace
/// paths are relative references; imported and reference files keep their `import:` /
/// `reference:` prefix as the URI scheme; pseudo-files (`<command line>`) have none.
fn artifact_uri(path: &str) -> Option<(String, bool)> {
    if path.is_empty() || path.starts_with('<') {
        return None;
    }
    for scheme in ["import:", "reference:"] {
        if let Some(rest) = path.strip_prefix(scheme) {
            return Some((format!("{scheme}{}", percent_encode_path(rest)), false));
        }
    }
    Some((percent_encode_path(path), true))
}

/// Percent-encodes everything but RFC 3986 unreserved characters and `/`.
fn percent_encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.replace('\\', "/").bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspace_paths_are_relative_and_encoded() {
        assert_eq!(
            artifact_uri("systems/hệ thống.kdl"),
            Some(("systems/h%E1%BB%87%20th%E1%BB%91ng.kdl".to_owned(), true))
        );
        assert_eq!(
            artifact_uri("import:bo-tai-chinh/a.kdl"),
            Some(("import:bo-tai-chinh/a.kdl".to_owned(), false))
        );
        assert_eq!(artifact_uri("<command line>"), None);
    }
}
