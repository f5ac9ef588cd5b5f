//! Lowering `dataset`.

use khung_diag::{Diagnostic, Origin};
use khung_kdl::Node;

use crate::lower::common::{element_id, lifecycle, require, text};
use crate::lower::reader::Reader;
use crate::lower::system_records::single_child;
use crate::model::dataset::{Catalogue, CatalogueItem, Dataset, OpenData};
use crate::model::vocabulary::{
    Classification, DataCategory, DatasetKind, Format, ItemSharing, PersonalLevel, Sharing,
};

/// Lowers a `dataset` node.
pub(crate) fn lower_dataset(
    node: Node<'_>,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Dataset> {
    let mut reader = Reader::new(node);
    let id = element_id(&mut reader, diagnostics);
    let name = text(&mut reader, diagnostics, "name");
    let description = text(&mut reader, diagnostics, "description");
    let life = lifecycle(&mut reader, diagnostics);
    let owner = reader.string(diagnostics, "owner");
    let kind = reader.enumerated::<DatasetKind>(diagnostics, "kind");
    let stored_in = reader.string(diagnostics, "stored-in");
    let entities = reader.string_list(diagnostics, "entities");
    let master_of = reader.string_list(diagnostics, "master-of");
    let fields = reader.string_list(diagnostics, "fields");
    let personal = reader.enumerated::<PersonalLevel>(diagnostics, "personal");
    let subjects = reader.count(diagnostics, "subjects");
    let classification = reader.enumerated::<Classification>(diagnostics, "classification");
    let category = reader.enumerated::<DataCategory>(diagnostics, "category");
    let sharing = reader.enumerated::<Sharing>(diagnostics, "sharing");
    let restriction_basis = reader.string(diagnostics, "restriction-basis");
    let usage_regulation = reader.string(diagnostics, "usage-regulation");
    let usage_validity_days = reader.count(diagnostics, "usage-validity-days");
    let code_lists = reader.string_list(diagnostics, "code-lists");
    let catalogue = catalogue(&mut reader, diagnostics);
    let open = reader.source(diagnostics, "open").map(|source| {
        let mut record = source.reader();
        let value = record.boolean_argument(diagnostics);
        let portal = record.string(diagnostics, "portal");
        let format = record.enumerated::<Format>(diagnostics, "format");
        record.finish(diagnostics);
        OpenData {
            value,
            portal,
            format,
            span: source.span(),
        }
    });
    let encrypted_at_rest = reader.boolean(diagnostics, "encrypted-at-rest");
    let access_policy = reader.string(diagnostics, "access-policy");
    let provides = reader.string_list(diagnostics, "provides");
    require(diagnostics, &reader, &name, "name");
    require(diagnostics, &reader, &owner, "owner");
    require(diagnostics, &reader, &kind, "kind");
    // A national database of the reference model is the system's own data: no `stored-in`.
    let national_reference = *origin == Origin::Reference
        && kind
            .as_ref()
            .is_some_and(|k| k.value == DatasetKind::NationalDb);
    if !national_reference {
        require(diagnostics, &reader, &stored_in, "stored-in");
    }
    reader.finish(diagnostics);
    Some(Dataset {
        id: id?,
        origin: origin.clone(),
        span: node.span(),
        name,
        description,
        status: life.status,
        since: life.since,
        retire: life.retire,
        owner,
        kind,
        stored_in,
        entities,
        master_of,
        fields,
        personal,
        subjects,
        classification,
        category,
        sharing,
        restriction_basis,
        usage_regulation,
        usage_validity_days,
        code_lists,
        catalogue,
        open,
        encrypted_at_rest,
        access_policy,
        provides,
    })
}

fn catalogue(reader: &mut Reader<'_>, diagnostics: &mut Vec<Diagnostic>) -> Option<Catalogue> {
    let node = single_child(reader, diagnostics, "catalogue")?;
    let mut record = Reader::new(node);
    let purpose = record.string(diagnostics, "purpose");
    let update = record.string(diagnostics, "update");
    let source = record.string(diagnostics, "source");
    let item = record
        .children("item")
        .into_iter()
        .map(|child| {
            let mut item_reader = Reader::new(child);
            let value = item_reader.string_argument(diagnostics);
            let sharing = item_reader.enumerated::<ItemSharing>(diagnostics, "sharing");
            item_reader.finish(diagnostics);
            CatalogueItem {
                value,
                sharing,
                span: child.span(),
            }
        })
        .collect();
    record.finish(diagnostics);
    Some(Catalogue {
        purpose,
        update,
        source,
        item,
        span: node.span(),
    })
}
