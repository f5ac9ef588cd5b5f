//! Merging the lowered files into one [`Model`]: one id namespace (`duplicate-id` with both
//! spans, `reference-redefined` for a reference id), and `extend` of the named reference
//! agency (adding facts only).

use std::collections::{BTreeMap, HashMap};

use khung_diag::{Code, Diagnostic, Message, Origin, Span};

use crate::lower::agency::AgencyExtension;
use crate::lower::{LoweredFile, duplicate_id};
use crate::model::Model;
use crate::model::agency::Agency;
use crate::model::common::Text;
use crate::model::common::{Element, ElementKind};

/// Where an id was first defined.
struct Definition {
    span: Span,
    origin: Origin,
}

/// An `extend` waiting for every file to be merged.
struct PendingExtend {
    extension: AgencyExtension,
    /// The agency the extending model's manifest names.
    named: Option<String>,
}

/// Builds the model file by file (reference first, then imports, then the workspace).
#[derive(Default)]
pub(crate) struct Merger {
    model: Model,
    /// Every id defined so far (looked up only, never iterated).
    ids: HashMap<String, Definition>,
    extends: Vec<PendingExtend>,
}

impl Merger {
    /// Adds one file's elements; `named_agency` is the agency its model's manifest names.
    pub(crate) fn add(
        &mut self,
        file: LoweredFile,
        named_agency: Option<&str>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        for agency in file.agencies {
            self.insert(agency, diagnostics, |m| &mut m.agencies);
        }
        for system in file.systems {
            self.insert(system, diagnostics, |m| &mut m.systems);
        }
        for dataset in file.datasets {
            self.insert(dataset, diagnostics, |m| &mut m.datasets);
        }
        for flow in file.flows {
            self.insert(flow, diagnostics, |m| &mut m.flows);
        }
        for service in file.services {
            self.insert(service, diagnostics, |m| &mut m.services);
        }
        for zone in file.zones {
            self.insert(zone, diagnostics, |m| &mut m.zones);
        }
        for project in file.projects {
            self.insert(project, diagnostics, |m| &mut m.projects);
        }
        for architecture in file.architectures {
            self.insert(architecture, diagnostics, |m| &mut m.architectures);
        }
        // Waivers apply to the workspace's own findings; an imported model's waivers are for
        // its own checks and do not travel with its elements.
        self.model.waivers.extend(
            file.waivers
                .into_iter()
                .filter(|w| w.origin == Origin::Workspace),
        );
        for field in file.fields {
            if let Some(first) = self.model.fields.get(&field.id.value) {
                diagnostics.push(duplicate_id(&field.id.value, field.id.span, first.id.span));
                continue;
            }
            self.model.fields.insert(field.id.value.clone(), field);
        }
        for extension in file.extends {
            self.extends.push(PendingExtend {
                extension,
                named: named_agency.map(str::to_owned),
            });
        }
    }

    fn insert<E: Element>(
        &mut self,
        element: E,
        diagnostics: &mut Vec<Diagnostic>,
        map: impl FnOnce(&mut Model) -> &mut BTreeMap<String, E>,
    ) {
        let id = element.id().clone();
        if let Some(first) = self.ids.get(&id.value) {
            if first.origin == Origin::Reference && *element.origin() != Origin::Reference {
                diagnostics.push(
                    Diagnostic::new(
                        Code::ReferenceRedefined,
                        id.span,
                        Message::new("reference-redefined").arg("id", id.value.clone()),
                    )
                    .with_label(first.span, Some(Message::new("first-defined-here"))),
                );
            } else {
                diagnostics.push(duplicate_id(&id.value, id.span, first.span));
            }
            return;
        }
        self.ids.insert(
            id.value.clone(),
            Definition {
                span: id.span,
                origin: element.origin().clone(),
            },
        );
        map(&mut self.model).insert(id.value, element);
    }

    /// Applies the `extend`s and returns the model.
    pub(crate) fn finish(mut self, diagnostics: &mut Vec<Diagnostic>) -> Model {
        for pending in std::mem::take(&mut self.extends) {
            self.apply_extend(pending, diagnostics);
        }
        self.model
            .waivers
            .sort_by_key(|w| (w.span.file, w.span.start));
        self.model
    }

    fn apply_extend(&mut self, pending: PendingExtend, diagnostics: &mut Vec<Diagnostic>) {
        let extension = pending.extension;
        let id = &extension.facts.id;
        let reject = |reason: &'static str| {
            Diagnostic::new(
                Code::InvalidExtend,
                id.span,
                Message::new("invalid-extend")
                    .arg("id", id.value.clone())
                    .arg("reason", reason),
            )
        };
        let Some(target) = self.model.agencies.get_mut(&id.value) else {
            let reason = match self.model.kind_of(&id.value) {
                Some(ElementKind::Agency) | None => "unknown",
                Some(_) => "not-agency",
            };
            diagnostics.push(reject(reason));
            return;
        };
        if target.origin != Origin::Reference {
            diagnostics.push(reject("not-reference"));
            return;
        }
        if pending.named.as_deref() != Some(id.value.as_str()) {
            diagnostics.push(reject("not-named"));
            return;
        }
        extend_agency(target, extension, diagnostics);
    }
}

/// Adds the facts of `extension` to `target`; a fact the reference already gives is
/// `reference-redefined` (pointing at the reference's fact).
fn extend_agency(
    target: &mut Agency,
    extension: AgencyExtension,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let AgencyExtension {
        facts,
        name,
        description,
    } = extension;
    let id = facts.id.value.clone();
    let mut redefined = |again: Span, first: Span| {
        diagnostics.push(
            Diagnostic::new(
                Code::ReferenceRedefined,
                again,
                Message::new("reference-redefined").arg("id", id.clone()),
            )
            .with_label(first, Some(Message::new("first-defined-here"))),
        );
    };
    macro_rules! add {
        ($($field:ident),+) => {$(
            if let Some(new) = facts.$field {
                match &target.$field {
                    Some(old) => redefined(new.span, old.span),
                    None => target.$field = Some(new),
                }
            }
        )+};
    }
    add!(
        status,
        since,
        retire,
        tier,
        kind,
        parent,
        successor,
        it_unit,
        security_unit,
        soc,
        assessor,
        sharing_focal_point,
        dpo
    );
    for (parts, text) in [
        (name, &mut target.name),
        (description, &mut target.description),
    ] {
        match text {
            None => {
                // The reference has no such text: the extension's default text adds it.
                if let Some(default) = parts.default {
                    *text = Some(Text {
                        default,
                        en: parts.english,
                    });
                }
            }
            Some(old) => {
                if let Some(default) = parts.default {
                    redefined(default.span, old.default.span);
                }
                if let Some(english) = parts.english {
                    match &old.en {
                        Some(existing) => redefined(english.span, existing.span),
                        None => old.en = Some(english),
                    }
                }
            }
        }
    }
    target.report.extend(facts.report);
    if facts.origin == Origin::Workspace {
        target.extended = true;
    }
}
