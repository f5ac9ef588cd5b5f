//! Lowering the sub-records of a `system`: each is a child node (or, for a record whose main
//! fact is its argument, a `key=value` property) with its argument under `value` and its
//! properties by name.

use khung_diag::Diagnostic;
use khung_kdl::Node;

use crate::lower::common::element_id;
use crate::lower::reader::Reader;
use crate::model::system_records::{
    Api, Approval, Assessment, Backup, Dpia, Hosting, IncidentResponse, Logs, Monitoring,
    NewProtection, Operator, Published, Regulation, SdtnLink, SecurityLevel, Subjects, SystemAuth,
};
use crate::model::vocabulary::{
    ApprovedBy, ConnectionAuth, DossierPart, Format, HostingKind, Protocol, Tenancy,
};

/// `operator "x" contract="ref"` (or `operator="x"`).
pub(crate) fn operator(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Operator> {
    let source = reader.source(diagnostics, "operator")?;
    let mut record = source.reader();
    let value = record.string_argument(diagnostics);
    let contract = record.string(diagnostics, "contract");
    record.finish(diagnostics);
    Some(Operator {
        value,
        contract,
        span: source.span(),
    })
}

/// `hosting "gov-cloud" country= tenancy= provider= justification=`.
pub(crate) fn hosting(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Hosting> {
    let source = reader.source(diagnostics, "hosting")?;
    let mut record = source.reader();
    let value = record.enum_argument::<HostingKind>(diagnostics);
    let country = record.string(diagnostics, "country");
    let tenancy = record.enumerated::<Tenancy>(diagnostics, "tenancy");
    let provider = record.string(diagnostics, "provider");
    let justification = record.string(diagnostics, "justification");
    record.finish(diagnostics);
    Some(Hosting {
        value,
        country,
        tenancy,
        provider,
        justification,
        span: source.span(),
    })
}

/// `subjects basic=N sensitive=M`.
pub(crate) fn subjects(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Subjects> {
    let node = single_child(reader, diagnostics, "subjects")?;
    let mut record = Reader::new(node);
    let basic = record.count(diagnostics, "basic");
    let sensitive = record.count(diagnostics, "sensitive");
    record.finish(diagnostics);
    Some(Subjects {
        basic,
        sensitive,
        span: node.span(),
    })
}

/// `security-level N { approved "d" by= ref=; appraised-by "a"; dossier … }`.
pub(crate) fn security_level(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<SecurityLevel> {
    let source = reader.source(diagnostics, "security-level")?;
    let mut record = source.reader();
    let value = record.integer_argument(diagnostics, 1, 5);
    let approved = record.source(diagnostics, "approved").map(|source| {
        let mut approval = source.reader();
        let value = approval.date_argument(diagnostics, false);
        let by = approval.enumerated::<ApprovedBy>(diagnostics, "by");
        let reference = approval.string(diagnostics, "ref");
        approval.finish(diagnostics);
        Approval {
            value,
            by,
            r#ref: reference,
            span: source.span(),
        }
    });
    let appraised_by = record.string(diagnostics, "appraised-by");
    let dossier = record.enum_list::<DossierPart>(diagnostics, "dossier");
    record.finish(diagnostics);
    Some(SecurityLevel {
        value,
        approved,
        appraised_by,
        dossier,
        span: source.span(),
    })
}

/// `regulation issued=`.
pub(crate) fn regulation(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Regulation> {
    let node = single_child(reader, diagnostics, "regulation")?;
    let mut record = Reader::new(node);
    let issued = record.date(diagnostics, "issued");
    record.finish(diagnostics);
    Some(Regulation {
        issued,
        span: node.span(),
    })
}

/// `assessment last= by= licensed= independent=`.
pub(crate) fn assessment(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Assessment> {
    let node = single_child(reader, diagnostics, "assessment")?;
    let mut record = Reader::new(node);
    let last = record.date(diagnostics, "last");
    let by = record.string(diagnostics, "by");
    let licensed = record.boolean(diagnostics, "licensed");
    let independent = record.boolean(diagnostics, "independent");
    record.finish(diagnostics);
    Some(Assessment {
        last,
        by,
        licensed,
        independent,
        span: node.span(),
    })
}

/// `monitoring central= retention-days= { sources …; feeds … }`.
pub(crate) fn monitoring(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Monitoring> {
    let node = single_child(reader, diagnostics, "monitoring")?;
    let mut record = Reader::new(node);
    let central = record.boolean(diagnostics, "central");
    let retention_days = record.count(diagnostics, "retention-days");
    let sources = record.string_list(diagnostics, "sources");
    let feeds = record.string_list(diagnostics, "feeds");
    record.finish(diagnostics);
    Some(Monitoring {
        central,
        retention_days,
        sources,
        feeds,
        span: node.span(),
    })
}

/// `logs central= retention-days=`.
pub(crate) fn logs(reader: &mut Reader<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<Logs> {
    let node = single_child(reader, diagnostics, "logs")?;
    let mut record = Reader::new(node);
    let central = record.boolean(diagnostics, "central");
    let retention_days = record.count(diagnostics, "retention-days");
    record.finish(diagnostics);
    Some(Logs {
        central,
        retention_days,
        span: node.span(),
    })
}

/// `backup separated= encrypted= restore-tested=`.
pub(crate) fn backup(reader: &mut Reader<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<Backup> {
    let node = single_child(reader, diagnostics, "backup")?;
    let mut record = Reader::new(node);
    let separated = record.boolean(diagnostics, "separated");
    let encrypted = record.boolean(diagnostics, "encrypted");
    let restore_tested = record.date(diagnostics, "restore-tested");
    record.finish(diagnostics);
    Some(Backup {
        separated,
        encrypted,
        restore_tested,
        span: node.span(),
    })
}

/// `auth citizen= organisation= admin-mfa= staff-mfa= local-citizen-accounts=`.
pub(crate) fn auth(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<SystemAuth> {
    let node = single_child(reader, diagnostics, "auth")?;
    let mut record = Reader::new(node);
    let citizen = record.string(diagnostics, "citizen");
    let organisation = record.string(diagnostics, "organisation");
    let admin_mfa = record.boolean(diagnostics, "admin-mfa");
    let staff_mfa = record.boolean(diagnostics, "staff-mfa");
    let local_citizen_accounts = record.boolean(diagnostics, "local-citizen-accounts");
    record.finish(diagnostics);
    Some(SystemAuth {
        citizen,
        organisation,
        admin_mfa,
        staff_mfa,
        local_citizen_accounts,
        span: node.span(),
    })
}

/// `sdtn links= diverse-paths= gateway=`.
pub(crate) fn sdtn(reader: &mut Reader<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<SdtnLink> {
    let node = single_child(reader, diagnostics, "sdtn")?;
    let mut record = Reader::new(node);
    let links = record.count(diagnostics, "links");
    let diverse_paths = record.boolean(diagnostics, "diverse-paths");
    let gateway = record.boolean(diagnostics, "gateway");
    record.finish(diagnostics);
    Some(SdtnLink {
        links,
        diverse_paths,
        gateway,
        span: node.span(),
    })
}

/// `dpia submitted= updated=`.
pub(crate) fn dpia(reader: &mut Reader<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<Dpia> {
    let node = single_child(reader, diagnostics, "dpia")?;
    let mut record = Reader::new(node);
    let submitted = record.date(diagnostics, "submitted");
    let updated = record.date(diagnostics, "updated");
    record.finish(diagnostics);
    Some(Dpia {
        submitted,
        updated,
        span: node.span(),
    })
}

/// `incident-response notify-hours= initial-notice-hours=`.
pub(crate) fn incident_response(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<IncidentResponse> {
    let node = single_child(reader, diagnostics, "incident-response")?;
    let mut record = Reader::new(node);
    let notify_hours = record.count(diagnostics, "notify-hours");
    let initial_notice_hours = record.count(diagnostics, "initial-notice-hours");
    record.finish(diagnostics);
    Some(IncidentResponse {
        notify_hours,
        initial_notice_hours,
        span: node.span(),
    })
}

/// `new-protection #true justification="…"`.
pub(crate) fn new_protection(
    reader: &mut Reader<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<NewProtection> {
    let source = reader.source(diagnostics, "new-protection")?;
    let mut record = source.reader();
    let value = record.boolean_argument(diagnostics);
    let justification = record.string(diagnostics, "justification");
    record.finish(diagnostics);
    Some(NewProtection {
        value,
        justification,
        span: source.span(),
    })
}

/// Every `api "id" { … }` child (ids unique within the system: `duplicate-id`).
pub(crate) fn apis(reader: &mut Reader<'_>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Api> {
    let mut apis: Vec<Api> = Vec::new();
    for node in reader.children("api") {
        let Some(api) = lower_api(node, diagnostics) else {
            continue;
        };
        if let Some(first) = apis.iter().find(|a| a.id.value == api.id.value) {
            diagnostics.push(crate::lower::duplicate_id(
                &api.id.value,
                api.id.span,
                first.id.span,
            ));
            continue;
        }
        apis.push(api);
    }
    apis
}

fn lower_api(node: Node<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<Api> {
    let mut record = Reader::new(node);
    let id = element_id(&mut record, diagnostics);
    let protocol = record.enumerated::<Protocol>(diagnostics, "protocol");
    let format = record.enumerated::<Format>(diagnostics, "format");
    let schema = record.string(diagnostics, "schema");
    let published = record.source(diagnostics, "published").map(|source| {
        let mut published = source.reader();
        let value = published.date_argument(diagnostics, true);
        let registry = published.string(diagnostics, "registry");
        published.finish(diagnostics);
        Published {
            value,
            registry,
            span: source.span(),
        }
    });
    let auth = record.enumerated::<ConnectionAuth>(diagnostics, "auth");
    let logged = record.boolean(diagnostics, "logged");
    record.finish(diagnostics);
    Some(Api {
        id: id?,
        protocol,
        format,
        schema,
        published,
        auth,
        logged,
        span: node.span(),
    })
}

/// A record that is only ever a child node (it has no single main value); written twice →
/// `duplicate-property`.
pub(crate) fn single_child<'n>(
    reader: &mut Reader<'n>,
    diagnostics: &mut Vec<Diagnostic>,
    key: &'static str,
) -> Option<Node<'n>> {
    let children = reader.children(key);
    let mut iter = children.into_iter();
    let first = iter.next()?;
    for again in iter {
        diagnostics.push(crate::lower::reader::duplicate(
            key,
            again.name().span,
            first.name().span,
        ));
    }
    Some(first)
}
