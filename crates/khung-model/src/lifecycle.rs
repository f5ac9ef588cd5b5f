//! Lifecycle: which elements exist at a date, the top agency, and the system type.

use jiff::civil::Date;

use crate::model::common::{Element, LifecycleFacts};
use crate::model::vocabulary::{Status, SystemKind, SystemType, Tier};
use crate::model::{ElementRef, Model};

/// The Decree 85 type of a system kind (`security-levels.md` §1.2, the one mapping).
#[must_use]
pub fn type_of_kind(kind: SystemKind) -> SystemType {
    match kind {
        SystemKind::PublicServicePortal | SystemKind::OneStop | SystemKind::InformationPortal => {
            SystemType::CitizenService
        }
        SystemKind::DocumentManagement
        | SystemKind::ECabinet
        | SystemKind::Reporting
        | SystemKind::BusinessApplication
        | SystemKind::Monitoring
        | SystemKind::Other => SystemType::Internal,
        SystemKind::Database
        | SystemKind::DataCenter
        | SystemKind::CloudPlatform
        | SystemKind::Network
        | SystemKind::IdentityProvider
        | SystemKind::Ca
        | SystemKind::IntegrationPlatform
        | SystemKind::NationalIntegrationPlatform
        | SystemKind::DocumentAxis
        | SystemKind::PaymentPlatform => SystemType::Infrastructure,
        SystemKind::Ics => SystemType::Ics,
    }
}

/// Whether an element with these facts exists at `date` (`model-language.md`): `since ≤ D`
/// (or, without `since`, a status other than planned/building), and not (`retire ≤ D` or
/// status retired).
#[must_use]
pub fn exists_at(facts: LifecycleFacts, date: Date) -> bool {
    let started = match facts.since {
        Some(since) => since <= date,
        None => !matches!(facts.status, Some(Status::Planned | Status::Building)),
    };
    started && !retired_at(facts, date)
}

/// Whether an element with these facts is retired at `date`: `retire ≤ D` or status retired.
#[must_use]
pub fn retired_at(facts: LifecycleFacts, date: Date) -> bool {
    facts.retire.is_some_and(|retire| retire <= date) || facts.status == Some(Status::Retired)
}

impl Model {
    /// Whether the element `id` exists at `date` (false for an unknown id).
    #[must_use]
    pub fn exists_at(&self, id: &str, date: Date) -> bool {
        self.element(id)
            .is_some_and(|element| exists_at(element.lifecycle(), date))
    }

    /// The top agency of an element (`rule-catalogue.md` §1.3, Amendments): for an agency its
    /// nearest ancestor-or-self of tier ministry, province or national, walking `parent`
    /// structurally (lifecycle does not stop the walk); for a system, dataset, service or
    /// project the same for its `owner`, for an architecture for its `agency`. When the agency
    /// reached is retired at `as_of` and has a `successor`, the successor (followed while it is
    /// retired too). `None` when the chain ends or loops first, and for other or unknown ids.
    #[must_use]
    pub fn top_agency(&self, id: &str, as_of: Date) -> Option<&str> {
        let start = match self.element(id)? {
            ElementRef::Agency(agency) => agency.id.value.as_str(),
            other => other.owner()?.value.as_str(),
        };
        let mut seen: Vec<&str> = Vec::new();
        let mut current = self.agencies.get(start)?;
        let top = loop {
            if seen.contains(&current.id.value.as_str()) {
                return None;
            }
            seen.push(&current.id.value);
            let tier = current.tier.as_ref().map(|t| t.value);
            if matches!(tier, Some(Tier::Ministry | Tier::Province | Tier::National)) {
                break current;
            }
            current = self.agencies.get(&current.parent.as_ref()?.value)?;
        };
        let mut answer = top;
        let mut followed: Vec<&str> = vec![&top.id.value];
        while retired_at(answer.lifecycle(), as_of) {
            let Some(successor) = answer
                .successor
                .as_ref()
                .and_then(|s| self.agencies.get(&s.value))
            else {
                break;
            };
            if followed.contains(&successor.id.value.as_str()) {
                break;
            }
            followed.push(&successor.id.value);
            answer = successor;
        }
        Some(answer.id.value.as_str())
    }

    /// The Decree 85 type of system `id`: its `type`, else the type of its kind.
    #[must_use]
    pub fn system_type(&self, id: &str) -> Option<SystemType> {
        let system = self.systems.get(id)?;
        system
            .r#type
            .as_ref()
            .map(|t| t.value)
            .or_else(|| system.kind.as_ref().map(|k| type_of_kind(k.value)))
    }

    /// The `parent` chain of an agency or zone, nearest first, stopping at the first repeat
    /// (so `id` is in its own ancestors exactly when there is a cycle) or at an unknown id.
    #[must_use]
    pub fn ancestors(&self, id: &str) -> Vec<&str> {
        let parent_of = |x: &str| -> Option<&str> {
            match self.element(x)? {
                ElementRef::Agency(agency) => agency.parent.as_ref().map(|p| p.value.as_str()),
                ElementRef::Zone(zone) => zone.parent.as_ref().map(|p| p.value.as_str()),
                _ => None,
            }
        };
        let mut chain: Vec<&str> = Vec::new();
        let mut current = parent_of(id);
        while let Some(parent) = current {
            if chain.contains(&parent) {
                break;
            }
            chain.push(parent);
            if parent == id {
                break;
            }
            current = parent_of(parent);
        }
        chain
    }
}
