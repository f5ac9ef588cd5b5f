//! `system`: an information system (hệ thống thông tin). Its sub-records are in
//! [`crate::model::system_records`].

use jiff::civil::Date;
use khung_diag::{Origin, Span, Spanned};

use crate::model::common::{Id, Text, impl_element};
use crate::model::system_records::{
    Api, Assessment, Backup, Dpia, Hosting, IncidentResponse, Logs, Monitoring, NewProtection,
    Operator, Regulation, SdtnLink, SecurityLevel, Subjects, SystemAuth,
};
use crate::model::vocabulary::{
    DefenceImpact, IcsClass, InfoClass, Scope, SecurityPlanPart, Signature, Status, SystemKind,
    SystemType,
};

/// An information system. Field names are the model's property names in snake_case
/// (`security-level` → `security_level`, `type` → `r#type`).
#[derive(Debug, Clone, PartialEq)]
pub struct System {
    /// The id.
    pub id: Spanned<Id>,
    /// Where it comes from.
    pub origin: Origin,
    /// The span of the `system` node.
    pub span: Span,
    /// `name` (required).
    pub name: Option<Text>,
    /// `description`.
    pub description: Option<Text>,
    /// `status`.
    pub status: Option<Spanned<Status>>,
    /// `since`.
    pub since: Option<Spanned<Date>>,
    /// `retire`.
    pub retire: Option<Spanned<Date>>,
    /// `owner` (required, agency ref): the chủ quản.
    pub owner: Option<Spanned<Id>>,
    /// `operator "x" contract="ref"`.
    pub operator: Option<Operator>,
    /// `kind` (required).
    pub kind: Option<Spanned<SystemKind>>,
    /// The Decree 85 type: the written `type`, else filled from `kind`
    /// (`security-levels.md` §1.2) with the kind's span. `None` only without both.
    pub r#type: Option<Spanned<SystemType>>,
    /// Whether `type` was written (an override) rather than filled from the kind.
    pub type_written: bool,
    /// `zone` (zone ref).
    pub zone: Option<Spanned<Id>>,
    /// `hosting "…" country= tenancy= provider= justification=`.
    pub hosting: Option<Hosting>,
    /// `info` (list).
    pub info: Vec<Spanned<InfoClass>>,
    /// `subjects basic= sensitive=`.
    pub subjects: Option<Subjects>,
    /// `handles-tthc`.
    pub handles_tthc: Option<Spanned<bool>>,
    /// `public-service-level` (1–4).
    pub public_service_level: Option<Spanned<i64>>,
    /// `conditional-business`.
    pub conditional_business: Option<Spanned<bool>>,
    /// `scope`.
    pub scope: Option<Spanned<Scope>>,
    /// `ops-24x7`.
    pub ops_24x7: Option<Spanned<bool>>,
    /// `defence-impact`.
    pub defence_impact: Option<Spanned<DefenceImpact>>,
    /// `ics-class`.
    pub ics_class: Option<Spanned<IcsClass>>,
    /// `critical-national-data`.
    pub critical_national_data: Option<Spanned<bool>>,
    /// `international-link`.
    pub international_link: Option<Spanned<bool>>,
    /// `national-security`.
    pub national_security: Option<Spanned<bool>>,
    /// `components` (system refs).
    pub components: Vec<Spanned<Id>>,
    /// `security-level N { approved …; appraised-by …; dossier … }`.
    pub security_level: Option<SecurityLevel>,
    /// `security-plan` (list).
    pub security_plan: Vec<Spanned<SecurityPlanPart>>,
    /// `regulation issued=`.
    pub regulation: Option<Regulation>,
    /// `assessment last= by= licensed= independent=`.
    pub assessment: Option<Assessment>,
    /// `monitoring central= retention-days= { sources …; feeds … }`.
    pub monitoring: Option<Monitoring>,
    /// `logs central= retention-days=`.
    pub logs: Option<Logs>,
    /// `backup separated= encrypted= restore-tested=`.
    pub backup: Option<Backup>,
    /// `auth citizen= organisation= admin-mfa= staff-mfa= local-citizen-accounts=`.
    pub auth: Option<SystemAuth>,
    /// `sdtn links= diverse-paths= gateway=`.
    pub sdtn: Option<SdtnLink>,
    /// `redundancy`.
    pub redundancy: Option<Spanned<bool>>,
    /// `segmentation`.
    pub segmentation: Option<Spanned<bool>>,
    /// `dpia submitted= updated=`.
    pub dpia: Option<Dpia>,
    /// `processing-since`.
    pub processing_since: Option<Spanned<Date>>,
    /// `incident-response notify-hours= initial-notice-hours=`.
    pub incident_response: Option<IncidentResponse>,
    /// `signature`.
    pub signature: Option<Spanned<Signature>>,
    /// `key-management` (text).
    pub key_management: Option<Spanned<String>>,
    /// `new-protection #true justification="…"`.
    pub new_protection: Option<NewProtection>,
    /// `transfer-assessment` (free text ref).
    pub transfer_assessment: Option<Spanned<String>>,
    /// `api "id" { … }` (repeatable): the data-sharing services it provides.
    pub api: Vec<Api>,
}

impl System {
    /// The api named `api_id` of this system.
    #[must_use]
    pub fn api_named(&self, api_id: &str) -> Option<&Api> {
        self.api.iter().find(|api| api.id.value == api_id)
    }
}

impl_element!(System, System);
