//! [`CheckIndex`]: everything built once per check: the elements that exist at `as_of` per kind,
//! the reverse indexes of the built-ins, the flow graph, and the `min_level` memo.

use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeSet, HashMap, HashSet};

use jiff::civil::Date;
use khung_diag::Origin;
use khung_model::{Element, ElementKind, LifecycleFacts, Model};

use crate::eval::columns::Columns;
use crate::eval::id_table::IdTable;
use crate::eval::interner::Interner;
use crate::eval::value::Value;
use crate::schema::{FieldSchema, Record, RecordKind};

/// The legal regime whose criteria the profile-aware built-ins apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Regime {
    /// `vn-2019`: Decree 85/2016 criteria.
    Vn2019,
    /// `vn-2026`: Decree 331/2026 criteria.
    Vn2026,
}

impl Regime {
    /// The regime whose criteria a profile applies: `vn-2019` selects Decree 85/2016's, every
    /// other profile (the current regime and workspace profiles built on it) Decree 331/2026's.
    #[must_use]
    pub fn of_profile(profile: &str) -> Regime {
        if profile == Regime::Vn2019.as_str() {
            Regime::Vn2019
        } else {
            Regime::Vn2026
        }
    }

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

/// FNV-1a: a fast, deterministic hash for the id lookups of one check (ids are short and
/// trusted not to be adversarial collisions: a collision only costs time, never correctness).
#[derive(Debug, Clone, Copy)]
pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        // The final mix of MurmurHash3: the map uses the top bits as tags, which FNV alone
        // spreads poorly for short, similar ids (`s1`, `s2`, …).
        let mut hash = self.0;
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        hash ^ (hash >> 33)
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A hash map keyed by ids.
pub type IdMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FnvHasher>>;
/// A hash set of ids.
pub type IdSet<K> = HashSet<K, std::hash::BuildHasherDefault<FnvHasher>>;

/// The existing elements of one kind: ids sorted, and a lookup.
#[derive(Debug, Default)]
pub struct ExistingElements<'a> {
    /// Ids in sorted order (the iteration order of comprehensions over the map).
    pub ids: Vec<&'a str>,
    /// The records, in the order of `ids`.
    pub records: Vec<Record<'a>>,
    /// Lookup by id.
    pub by_id: IdTable<'a>,
    /// The positions (in `ids` and `records`) of the existing elements from the workspace's
    /// own files, in id order (what rules report on).
    pub workspace: Vec<u32>,
}

/// A reverse index: id → sorted ids.
pub type ReverseIndex<'a> = IdMap<&'a str, Vec<&'a str>>;

/// The reverse indexes of the built-ins and the flow graph, built on first use.
#[derive(Debug, Default)]
pub struct ReverseIndexes<'a> {
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
    /// Existing systems by `owner`.
    pub owned_systems: ReverseIndex<'a>,
    /// Existing datasets by `owner`.
    pub owned_datasets: ReverseIndex<'a>,
    /// Existing systems by `zone`.
    pub systems_in_zone: ReverseIndex<'a>,
    /// Systems another element points at in a way CORE-004 counts.
    pub referenced: IdSet<&'a str>,
    /// The flow graph: system → systems one hop further along an existing flow (via included).
    pub successors: IdMap<&'a str, BTreeSet<&'a str>>,
}

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
    reverse: OnceCell<ReverseIndexes<'a>>,
    /// `min_level` memo per system id.
    pub min_level_memo: RefCell<IdMap<&'a str, i64>>,
    /// The ids of the existing elements, numbered.
    pub interner: Interner<'a>,
    /// The facts the rules read, by field (see [`CheckIndex::with_columns`]).
    columns: Columns<'a>,
}

/// The place of a kind in the per-kind arrays of the index.
pub(crate) fn kind_index(kind: ElementKind) -> usize {
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
            let record = wrap(element);
            existing.ids.push(id.as_str());
            existing.records.push(record);
            let workspace = match record {
                Record::Agency(agency) => agency.extended || agency.origin == Origin::Workspace,
                _ => *element.origin() == Origin::Workspace,
            };
            if workspace && let Ok(position) = u32::try_from(existing.ids.len() - 1) {
                existing.workspace.push(position);
            }
        }
    }
    existing.by_id = IdTable::new(
        existing
            .ids
            .iter()
            .copied()
            .zip(existing.records.iter().copied()),
    );
    existing
}

fn push<'a>(index: &mut ReverseIndex<'a>, key: &'a str, id: &'a str) {
    let ids = index.entry(key).or_default();
    if ids.last() != Some(&id) {
        ids.push(id);
    }
}

impl<'a> CheckIndex<'a> {
    /// Builds the indexes for `model` at `as_of` under `profile` (the reverse indexes wait
    /// until a built-in needs them).
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
        let interner = Interner::new([
            &existing[0].ids,
            &existing[1].ids,
            &existing[2].ids,
            &existing[3].ids,
            &existing[4].ids,
            &existing[5].ids,
            &existing[6].ids,
            &existing[7].ids,
        ]);
        CheckIndex {
            model,
            as_of,
            profile,
            regime,
            existing,
            reverse: OnceCell::new(),
            min_level_memo: RefCell::new(IdMap::default()),
            interner,
            columns: Columns::default(),
        }
    }

    /// Reads the element facts `fields` into columns (the fields a rule set reads: see
    /// [`crate::pack::RuleSet::read_fields`]); fields of sub-records are left to their accessors.
    #[must_use]
    pub fn with_columns(mut self, fields: &[&'static FieldSchema]) -> CheckIndex<'a> {
        for kind in ElementKind::ALL {
            let of_kind: Vec<&'static FieldSchema> = fields
                .iter()
                .copied()
                .filter(|field| field.owner == RecordKind::Element(kind))
                .collect();
            if !of_kind.is_empty() {
                let records = &self.existing[kind_index(kind)].records;
                self.columns.add(&of_kind, records, &self.interner);
            }
        }
        self
    }

    /// `field` of the existing element at `position` of its kind, from its column (`None`: no
    /// column or no position; `Some(None)`: the fact is absent).
    #[inline]
    pub(crate) fn column(
        &'a self,
        field: &FieldSchema,
        position: u32,
    ) -> Option<Option<Value<'a>>> {
        self.columns.read(&self.interner, field, position)
    }

    /// The reverse indexes (built the first time a built-in needs one).
    pub fn reverse(&self) -> &ReverseIndexes<'a> {
        self.reverse
            .get_or_init(|| ReverseIndexes::build(self.model, self.as_of))
    }
}

impl<'a> ReverseIndexes<'a> {
    fn build(model: &'a Model, as_of: Date) -> ReverseIndexes<'a> {
        let mut this = ReverseIndexes::default();
        this.fill(model, as_of);
        this
    }

    fn fill(&mut self, model: &'a Model, as_of: Date) {
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
            if let Some(owner) = &system.owner {
                push(&mut self.owned_systems, &owner.value, id);
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
            if let Some(owner) = &dataset.owner {
                push(&mut self.owned_datasets, &owner.value, id);
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
}

impl<'a> CheckIndex<'a> {
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
