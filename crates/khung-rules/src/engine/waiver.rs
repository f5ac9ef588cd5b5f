//! Applying waivers to findings: a matching, unexpired waiver suppresses its findings; an
//! expired one is reported (`waiver-expired`) and suppresses nothing; one that suppresses
//! nothing is `waiver-unused`; one for an unknown rule is `waiver-unknown-rule`. A waiver whose
//! target matches no workspace element is the model's `waiver-no-match` alone: it is not also
//! `waiver-unused` (one problem, one diagnostic).

use jiff::civil::Date;
use khung_diag::{Code, Diagnostic, Message, closest};
use khung_model::{Model, Waiver};

use crate::engine::finding::{Finding, Suppression};

/// Whether a waiver's target matches an element id (the model's resolved matches, else the
/// glob itself: `*` is any run of characters).
fn targets(waiver: &Waiver, element: &str) -> bool {
    if waiver.matches.iter().any(|id| id == element) {
        return true;
    }
    waiver
        .target
        .as_ref()
        .is_some_and(|target| glob_matches(&target.value, element))
}

fn glob_matches(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (index, part) in parts.iter().enumerate() {
        if index == 0 {
            let Some(after) = rest.strip_prefix(part) else {
                return false;
            };
            rest = after;
        } else if index == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

/// Whether the waiver names a target that matches no workspace element of `model`.
fn matches_no_element(waiver: &Waiver, model: &Model) -> bool {
    waiver.target.is_some()
        && !model.elements().any(|element| {
            let id = &element.id().value;
            model.is_workspace(id) && targets(waiver, id)
        })
}

/// Applies the model's waivers to the findings; returns the waiver diagnostics.
pub(crate) fn apply_waivers(
    model: &Model,
    known_rules: &[String],
    findings: &mut [Finding],
    as_of: Date,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for waiver in &model.waivers {
        let rule = waiver.rule.value.as_str();
        let target = waiver.target.as_ref().map_or("", |t| t.value.as_str());
        if !known_rules.iter().any(|known| known == rule) {
            let suggestion = closest(rule, known_rules.iter().map(String::as_str))
                .map(|name| Message::new("did-you-mean").arg("name", name.to_owned()));
            diagnostics.push(
                Diagnostic::new(
                    Code::WaiverUnknownRule,
                    waiver.rule.span,
                    Message::new("waiver-unknown-rule").arg("id", rule.to_owned()),
                )
                .with_optional_help(suggestion),
            );
            continue;
        }
        let until = waiver.until.as_ref().map(|until| until.value);
        if let Some(until) = until.filter(|until| *until < as_of) {
            diagnostics.push(Diagnostic::new(
                Code::WaiverExpired,
                waiver.until.as_ref().map_or(waiver.span, |u| u.span),
                Message::new("waiver-expired")
                    .arg("rule", rule.to_owned())
                    .arg("target", target.to_owned())
                    .arg("until", until.to_string()),
            ));
            continue;
        }
        let mut used = false;
        for finding in findings.iter_mut() {
            if finding.rule == rule && targets(waiver, &finding.element) {
                used = true;
                finding.suppression = Some(Suppression::Waived {
                    reason: waiver.reason.as_ref().map(|r| r.value.clone()),
                    until,
                    span: waiver.span,
                });
            }
        }
        // A target that matches nothing is already `waiver-no-match` (khung-model).
        if !used && !matches_no_element(waiver, model) {
            diagnostics.push(Diagnostic::new(
                Code::WaiverUnused,
                waiver.span,
                Message::new("waiver-unused")
                    .arg("rule", rule.to_owned())
                    .arg("target", target.to_owned()),
            ));
        }
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::glob_matches;

    #[test]
    fn globs_match_prefixes_suffixes_and_infixes() {
        assert!(glob_matches("qn-*", "qn-motcua"));
        assert!(!glob_matches("qn-*", "hn-motcua"));
        assert!(glob_matches("*-db", "qn-db"));
        assert!(glob_matches("qn-*-db", "qn-ho-tich-db"));
        assert!(glob_matches("qn-motcua", "qn-motcua"));
        assert!(!glob_matches("qn-motcua", "qn-motcua2"));
    }
}
