//! Load checks beyond references: waiver targets and self-approval, project dates against the
//! elements they deliver or retire, and field names against the vocabulary.

use globset::GlobBuilder;
use khung_diag::{Code, Diagnostic, Message, Spanned};

use crate::lower::reader::did_you_mean;
use crate::model::Model;
use crate::workspace::manifest::Manifest;

/// Runs every check; fills each waiver's `matches`.
pub(crate) fn run(model: &mut Model, _manifest: &Manifest, diagnostics: &mut Vec<Diagnostic>) {
    waivers(model, diagnostics);
    project_dates(model, diagnostics);
    vocabulary(model, diagnostics);
}

fn waivers(model: &mut Model, diagnostics: &mut Vec<Diagnostic>) {
    if model.waivers.is_empty() {
        return;
    }
    let workspace_ids: Vec<String> = model
        .elements()
        .map(|element| element.id().value.clone())
        .filter(|id| model.is_workspace(id))
        .collect();
    let mut all_matches = Vec::with_capacity(model.waivers.len());
    for waiver in &model.waivers {
        let mut matches = Vec::new();
        if let Some(target) = &waiver.target {
            match GlobBuilder::new(&target.value)
                .literal_separator(true)
                .build()
            {
                Ok(glob) => {
                    let matcher = glob.compile_matcher();
                    matches = workspace_ids
                        .iter()
                        .filter(|id| matcher.is_match(id.as_str()))
                        .cloned()
                        .collect();
                    matches.sort();
                    if matches.is_empty() {
                        diagnostics.push(
                            Diagnostic::new(
                                Code::WaiverNoMatch,
                                target.span,
                                Message::new("waiver-no-match").arg("target", target.value.clone()),
                            )
                            .with_optional_help(did_you_mean(
                                &target.value,
                                workspace_ids.iter().map(String::as_str),
                            )),
                        );
                    }
                }
                Err(_) => diagnostics.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        target.span,
                        Message::new("invalid-value")
                            .arg("value", format!("{:?}", target.value))
                            .arg("name", "target"),
                    )
                    .with_help(Message::new("glob-syntax")),
                ),
            }
        }
        if let (Some(owner), Some(approved_by)) = (&waiver.owner, &waiver.approved_by)
            && self_approved(model, &owner.value, &approved_by.value)
        {
            diagnostics.push(
                Diagnostic::new(
                    Code::WaiverSelfApproved,
                    approved_by.span,
                    Message::new("waiver-self-approved").arg("owner", owner.value.clone()),
                )
                .with_label(owner.span, None),
            );
        }
        all_matches.push(matches);
    }
    for (waiver, matches) in model.waivers.iter_mut().zip(all_matches) {
        waiver.matches = matches;
    }
}

/// `approved-by`, trimmed and compared case-insensitively, equals the owner's id or a name.
#[must_use]
pub(crate) fn self_approved(model: &Model, owner: &str, approved_by: &str) -> bool {
    let approver = approved_by.trim().to_lowercase();
    if approver == owner.trim().to_lowercase() {
        return true;
    }
    model
        .agencies
        .get(owner)
        .and_then(|agency| agency.name.as_ref())
        .is_some_and(|name| name.all().any(|n| n.trim().to_lowercase() == approver))
}

fn project_dates(model: &Model, diagnostics: &mut Vec<Diagnostic>) {
    for project in model.projects.values() {
        let Some(end) = &project.end else { continue };
        let lists = [
            ("delivers", &project.delivers),
            ("retires", &project.retires),
        ];
        for (action, elements) in lists {
            for element_id in elements {
                let Some(element) = model.element(&element_id.value) else {
                    continue;
                };
                let facts = element.lifecycle();
                let date = if action == "delivers" {
                    facts.since
                } else {
                    facts.retire
                };
                if date.is_some_and(|d| d <= end.value) {
                    continue;
                }
                diagnostics.push(Diagnostic::new(
                    Code::ProjectDateMismatch,
                    element_id.span,
                    Message::new("project-date-mismatch")
                        .arg("project", project.id.value.clone())
                        .arg("action", action)
                        .arg("element", element_id.value.clone())
                        .arg(
                            "date",
                            date.map_or_else(|| "none".to_owned(), |d| d.to_string()),
                        )
                        .arg("end", end.value.to_string()),
                ));
            }
        }
    }
}

/// Field names of datasets, flows and service forms must be in the vocabulary (a warning).
/// Without a vocabulary (no reference model) nothing can be checked.
fn vocabulary(model: &Model, diagnostics: &mut Vec<Diagnostic>) {
    if model.fields.is_empty() {
        return;
    }
    let mut check = |name: &Spanned<String>| {
        if model.fields.contains_key(&name.value) {
            return;
        }
        diagnostics.push(
            Diagnostic::new(
                Code::UnknownVocabularyField,
                name.span,
                Message::new("unknown-vocabulary-field").arg("name", name.value.clone()),
            )
            .with_optional_help(did_you_mean(
                &name.value,
                model.fields.keys().map(String::as_str),
            )),
        );
    };
    for dataset in model.datasets.values() {
        dataset
            .fields
            .iter()
            .chain(&dataset.provides)
            .for_each(&mut check);
    }
    for flow in model.flows.values() {
        flow.fields.iter().for_each(&mut check);
    }
    for service in model.services.values() {
        if let Some(form) = &service.form {
            form.field
                .iter()
                .filter_map(|f| f.value.as_ref())
                .for_each(&mut check);
        }
    }
}
