//! The typed model: one struct per element kind, field names = model property names in
//! snake_case, every value read from a file a [`khung_diag::Spanned`], optional facts `Option`.

pub mod agency;
pub mod architecture;
pub mod common;
pub mod dataset;
mod element_ref;
pub mod enumeration;
pub mod field;
pub mod flow;
pub mod project;
pub mod service;
pub mod system;
pub mod system_records;
pub mod system_vocabulary;
pub mod vocabulary;
pub mod waiver;
pub mod zone;

use std::collections::BTreeMap;

pub use element_ref::ElementRef;

use crate::model::agency::Agency;
use crate::model::architecture::Architecture;
use crate::model::common::{ElementKind, Id};
use crate::model::dataset::Dataset;
use crate::model::field::FieldDef;
use crate::model::flow::Flow;
use crate::model::project::Project;
use crate::model::service::Service;
use crate::model::system::System;
use crate::model::system_records::Api;
use crate::model::waiver::Waiver;
use crate::model::zone::Zone;

/// A whole loaded model: the workspace's elements, the imported models' and the reference
/// model's, each map keyed by id (one id namespace across all kinds; ids are unique across the
/// maps). Holds every element whatever its lifecycle; filter with [`Model::exists_at`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Model {
    /// `agency` elements.
    pub agencies: BTreeMap<Id, Agency>,
    /// `system` elements.
    pub systems: BTreeMap<Id, System>,
    /// `dataset` elements.
    pub datasets: BTreeMap<Id, Dataset>,
    /// `flow` elements (top-level and nested in systems).
    pub flows: BTreeMap<Id, Flow>,
    /// `service` elements.
    pub services: BTreeMap<Id, Service>,
    /// `zone` elements.
    pub zones: BTreeMap<Id, Zone>,
    /// `project` elements.
    pub projects: BTreeMap<Id, Project>,
    /// `architecture` elements.
    pub architectures: BTreeMap<Id, Architecture>,
    /// The workspace's waivers, in (file, offset) order (an imported model's waivers are for its
    /// own checks and are not loaded).
    pub waivers: Vec<Waiver>,
    /// The field vocabulary, by field name.
    pub fields: BTreeMap<String, FieldDef>,
}

impl Model {
    /// The element with this id, whatever its kind.
    #[must_use]
    pub fn element(&self, id: &str) -> Option<ElementRef<'_>> {
        if let Some(x) = self.agencies.get(id) {
            return Some(ElementRef::Agency(x));
        }
        if let Some(x) = self.systems.get(id) {
            return Some(ElementRef::System(x));
        }
        if let Some(x) = self.datasets.get(id) {
            return Some(ElementRef::Dataset(x));
        }
        if let Some(x) = self.flows.get(id) {
            return Some(ElementRef::Flow(x));
        }
        if let Some(x) = self.services.get(id) {
            return Some(ElementRef::Service(x));
        }
        if let Some(x) = self.zones.get(id) {
            return Some(ElementRef::Zone(x));
        }
        if let Some(x) = self.projects.get(id) {
            return Some(ElementRef::Project(x));
        }
        self.architectures.get(id).map(ElementRef::Architecture)
    }

    /// The kind of the element with this id.
    #[must_use]
    pub fn kind_of(&self, id: &str) -> Option<ElementKind> {
        self.element(id).map(|element| element.kind())
    }

    /// Every element, kind by kind (in [`ElementKind::ALL`] order), each kind sorted by id.
    pub fn elements(&self) -> impl Iterator<Item = ElementRef<'_>> {
        let agencies = self.agencies.values().map(ElementRef::Agency);
        let systems = self.systems.values().map(ElementRef::System);
        let datasets = self.datasets.values().map(ElementRef::Dataset);
        let flows = self.flows.values().map(ElementRef::Flow);
        let services = self.services.values().map(ElementRef::Service);
        let zones = self.zones.values().map(ElementRef::Zone);
        let projects = self.projects.values().map(ElementRef::Project);
        let architectures = self.architectures.values().map(ElementRef::Architecture);
        agencies
            .chain(systems)
            .chain(datasets)
            .chain(flows)
            .chain(services)
            .chain(zones)
            .chain(projects)
            .chain(architectures)
    }

    /// Whether the element comes from the workspace's own files (`ws(id)` of the rules): origin
    /// `workspace`, or the reference agency the manifest names and the model `extend`s. False
    /// for reference and imported elements and for unknown ids.
    #[must_use]
    pub fn is_workspace(&self, id: &str) -> bool {
        match self.element(id) {
            Some(ElementRef::Agency(agency)) => {
                agency.extended || agency.origin == khung_diag::Origin::Workspace
            }
            Some(element) => *element.origin() == khung_diag::Origin::Workspace,
            None => false,
        }
    }

    /// The api named by a reference `<system>/<api>`, with its system.
    #[must_use]
    pub fn api(&self, reference: &str) -> Option<(&System, &Api)> {
        let (system_id, api_id) = reference.split_once('/')?;
        let system = self.systems.get(system_id)?;
        Some((system, system.api_named(api_id)?))
    }

    /// The field-vocabulary entry for a field name.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&FieldDef> {
        self.fields.get(name)
    }

    /// Number of elements of every kind together.
    #[must_use]
    pub fn element_count(&self) -> usize {
        self.agencies.len()
            + self.systems.len()
            + self.datasets.len()
            + self.flows.len()
            + self.services.len()
            + self.zones.len()
            + self.projects.len()
            + self.architectures.len()
    }
}
