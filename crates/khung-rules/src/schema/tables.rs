//! The schema tables: for every record kind, its fields in CEL shape (`rule-catalogue.md`
//! §1.2), each bound to the model struct's field.

use std::collections::BTreeMap;

use khung_model::{
    Agency, AgencyReport, Api, Approval, Architecture, Assessment, Backup, Budget, Catalogue,
    CatalogueItem, Dataset, Dpia, ElementKind, Flow, Form, FormField, Hosting, IncidentResponse,
    Issued, Logs, Monitoring, NewProtection, OpenData, Operator, Project, Published, Regulation,
    SdtnLink, SecurityLevel, Service, Subjects, System, SystemAuth, Zone,
};

use crate::schema::fields::{list, record, records, scalar};
use crate::schema::{FieldSchema, RecordKind};

/// The lifecycle and naming fields every element has.
macro_rules! element_common {
    ($type:ty) => {
        vec![
            scalar::<$type, _, _>("id", |x| Some(&x.id)),
            scalar::<$type, _, _>("name", |x| x.name.as_ref()),
            scalar::<$type, _, _>("description", |x| x.description.as_ref()),
            scalar::<$type, _, _>("status", |x| x.status.as_ref()),
            scalar::<$type, _, _>("since", |x| x.since.as_ref()),
            scalar::<$type, _, _>("retire", |x| x.retire.as_ref()),
        ]
    };
}

#[expect(
    clippy::too_many_lines,
    reason = "one table of the whole model schema reads best in one place"
)]
pub(crate) fn build_tables() -> BTreeMap<RecordKind, Vec<FieldSchema>> {
    use RecordKind as K;
    let mut tables: BTreeMap<RecordKind, Vec<FieldSchema>> = BTreeMap::new();

    let mut agency = element_common!(Agency);
    agency.extend([
        scalar::<Agency, _, _>("tier", |x| x.tier.as_ref()),
        scalar::<Agency, _, _>("kind", |x| x.kind.as_ref()),
        scalar::<Agency, _, _>("parent", |x| x.parent.as_ref()),
        scalar::<Agency, _, _>("successor", |x| x.successor.as_ref()),
        scalar::<Agency, _, _>("it_unit", |x| x.it_unit.as_ref()),
        scalar::<Agency, _, _>("security_unit", |x| x.security_unit.as_ref()),
        scalar::<Agency, _, _>("soc", |x| x.soc.as_ref()),
        scalar::<Agency, _, _>("assessor", |x| x.assessor.as_ref()),
        scalar::<Agency, _, _>("sharing_focal_point", |x| x.sharing_focal_point.as_ref()),
        scalar::<Agency, _, _>("dpo", |x| x.dpo.as_ref()),
        records::<Agency, AgencyReport>("report", K::AgencyReport, |x| &x.report, |r| r.span),
    ]);
    tables.insert(K::Element(ElementKind::Agency), agency);
    tables.insert(
        K::AgencyReport,
        vec![
            scalar::<AgencyReport, _, _>("year", |x| x.year.as_ref()),
            scalar::<AgencyReport, _, _>("submitted", |x| x.submitted.as_ref()),
            scalar::<AgencyReport, _, _>("to", |x| x.to.as_ref()),
        ],
    );

    let mut system = element_common!(System);
    system.extend([
        scalar::<System, _, _>("owner", |x| x.owner.as_ref()),
        record::<System, Operator, _>("operator", K::Operator, |x| x.operator.as_ref(), |r| r.span),
        scalar::<System, _, _>("kind", |x| x.kind.as_ref()),
        scalar::<System, _, _>("type", |x| x.r#type.as_ref()),
        scalar::<System, _, _>("zone", |x| x.zone.as_ref()),
        record::<System, Hosting, _>("hosting", K::Hosting, |x| x.hosting.as_ref(), |r| r.span),
        list::<System, _, _>("info", |x| &x.info),
        record::<System, Subjects, _>("subjects", K::Subjects, |x| x.subjects.as_ref(), |r| r.span),
        scalar::<System, _, _>("handles_tthc", |x| x.handles_tthc.as_ref()),
        scalar::<System, _, _>("public_service_level", |x| x.public_service_level.as_ref()),
        scalar::<System, _, _>("conditional_business", |x| x.conditional_business.as_ref()),
        scalar::<System, _, _>("scope", |x| x.scope.as_ref()),
        scalar::<System, _, _>("ops_24x7", |x| x.ops_24x7.as_ref()),
        scalar::<System, _, _>("defence_impact", |x| x.defence_impact.as_ref()),
        scalar::<System, _, _>("ics_class", |x| x.ics_class.as_ref()),
        scalar::<System, _, _>("critical_national_data", |x| {
            x.critical_national_data.as_ref()
        }),
        scalar::<System, _, _>("international_link", |x| x.international_link.as_ref()),
        scalar::<System, _, _>("national_security", |x| x.national_security.as_ref()),
        list::<System, _, _>("components", |x| &x.components),
        record::<System, SecurityLevel, _>(
            "security_level",
            K::SecurityLevel,
            |x| x.security_level.as_ref(),
            |r| r.span,
        ),
        list::<System, _, _>("security_plan", |x| &x.security_plan),
        record::<System, Regulation, _>(
            "regulation",
            K::Regulation,
            |x| x.regulation.as_ref(),
            |r| r.span,
        ),
        record::<System, Assessment, _>(
            "assessment",
            K::Assessment,
            |x| x.assessment.as_ref(),
            |r| r.span,
        ),
        record::<System, Monitoring, _>(
            "monitoring",
            K::Monitoring,
            |x| x.monitoring.as_ref(),
            |r| r.span,
        ),
        record::<System, Logs, _>("logs", K::Logs, |x| x.logs.as_ref(), |r| r.span),
        record::<System, Backup, _>("backup", K::Backup, |x| x.backup.as_ref(), |r| r.span),
        record::<System, SystemAuth, _>("auth", K::SystemAuth, |x| x.auth.as_ref(), |r| r.span),
        record::<System, SdtnLink, _>("sdtn", K::SdtnLink, |x| x.sdtn.as_ref(), |r| r.span),
        scalar::<System, _, _>("redundancy", |x| x.redundancy.as_ref()),
        scalar::<System, _, _>("segmentation", |x| x.segmentation.as_ref()),
        record::<System, Dpia, _>("dpia", K::Dpia, |x| x.dpia.as_ref(), |r| r.span),
        scalar::<System, _, _>("processing_since", |x| x.processing_since.as_ref()),
        record::<System, IncidentResponse, _>(
            "incident_response",
            K::IncidentResponse,
            |x| x.incident_response.as_ref(),
            |r| r.span,
        ),
        scalar::<System, _, _>("signature", |x| x.signature.as_ref()),
        scalar::<System, _, _>("key_management", |x| x.key_management.as_ref()),
        record::<System, NewProtection, _>(
            "new_protection",
            K::NewProtection,
            |x| x.new_protection.as_ref(),
            |r| r.span,
        ),
        scalar::<System, _, _>("transfer_assessment", |x| x.transfer_assessment.as_ref()),
        records::<System, Api>("api", K::Api, |x| &x.api, |r| r.span),
    ]);
    tables.insert(K::Element(ElementKind::System), system);
    tables.insert(
        K::Operator,
        vec![
            scalar::<Operator, _, _>("value", |x| x.value.as_ref()),
            scalar::<Operator, _, _>("contract", |x| x.contract.as_ref()),
        ],
    );
    tables.insert(
        K::Hosting,
        vec![
            scalar::<Hosting, _, _>("value", |x| x.value.as_ref()),
            scalar::<Hosting, _, _>("country", |x| x.country.as_ref()),
            scalar::<Hosting, _, _>("tenancy", |x| x.tenancy.as_ref()),
            scalar::<Hosting, _, _>("provider", |x| x.provider.as_ref()),
            scalar::<Hosting, _, _>("justification", |x| x.justification.as_ref()),
        ],
    );
    tables.insert(
        K::Subjects,
        vec![
            scalar::<Subjects, _, _>("basic", |x| x.basic.as_ref()),
            scalar::<Subjects, _, _>("sensitive", |x| x.sensitive.as_ref()),
        ],
    );
    tables.insert(
        K::SecurityLevel,
        vec![
            scalar::<SecurityLevel, _, _>("value", |x| x.value.as_ref()),
            record::<SecurityLevel, Approval, _>(
                "approved",
                K::Approval,
                |x| x.approved.as_ref(),
                |r| r.span,
            ),
            scalar::<SecurityLevel, _, _>("appraised_by", |x| x.appraised_by.as_ref()),
            list::<SecurityLevel, _, _>("dossier", |x| &x.dossier),
        ],
    );
    tables.insert(
        K::Approval,
        vec![
            scalar::<Approval, _, _>("value", |x| x.value.as_ref()),
            scalar::<Approval, _, _>("by", |x| x.by.as_ref()),
            scalar::<Approval, _, _>("ref", |x| x.r#ref.as_ref()),
        ],
    );
    tables.insert(
        K::Regulation,
        vec![scalar::<Regulation, _, _>("issued", |x| x.issued.as_ref())],
    );
    tables.insert(
        K::Assessment,
        vec![
            scalar::<Assessment, _, _>("last", |x| x.last.as_ref()),
            scalar::<Assessment, _, _>("by", |x| x.by.as_ref()),
            scalar::<Assessment, _, _>("licensed", |x| x.licensed.as_ref()),
            scalar::<Assessment, _, _>("independent", |x| x.independent.as_ref()),
        ],
    );
    tables.insert(
        K::Monitoring,
        vec![
            scalar::<Monitoring, _, _>("central", |x| x.central.as_ref()),
            scalar::<Monitoring, _, _>("retention_days", |x| x.retention_days.as_ref()),
            list::<Monitoring, _, _>("sources", |x| &x.sources),
            list::<Monitoring, _, _>("feeds", |x| &x.feeds),
        ],
    );
    tables.insert(
        K::Logs,
        vec![
            scalar::<Logs, _, _>("central", |x| x.central.as_ref()),
            scalar::<Logs, _, _>("retention_days", |x| x.retention_days.as_ref()),
        ],
    );
    tables.insert(
        K::Backup,
        vec![
            scalar::<Backup, _, _>("separated", |x| x.separated.as_ref()),
            scalar::<Backup, _, _>("encrypted", |x| x.encrypted.as_ref()),
            scalar::<Backup, _, _>("restore_tested", |x| x.restore_tested.as_ref()),
        ],
    );
    tables.insert(
        K::SystemAuth,
        vec![
            scalar::<SystemAuth, _, _>("citizen", |x| x.citizen.as_ref()),
            scalar::<SystemAuth, _, _>("organisation", |x| x.organisation.as_ref()),
            scalar::<SystemAuth, _, _>("admin_mfa", |x| x.admin_mfa.as_ref()),
            scalar::<SystemAuth, _, _>("staff_mfa", |x| x.staff_mfa.as_ref()),
            scalar::<SystemAuth, _, _>("local_citizen_accounts", |x| {
                x.local_citizen_accounts.as_ref()
            }),
        ],
    );
    tables.insert(
        K::SdtnLink,
        vec![
            scalar::<SdtnLink, _, _>("links", |x| x.links.as_ref()),
            scalar::<SdtnLink, _, _>("diverse_paths", |x| x.diverse_paths.as_ref()),
            scalar::<SdtnLink, _, _>("gateway", |x| x.gateway.as_ref()),
        ],
    );
    tables.insert(
        K::Dpia,
        vec![
            scalar::<Dpia, _, _>("submitted", |x| x.submitted.as_ref()),
            scalar::<Dpia, _, _>("updated", |x| x.updated.as_ref()),
        ],
    );
    tables.insert(
        K::IncidentResponse,
        vec![
            scalar::<IncidentResponse, _, _>("notify_hours", |x| x.notify_hours.as_ref()),
            scalar::<IncidentResponse, _, _>("initial_notice_hours", |x| {
                x.initial_notice_hours.as_ref()
            }),
        ],
    );
    tables.insert(
        K::NewProtection,
        vec![
            scalar::<NewProtection, _, _>("value", |x| x.value.as_ref()),
            scalar::<NewProtection, _, _>("justification", |x| x.justification.as_ref()),
        ],
    );
    tables.insert(
        K::Api,
        vec![
            scalar::<Api, _, _>("id", |x| Some(&x.id)),
            scalar::<Api, _, _>("protocol", |x| x.protocol.as_ref()),
            scalar::<Api, _, _>("format", |x| x.format.as_ref()),
            scalar::<Api, _, _>("schema", |x| x.schema.as_ref()),
            record::<Api, Published, _>(
                "published",
                K::Published,
                |x| x.published.as_ref(),
                |r| r.span,
            ),
            scalar::<Api, _, _>("auth", |x| x.auth.as_ref()),
            scalar::<Api, _, _>("logged", |x| x.logged.as_ref()),
        ],
    );
    tables.insert(
        K::Published,
        vec![
            scalar::<Published, _, _>("value", |x| x.value.as_ref()),
            scalar::<Published, _, _>("registry", |x| x.registry.as_ref()),
        ],
    );

    let mut dataset = element_common!(Dataset);
    dataset.extend([
        scalar::<Dataset, _, _>("owner", |x| x.owner.as_ref()),
        scalar::<Dataset, _, _>("kind", |x| x.kind.as_ref()),
        scalar::<Dataset, _, _>("stored_in", |x| x.stored_in.as_ref()),
        list::<Dataset, _, _>("entities", |x| &x.entities),
        list::<Dataset, _, _>("master_of", |x| &x.master_of),
        list::<Dataset, _, _>("fields", |x| &x.fields),
        scalar::<Dataset, _, _>("personal", |x| x.personal.as_ref()),
        scalar::<Dataset, _, _>("subjects", |x| x.subjects.as_ref()),
        scalar::<Dataset, _, _>("classification", |x| x.classification.as_ref()),
        scalar::<Dataset, _, _>("category", |x| x.category.as_ref()),
        scalar::<Dataset, _, _>("sharing", |x| x.sharing.as_ref()),
        scalar::<Dataset, _, _>("restriction_basis", |x| x.restriction_basis.as_ref()),
        scalar::<Dataset, _, _>("usage_regulation", |x| x.usage_regulation.as_ref()),
        scalar::<Dataset, _, _>("usage_validity_days", |x| x.usage_validity_days.as_ref()),
        list::<Dataset, _, _>("code_lists", |x| &x.code_lists),
        record::<Dataset, Catalogue, _>(
            "catalogue",
            K::Catalogue,
            |x| x.catalogue.as_ref(),
            |r| r.span,
        ),
        record::<Dataset, OpenData, _>("open", K::OpenData, |x| x.open.as_ref(), |r| r.span),
        scalar::<Dataset, _, _>("encrypted_at_rest", |x| x.encrypted_at_rest.as_ref()),
        scalar::<Dataset, _, _>("access_policy", |x| x.access_policy.as_ref()),
        list::<Dataset, _, _>("provides", |x| &x.provides),
    ]);
    tables.insert(K::Element(ElementKind::Dataset), dataset);
    tables.insert(
        K::Catalogue,
        vec![
            scalar::<Catalogue, _, _>("purpose", |x| x.purpose.as_ref()),
            scalar::<Catalogue, _, _>("update", |x| x.update.as_ref()),
            scalar::<Catalogue, _, _>("source", |x| x.source.as_ref()),
            records::<Catalogue, CatalogueItem>("item", K::CatalogueItem, |x| &x.item, |r| r.span),
        ],
    );
    tables.insert(
        K::CatalogueItem,
        vec![
            scalar::<CatalogueItem, _, _>("value", |x| x.value.as_ref()),
            scalar::<CatalogueItem, _, _>("sharing", |x| x.sharing.as_ref()),
        ],
    );
    tables.insert(
        K::OpenData,
        vec![
            scalar::<OpenData, _, _>("value", |x| x.value.as_ref()),
            scalar::<OpenData, _, _>("portal", |x| x.portal.as_ref()),
            scalar::<OpenData, _, _>("format", |x| x.format.as_ref()),
        ],
    );

    let mut flow = element_common!(Flow);
    flow.extend([
        scalar::<Flow, _, _>("from", |x| x.from.as_ref()),
        scalar::<Flow, _, _>("to", |x| x.to.as_ref()),
        list::<Flow, _, _>("data", |x| &x.data),
        list::<Flow, _, _>("fields", |x| &x.fields),
        list::<Flow, _, _>("via", |x| &x.via),
        scalar::<Flow, _, _>("api", |x| x.api.as_ref()),
        scalar::<Flow, _, _>("protocol", |x| x.protocol.as_ref()),
        scalar::<Flow, _, _>("format", |x| x.format.as_ref()),
        scalar::<Flow, _, _>("method", |x| x.method.as_ref()),
        scalar::<Flow, _, _>("encrypted", |x| x.encrypted.as_ref()),
        scalar::<Flow, _, _>("auth", |x| x.auth.as_ref()),
        scalar::<Flow, _, _>("purpose", |x| x.purpose.as_ref()),
        scalar::<Flow, _, _>("grant", |x| x.grant.as_ref()),
        scalar::<Flow, _, _>("logged", |x| x.logged.as_ref()),
        scalar::<Flow, _, _>("retention_days", |x| x.retention_days.as_ref()),
        scalar::<Flow, _, _>("contract", |x| x.contract.as_ref()),
        scalar::<Flow, _, _>("transfer_assessment", |x| x.transfer_assessment.as_ref()),
        scalar::<Flow, _, _>("transfer_approval", |x| x.transfer_approval.as_ref()),
        scalar::<Flow, _, _>("direct_justification", |x| x.direct_justification.as_ref()),
    ]);
    tables.insert(K::Element(ElementKind::Flow), flow);

    let mut service = element_common!(Service);
    service.extend([
        scalar::<Service, _, _>("owner", |x| x.owner.as_ref()),
        scalar::<Service, _, _>("provided_by", |x| x.provided_by.as_ref()),
        scalar::<Service, _, _>("portal", |x| x.portal.as_ref()),
        scalar::<Service, _, _>("mode", |x| x.mode.as_ref()),
        scalar::<Service, _, _>("partial_justification", |x| {
            x.partial_justification.as_ref()
        }),
        scalar::<Service, _, _>("fee", |x| x.fee.as_ref()),
        record::<Service, Form, _>("form", K::Form, |x| x.form.as_ref(), |r| r.span),
    ]);
    tables.insert(K::Element(ElementKind::Service), service);
    tables.insert(
        K::Form,
        vec![records::<Form, FormField>(
            "field",
            K::FormField,
            |x| &x.field,
            |r| r.span,
        )],
    );
    tables.insert(
        K::FormField,
        vec![
            scalar::<FormField, _, _>("value", |x| x.value.as_ref()),
            scalar::<FormField, _, _>("source", |x| x.source.as_ref()),
            scalar::<FormField, _, _>("asked", |x| x.asked.as_ref()),
        ],
    );

    let mut zone = element_common!(Zone);
    zone.extend([
        scalar::<Zone, _, _>("trust", |x| x.trust.as_ref()),
        scalar::<Zone, _, _>("network", |x| x.network.as_ref()),
        scalar::<Zone, _, _>("parent", |x| x.parent.as_ref()),
    ]);
    tables.insert(K::Element(ElementKind::Zone), zone);

    let mut project = element_common!(Project);
    project.extend([
        scalar::<Project, _, _>("owner", |x| x.owner.as_ref()),
        scalar::<Project, _, _>("start", |x| x.start.as_ref()),
        scalar::<Project, _, _>("end", |x| x.end.as_ref()),
        list::<Project, _, _>("delivers", |x| &x.delivers),
        list::<Project, _, _>("retires", |x| &x.retires),
        record::<Project, Budget, _>("budget", K::Budget, |x| x.budget.as_ref(), |r| r.span),
    ]);
    tables.insert(K::Element(ElementKind::Project), project);
    tables.insert(
        K::Budget,
        vec![
            scalar::<Budget, _, _>("value", |x| x.value.as_ref()),
            scalar::<Budget, _, _>("currency", |x| x.currency.as_ref()),
        ],
    );

    let mut architecture = element_common!(Architecture);
    architecture.extend([
        scalar::<Architecture, _, _>("agency", |x| x.agency.as_ref()),
        scalar::<Architecture, _, _>("framework", |x| x.framework.as_ref()),
        record::<Architecture, Issued, _>("issued", K::Issued, |x| x.issued.as_ref(), |r| r.span),
        list::<Architecture, _, _>("views", |x| &x.views),
        list::<Architecture, _, _>("parts", |x| &x.parts),
        scalar::<Architecture, _, _>("nas_synced", |x| x.nas_synced.as_ref()),
        scalar::<Architecture, _, _>("review_months", |x| x.review_months.as_ref()),
    ]);
    tables.insert(K::Element(ElementKind::Architecture), architecture);
    tables.insert(
        K::Issued,
        vec![
            scalar::<Issued, _, _>("value", |x| x.value.as_ref()),
            scalar::<Issued, _, _>("ref", |x| x.r#ref.as_ref()),
        ],
    );

    for fields in tables.values_mut() {
        fields.sort_by_key(|field| field.name);
    }
    tables
}
