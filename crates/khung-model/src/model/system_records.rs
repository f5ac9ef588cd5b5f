//! The sub-records of a `system` (child nodes with an argument under `value` and properties by
//! name, `rule-catalogue.md` §1.2).

use jiff::civil::Date;
use khung_diag::{Span, Spanned};

use crate::model::common::Id;
use crate::model::vocabulary::{
    ApprovedBy, ConnectionAuth, DossierPart, Format, HostingKind, Protocol, Tenancy,
};

/// `operator "x" contract="ref"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Operator {
    /// The operating agency (agency ref).
    pub value: Option<Spanned<Id>>,
    /// `contract` (free text: the processor contract).
    pub contract: Option<Spanned<String>>,
    /// The span of the `operator` node or property.
    pub span: Span,
}

/// `hosting "gov-cloud" country="VN" tenancy="logical" provider="vnpt" justification="…"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hosting {
    /// Where it is hosted.
    pub value: Option<Spanned<HostingKind>>,
    /// `country` (ISO code; absent counts as `VN`).
    pub country: Option<Spanned<String>>,
    /// `tenancy`.
    pub tenancy: Option<Spanned<Tenancy>>,
    /// `provider` (free text).
    pub provider: Option<Spanned<String>>,
    /// `justification` (free text).
    pub justification: Option<Spanned<String>>,
    /// The span of the `hosting` node.
    pub span: Span,
}

/// `subjects basic=N sensitive=M`: distinct persons whose basic / sensitive data it processes.
#[derive(Debug, Clone, PartialEq)]
pub struct Subjects {
    /// `basic`.
    pub basic: Option<Spanned<i64>>,
    /// `sensitive`.
    pub sensitive: Option<Spanned<i64>>,
    /// The span of the `subjects` node.
    pub span: Span,
}

/// `security-level 3 { approved …; appraised-by …; dossier … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityLevel {
    /// The declared level (1–5).
    pub value: Option<Spanned<i64>>,
    /// `approved "date" by= ref=`.
    pub approved: Option<Approval>,
    /// `appraised-by` (agency ref).
    pub appraised_by: Option<Spanned<Id>>,
    /// `dossier` (list).
    pub dossier: Vec<Spanned<DossierPart>>,
    /// The span of the `security-level` node.
    pub span: Span,
}

/// `approved "2024-05-10" by="owner" ref="QĐ 1234/QĐ-UBND"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Approval {
    /// The approval date.
    pub value: Option<Spanned<Date>>,
    /// `by`.
    pub by: Option<Spanned<ApprovedBy>>,
    /// `ref` (free text).
    pub r#ref: Option<Spanned<String>>,
    /// The span of the `approved` node.
    pub span: Span,
}

/// `regulation issued="2024-04-01"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Regulation {
    /// `issued`.
    pub issued: Option<Spanned<Date>>,
    /// The span of the `regulation` node.
    pub span: Span,
}

/// `assessment last= by= licensed= independent=`.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// `last`.
    pub last: Option<Spanned<Date>>,
    /// `by` (agency ref: the assessing organisation).
    pub by: Option<Spanned<Id>>,
    /// `licensed`.
    pub licensed: Option<Spanned<bool>>,
    /// `independent`.
    pub independent: Option<Spanned<bool>>,
    /// The span of the `assessment` node.
    pub span: Span,
}

/// `monitoring central=#true retention-days=90 { sources …; feeds … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Monitoring {
    /// `central`.
    pub central: Option<Spanned<bool>>,
    /// `retention-days`.
    pub retention_days: Option<Spanned<i64>>,
    /// `sources` (free names of what is ingested).
    pub sources: Vec<Spanned<String>>,
    /// `feeds` (system refs: monitoring systems it reports to).
    pub feeds: Vec<Spanned<Id>>,
    /// The span of the `monitoring` node.
    pub span: Span,
}

/// `logs central= retention-days=`.
#[derive(Debug, Clone, PartialEq)]
pub struct Logs {
    /// `central`.
    pub central: Option<Spanned<bool>>,
    /// `retention-days`.
    pub retention_days: Option<Spanned<i64>>,
    /// The span of the `logs` node.
    pub span: Span,
}

/// `backup separated= encrypted= restore-tested=`.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    /// `separated`.
    pub separated: Option<Spanned<bool>>,
    /// `encrypted`.
    pub encrypted: Option<Spanned<bool>>,
    /// `restore-tested`.
    pub restore_tested: Option<Spanned<Date>>,
    /// The span of the `backup` node.
    pub span: Span,
}

/// `auth citizen= organisation= admin-mfa= staff-mfa= local-citizen-accounts=`.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemAuth {
    /// `citizen`: an identity-provider system, `npsp`, or `"local"`.
    pub citizen: Option<Spanned<Id>>,
    /// `organisation`: as `citizen`.
    pub organisation: Option<Spanned<Id>>,
    /// `admin-mfa`.
    pub admin_mfa: Option<Spanned<bool>>,
    /// `staff-mfa`.
    pub staff_mfa: Option<Spanned<bool>>,
    /// `local-citizen-accounts`.
    pub local_citizen_accounts: Option<Spanned<bool>>,
    /// The span of the `auth` node.
    pub span: Span,
}

/// `sdtn links=2 diverse-paths=#true gateway=#true`: the specialised-data-network connection.
#[derive(Debug, Clone, PartialEq)]
pub struct SdtnLink {
    /// `links`.
    pub links: Option<Spanned<i64>>,
    /// `diverse-paths`.
    pub diverse_paths: Option<Spanned<bool>>,
    /// `gateway`.
    pub gateway: Option<Spanned<bool>>,
    /// The span of the `sdtn` node.
    pub span: Span,
}

/// `dpia submitted= updated=`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dpia {
    /// `submitted`.
    pub submitted: Option<Spanned<Date>>,
    /// `updated`.
    pub updated: Option<Spanned<Date>>,
    /// The span of the `dpia` node.
    pub span: Span,
}

/// `incident-response notify-hours= initial-notice-hours=`.
#[derive(Debug, Clone, PartialEq)]
pub struct IncidentResponse {
    /// `notify-hours`.
    pub notify_hours: Option<Spanned<i64>>,
    /// `initial-notice-hours`.
    pub initial_notice_hours: Option<Spanned<i64>>,
    /// The span of the `incident-response` node.
    pub span: Span,
}

/// `new-protection #true justification="…"`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewProtection {
    /// Whether new protection gear is used.
    pub value: Option<Spanned<bool>>,
    /// `justification` (text).
    pub justification: Option<Spanned<String>>,
    /// The span of the `new-protection` node.
    pub span: Span,
}

/// `api "id" { protocol; format; schema; published "d" registry=; auth; logged }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The api's name, unique within its system (referenced as `<system>/<api>`).
    pub id: Spanned<Id>,
    /// `protocol`.
    pub protocol: Option<Spanned<Protocol>>,
    /// `format`.
    pub format: Option<Spanned<Format>>,
    /// `schema` (text: the exchange data structure).
    pub schema: Option<Spanned<String>>,
    /// `published "date" registry=`.
    pub published: Option<Published>,
    /// `auth`.
    pub auth: Option<Spanned<ConnectionAuth>>,
    /// `logged`.
    pub logged: Option<Spanned<bool>>,
    /// The span of the `api` node.
    pub span: Span,
}

/// `published "2025-01-10" registry="dss-registry"` (the date is optional).
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    /// The publication date.
    pub value: Option<Spanned<Date>>,
    /// `registry` (system ref).
    pub registry: Option<Spanned<Id>>,
    /// The span of the `published` node.
    pub span: Span,
}
