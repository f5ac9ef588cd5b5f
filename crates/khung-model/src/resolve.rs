//! Resolution: every reference of the table "References: which property points at which kind"
//! (`model-language.md`) is looked up and kind-checked. Unknown ids are
//! `unresolved-reference` (with the closest id of the expected kind as "did you mean"); ids of
//! another kind are `wrong-reference-kind`. References stay ids in the model (rules index the
//! maps with them); resolution only reports. The other load checks (waivers, project dates,
//! the field vocabulary) are in [`crate::checks`].

use std::collections::HashMap;

use khung_diag::{Code, Diagnostic, Message, Spanned};

use crate::lower::reader::did_you_mean;
use crate::model::Model;
use crate::model::common::{ElementKind, Id};
use crate::model::vocabulary::SystemKind;

/// What a reference must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expected {
    Kind(ElementKind),
    /// `field … source=`: a system or a dataset.
    SystemOrDataset,
    /// `auth citizen=` / `organisation=`: an identity provider, `npsp`, or `"local"`.
    IdentityProvider,
    /// `delivers` / `retires`: any element.
    Any,
}

impl Expected {
    /// The key passed to the `wrong-reference-kind` message.
    fn as_str(self) -> &'static str {
        match self {
            Expected::Kind(kind) => kind.as_str(),
            Expected::SystemOrDataset => "system-or-dataset",
            Expected::IdentityProvider => "identity-provider",
            Expected::Any => "element",
        }
    }
}

/// Checks every reference of `model` (the other load checks, which need the model mutably,
/// are [`crate::checks::run`]).
pub(crate) fn references(model: &Model, diagnostics: &mut Vec<Diagnostic>) {
    // One hash lookup per reference instead of one map search per element kind (ids are
    // unique across the kinds, so this is `Model::kind_of`).
    let kinds: HashMap<&str, ElementKind> = model
        .elements()
        .map(|element| (element.id().value.as_str(), element.kind()))
        .collect();
    let mut resolver = Resolver {
        model,
        kinds: &kinds,
        diagnostics,
    };
    resolver.agencies();
    resolver.systems();
    resolver.datasets();
    resolver.flows();
    resolver.services();
    resolver.others();
}

struct Resolver<'a> {
    model: &'a Model,
    /// The kind of every element id (looked up only, never iterated).
    kinds: &'a HashMap<&'a str, ElementKind>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

const AGENCY: Expected = Expected::Kind(ElementKind::Agency);
const SYSTEM: Expected = Expected::Kind(ElementKind::System);
const DATASET: Expected = Expected::Kind(ElementKind::Dataset);
const ZONE: Expected = Expected::Kind(ElementKind::Zone);

impl Resolver<'_> {
    fn check(&mut self, reference: Option<&Spanned<Id>>, name: &'static str, expected: Expected) {
        let Some(reference) = reference else { return };
        let id = reference.value.as_str();
        let actual = self.kinds.get(id).copied();
        let fits = match (expected, actual) {
            (_, None) => {
                self.unresolved(reference, expected);
                return;
            }
            (Expected::Any, Some(_)) => true,
            (Expected::Kind(kind), Some(actual)) => kind == actual,
            (Expected::SystemOrDataset, Some(actual)) => {
                matches!(actual, ElementKind::System | ElementKind::Dataset)
            }
            (Expected::IdentityProvider, Some(ElementKind::System)) => {
                id == "npsp"
                    || self.model.systems.get(id).is_some_and(|system| {
                        system
                            .kind
                            .as_ref()
                            .is_some_and(|k| k.value == SystemKind::IdentityProvider)
                    })
            }
            (Expected::IdentityProvider, Some(_)) => false,
        };
        if !fits {
            let actual = actual.map_or("", ElementKind::as_str);
            let actual = if expected == Expected::IdentityProvider && actual == "system" {
                "other-system"
            } else {
                actual
            };
            self.diagnostics.push(Diagnostic::new(
                Code::WrongReferenceKind,
                reference.span,
                Message::new("wrong-reference-kind")
                    .arg("id", id.to_owned())
                    .arg("actual", actual)
                    .arg("name", name)
                    .arg("expected", expected.as_str()),
            ));
        }
    }

    fn unresolved(&mut self, reference: &Spanned<Id>, expected: Expected) {
        let model = self.model;
        let candidates: Box<dyn Iterator<Item = &str>> = match expected {
            Expected::Kind(ElementKind::Agency) => {
                Box::new(model.agencies.keys().map(String::as_str))
            }
            Expected::Kind(ElementKind::System) | Expected::IdentityProvider => {
                Box::new(model.systems.keys().map(String::as_str))
            }
            Expected::Kind(ElementKind::Dataset) => {
                Box::new(model.datasets.keys().map(String::as_str))
            }
            Expected::Kind(ElementKind::Zone) => Box::new(model.zones.keys().map(String::as_str)),
            Expected::SystemOrDataset => Box::new(
                model
                    .systems
                    .keys()
                    .chain(model.datasets.keys())
                    .map(String::as_str),
            ),
            _ => Box::new(model.elements().map(|e| e.id().value.as_str())),
        };
        self.diagnostics.push(unresolved(
            reference,
            did_you_mean(&reference.value, candidates),
        ));
    }

    fn agencies(&mut self) {
        for agency in self.model.agencies.values() {
            self.check(agency.parent.as_ref(), "parent", AGENCY);
            self.check(agency.successor.as_ref(), "successor", AGENCY);
            self.check(agency.it_unit.as_ref(), "it-unit", AGENCY);
            self.check(agency.security_unit.as_ref(), "security-unit", AGENCY);
            self.check(agency.soc.as_ref(), "soc", AGENCY);
            self.check(agency.assessor.as_ref(), "assessor", AGENCY);
            for report in &agency.report {
                self.check(report.to.as_ref(), "to", AGENCY);
            }
        }
    }

    fn systems(&mut self) {
        for system in self.model.systems.values() {
            self.check(system.owner.as_ref(), "owner", AGENCY);
            if let Some(operator) = &system.operator {
                self.check(operator.value.as_ref(), "operator", AGENCY);
            }
            self.check(system.zone.as_ref(), "zone", ZONE);
            for component in &system.components {
                self.check(Some(component), "components", SYSTEM);
            }
            if let Some(level) = &system.security_level {
                self.check(level.appraised_by.as_ref(), "appraised-by", AGENCY);
            }
            if let Some(assessment) = &system.assessment {
                self.check(assessment.by.as_ref(), "by", AGENCY);
            }
            if let Some(monitoring) = &system.monitoring {
                for feed in &monitoring.feeds {
                    self.check(Some(feed), "feeds", SYSTEM);
                }
            }
            if let Some(auth) = &system.auth {
                for (reference, name) in [
                    (&auth.citizen, "citizen"),
                    (&auth.organisation, "organisation"),
                ] {
                    // `"local"`: the system keeps its own account store.
                    if reference.as_ref().is_some_and(|r| r.value != "local") {
                        self.check(reference.as_ref(), name, Expected::IdentityProvider);
                    }
                }
            }
            for api in &system.api {
                if let Some(published) = &api.published {
                    self.check(published.registry.as_ref(), "registry", SYSTEM);
                }
            }
        }
    }

    fn datasets(&mut self) {
        for dataset in self.model.datasets.values() {
            self.check(dataset.owner.as_ref(), "owner", AGENCY);
            self.check(dataset.stored_in.as_ref(), "stored-in", SYSTEM);
            if let Some(open) = &dataset.open {
                self.check(open.portal.as_ref(), "portal", SYSTEM);
            }
        }
    }

    fn flows(&mut self) {
        for flow in self.model.flows.values() {
            // A nested flow's `from` is its parent, already known to be a system.
            if flow.nested_in.is_none() {
                self.check(flow.from.as_ref(), "from", SYSTEM);
            }
            self.check(flow.to.as_ref(), "to", SYSTEM);
            for via in &flow.via {
                self.check(Some(via), "via", SYSTEM);
            }
            for data in &flow.data {
                self.check(Some(data), "data", DATASET);
            }
            if let Some(api) = &flow.api {
                self.api(api);
            }
        }
    }

    /// `api "<system>/<api>"`.
    fn api(&mut self, reference: &Spanned<String>) {
        let Some((system_id, api_id)) = reference.value.split_once('/') else {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    reference.span,
                    Message::new("invalid-value")
                        .arg("value", format!("{:?}", reference.value))
                        .arg("name", "api"),
                )
                .with_help(Message::new("api-reference-shape")),
            );
            return;
        };
        let system_ref = Spanned::new(system_id.to_owned(), reference.span);
        if self.kinds.get(system_id) != Some(&ElementKind::System) {
            self.check(Some(&system_ref), "api", SYSTEM);
            return;
        }
        let Some(system) = self.model.systems.get(system_id) else {
            return;
        };
        if system.api_named(api_id).is_none() {
            let names: Vec<String> = system
                .api
                .iter()
                .map(|a| format!("{system_id}/{}", a.id.value))
                .collect();
            let help = did_you_mean(&reference.value, names.iter().map(String::as_str));
            self.diagnostics.push(unresolved(reference, help));
        }
    }

    fn services(&mut self) {
        for service in self.model.services.values() {
            self.check(service.owner.as_ref(), "owner", AGENCY);
            self.check(service.provided_by.as_ref(), "provided-by", SYSTEM);
            self.check(service.portal.as_ref(), "portal", SYSTEM);
            if let Some(form) = &service.form {
                for field in &form.field {
                    self.check(field.source.as_ref(), "source", Expected::SystemOrDataset);
                }
            }
        }
    }

    fn others(&mut self) {
        for zone in self.model.zones.values() {
            self.check(zone.parent.as_ref(), "parent", ZONE);
        }
        for project in self.model.projects.values() {
            self.check(project.owner.as_ref(), "owner", AGENCY);
            for element in project.delivers.iter() {
                self.check(Some(element), "delivers", Expected::Any);
            }
            for element in project.retires.iter() {
                self.check(Some(element), "retires", Expected::Any);
            }
        }
        for architecture in self.model.architectures.values() {
            self.check(architecture.agency.as_ref(), "agency", AGENCY);
        }
        for waiver in &self.model.waivers {
            self.check(waiver.owner.as_ref(), "owner", AGENCY);
        }
    }
}

fn unresolved(reference: &Spanned<String>, help: Option<Message>) -> Diagnostic {
    Diagnostic::new(
        Code::UnresolvedReference,
        reference.span,
        Message::new("unresolved-reference").arg("id", reference.value.clone()),
    )
    .with_optional_help(help)
}
