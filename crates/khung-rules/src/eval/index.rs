//! [`CheckIndex`]: everything built once per check: the elements that exist at `as_of` per kind,
//! the reverse indexes of the built-ins, the flow graph, and the `min_level` memo.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, HashSet};

use jiff::civil::Date;
use khung_model::{Element, ElementKind, LifecycleFacts, Model};

use crate::schema::Record;

/// The legal regime whose criteria the profile-aware built-ins apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Regime {
    /// `vn-2019`: Decree 85/2016 criteria.
    Vn2019,
    /// `vn-2026`: Decree 331/2026 criteria.
    Vn2026,
}

impl Regime {
    /// The profile id.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Regime::Vn2019 => "vn-2019",
            Regime::Vn2026 => "vn-2026",
        }
    }
}

/// Whether an element with these lifecycle facts exists at `date` (the model's rule).
#[must_use]
pub fn exists_at(facts: LifecycleFacts, date: Date) -> bool {
    khung_model::exists_at(facts, date)
}

/// The existing elements of one kind: ids sorted, and a lookup.
#[derive(Debug, Default)]
pub struct ExistingElements<'a> {
    /// Ids in sorted order (the iteration order of comprehensions over the map).
    pub ids: Vec<&'a str>,
    /// Lookup by id.
    pub by_id: HashMap<&'a str, Record<'a>>,
}

/// A reverse index: id → sorted ids.
pub type ReverseIndex<'a> = HashMap<&'a str, Vec<&'a str>>;

/// Per-check indexes over one model.
#[derive(Debug)]
pub struct CheckIndex<'a> {
    /// The model.
    pub model: &'a Model,
    /// The evaluation date.
    pub as_of: Date,
    /// The active profile id (`profile` in CEL).
    pub profile: &'a str,
    /// The regime of the profile.
    pub regime: Regime,
    existing: [ExistingElements<'a>; 8],
    /// Existing flows by `from`.
    pub flows_from: ReverseIndex<'a>,
    /// Existing flows by `to`.
    pub flows_to: ReverseIndex<'a>,
    /// Existing flows by either end.
    pub flows_of: ReverseIndex<'a>,
    /// Existing datasets by `stored_in`.
    pub stored: ReverseIndex<'a>,
    /// Existing systems by each of their `components`.
    pub composites_of: ReverseIndex<'a>,
    /// Existing datasets by each entity of `master_of`.
    pub masters_of: ReverseIndex<'a>,
    /// Existing datasets by each field of `provides`.
    pub providers_of: ReverseIndex<'a>,
    /// Existing flows by each dataset of `data`.
    pub flows_carrying: ReverseIndex<'a>,
    /// Existing services by `provided_by`.
    pub services_of: ReverseIndex<'a>,
    /// Existing systems by `zone`.
    pub systems_in_zone: ReverseIndex<'a>,
    /// Systems another element points at in a way CORE-004 counts.
    pub referenced: HashSet<&'a str>,
    /// The flow graph: system → systems one hop further along an existing flow (via included).
    pub successors: HashMap<&'a str, BTreeSet<&'a str>>,
    /// `min_level` memo per system id.
    pub min_level_memo: RefCell<HashMap<&'a str, i64>>,
}

fn kind_index(kind: ElementKind) -> usize {
    match kind {
        ElementKind::Agency => 0,
        ElementKind::System => 1,
        ElementKind::Dataset => 2,
        ElementKind::Flow => 3,
        ElementKind::Service => 4,
        ElementKind::Zone => 5,
        ElementKind::Project => 6,
        ElementKind::Architecture => 7,
    }
}

fn existing_of<'a, E: Element>(
    elements: &'a std::collections::BTreeMap<String, E>,
    as_of: Date,
    wrap: fn(&'a E) -> Record<'a>,
) -> ExistingElements<'a> {
    let mut existing = ExistingElements::default();
    for (id, element) in elements {
        if exists_at(element.lifecycle(), as_of) {
            existing.ids.push(id.as_str());
            existing.by_id.insert(id.as_str(), wrap(element));
        }
    }
    existing
}

fn push<'a>(index: &mut ReverseIndex<'a>, key: &'a str, id: &'a str) {
    let ids = index.entry(key).or_default();
    if ids.last() != Some(&id) {
        ids.push(id);
    }
}

impl<'a> CheckIndex<'a> {
    /// Builds every index for `model` at `as_of` under `profile`.
    #[must_use]
    pub fn new(model: &'a Model, as_of: Date, profile: &'a str, regime: Regime) -> CheckIndex<'a> {
        let existing = [
            existing_of(&model.agencies, as_of, Record::Agency),
            existing_of(&model.systems, as_of, Record::System),
            existing_of(&model.datasets, as_of, Record::Dataset),
            existing_of(&model.flows, as_of, Record::Flow),
            existing_of(&model.services, as_of, Record::Service),
            existing_of(&model.zones, as_of, Record::Zone),
            existing_of(&model.projects, as_of, Record::Project),
            existing_of(&model.architectures, as_of, Record::Architecture),
        ];
        let mut index = CheckIndex {
            model,
            as_of,
            profile,
            regime,
            existing,
            flows_from: HashMap::new(),
            flows_to: HashMap::new(),
            flows_of: HashMap::new(),
            stored: HashMap::new(),
            composites_of: HashMap::new(),
            masters_of: HashMap::new(),
            providers_of: HashMap::new(),
            flows_carrying: HashMap::new(),
            services_of: HashMap::new(),
            systems_in_zone: HashMap::new(),
            referenced: HashSet::new(),
            successors: HashMap::new(),
            min_level_memo: RefCell::new(HashMap::new()),
        };
        index.build_reverse_indexes();
        index
    }

    fn build_reverse_indexes(&mut self) {
        let model = self.model;
        let as_of = self.as_of;
        for (id, flow) in &model.flows {
            if !exists_at(flow.lifecycle(), as_of) {
                continue;
            }
            let id = id.as_str();
            if let Some(from) = &flow.from {
                push(&mut self.flows_from, &from.value, id);
                push(&mut self.flows_of, &from.value, id);
            }
            if let Some(to) = &flow.to {
                push(&mut self.flows_to, &to.value, id);
                push(&mut self.flows_of, &to.value, id);
            }
            for dataset in &flow.data {
                push(&mut self.flows_carrying, &dataset.value, id);
            }
            let path: Vec<&str> = flow.path().map(|hop| hop.value.as_str()).collect();
            for hop in &path {
                self.referenced.insert(hop);
            }
            for pair in path.windows(2) {
                self.successors.entry(pair[0]).or_default().insert(pair[1]);
            }
        }
        for (id, system) in &model.systems {
            if !exists_at(system.lifecycle(), as_of) {
                continue;
            }
            let id = id.as_str();
            if !system.components.is_empty() {
                self.referenced.insert(id);
            }
            for component in &system.components {
                push(&mut self.composites_of, &component.value, id);
                self.referenced.insert(&component.value);
            }
            if let Some(zone) = &system.zone {
                push(&mut self.systems_in_zone, &zone.value, id);
            }
            if let Some(monitoring) = &system.monitoring {
                for feed in &monitoring.feeds {
                    self.referenced.insert(&feed.value);
                }
            }
            if let Some(auth) = &system.auth {
                for provider in auth.citizen.iter().chain(auth.organisation.iter()) {
                    self.referenced.insert(&provider.value);
                }
            }
        }
        for (id, dataset) in &model.datasets {
            if !exists_at(dataset.lifecycle(), as_of) {
                continue;
            }
            let id = id.as_str();
            if let Some(stored_in) = &dataset.stored_in {
                push(&mut self.stored, &stored_in.value, id);
                self.referenced.insert(&stored_in.value);
            }
            for entity in &dataset.master_of {
                push(&mut self.masters_of, &entity.value, id);
            }
            for field in &dataset.provides {
                push(&mut self.providers_of, &field.value, id);
            }
        }
        for (id, service) in &model.services {
            if !exists_at(service.lifecycle(), as_of) {
                continue;
            }
            if let Some(provided_by) = &service.provided_by {
                push(&mut self.services_of, &provided_by.value, id.as_str());
                self.referenced.insert(&provided_by.value);
            }
            if let Some(portal) = &service.portal {
                self.referenced.insert(&portal.value);
            }
        }
    }

    /// The existing elements of a kind.
    #[must_use]
    pub fn existing(&self, kind: ElementKind) -> &ExistingElements<'a> {
        &self.existing[kind_index(kind)]
    }

    /// A reverse-index lookup (empty for an unknown key).
    #[must_use]
    pub fn lookup<'s>(index: &'s ReverseIndex<'a>, key: &str) -> &'s [&'a str] {
        index.get(key).map_or(&[], Vec::as_slice)
    }
}
