//! The binding of the schema to the model structs: for every record kind, its fields in CEL
//! shape (`rule-catalogue.md` §1.2) with an accessor that reads the struct directly.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use jiff::civil::Date;
use khung_diag::{Span, Spanned};
use khung_model::Text;

use crate::eval::value::{List, Str, Value};
use crate::schema::record::{RecordListType, RecordType};
use crate::schema::{FieldSchema, FieldType, RecordKind};

/// The fields of a record kind, sorted by name.
#[must_use]
pub fn fields_of(kind: RecordKind) -> &'static [FieldSchema] {
    tables().get(&kind).map_or(&[], Vec::as_slice)
}

/// The field `name` of a record kind.
#[must_use]
pub fn field_named(kind: RecordKind, name: &str) -> Option<&'static FieldSchema> {
    fields_of(kind).iter().find(|field| field.name == name)
}

/// A fact the model stores as `Spanned<T>`.
pub(crate) trait Fact {
    const TYPE: FieldType;
    fn value(&self) -> Value<'_>;
    fn fact_span(&self) -> Span;
    fn list(items: &[Self]) -> List<'_>
    where
        Self: Sized,
    {
        List::from_values(items.iter().map(Fact::value).collect())
    }
}

impl Fact for Spanned<String> {
    const TYPE: FieldType = FieldType::String;
    fn value(&self) -> Value<'_> {
        Value::Str(Str::Borrowed(&self.value))
    }
    fn fact_span(&self) -> Span {
        self.span
    }
    fn list(items: &[Self]) -> List<'_> {
        List::Strings(items)
    }
}

impl Fact for Spanned<i64> {
    const TYPE: FieldType = FieldType::Int;
    fn value(&self) -> Value<'_> {
        Value::Int(self.value)
    }
    fn fact_span(&self) -> Span {
        self.span
    }
}

impl Fact for Spanned<bool> {
    const TYPE: FieldType = FieldType::Bool;
    fn value(&self) -> Value<'_> {
        Value::Bool(self.value)
    }
    fn fact_span(&self) -> Span {
        self.span
    }
}

impl Fact for Spanned<Date> {
    const TYPE: FieldType = FieldType::Date;
    fn value(&self) -> Value<'_> {
        Value::Date(Some(self.value))
    }
    fn fact_span(&self) -> Span {
        self.span
    }
}

impl Fact for Text {
    const TYPE: FieldType = FieldType::String;
    fn value(&self) -> Value<'_> {
        Value::Str(Str::Borrowed(&self.default.value))
    }
    fn fact_span(&self) -> Span {
        self.default.span
    }
}

macro_rules! enum_facts {
    ($($enum:ident),+ $(,)?) => {
        $(
            impl Fact for Spanned<khung_model::$enum> {
                const TYPE: FieldType = FieldType::String;
                fn value(&self) -> Value<'_> {
                    Value::Str(Str::Borrowed(self.value.as_str()))
                }
                fn fact_span(&self) -> Span {
                    self.span
                }
            }
        )+
    };
}

enum_facts!(
    Status,
    Tier,
    AgencyKind,
    SystemKind,
    SystemType,
    HostingKind,
    Tenancy,
    InfoClass,
    Scope,
    DefenceImpact,
    ApprovedBy,
    DossierPart,
    SecurityPlanPart,
    Signature,
    Protocol,
    Format,
    ConnectionAuth,
    IcsClass,
    DatasetKind,
    PersonalLevel,
    Classification,
    DataCategory,
    Sharing,
    ItemSharing,
    Method,
    ServiceMode,
    Trust,
    Network,
    Framework,
    View,
    ArchitecturePart,
);

/// An optional scalar fact.
pub(crate) fn scalar<R, T, F>(name: &'static str, get: F) -> FieldSchema
where
    R: RecordType + 'static,
    T: Fact + 'static,
    F: for<'x> Fn(&'x R) -> Option<&'x T> + Copy + Send + Sync + 'static,
{
    FieldSchema {
        name,
        owner: RecordKind::Api,
        slot: 0,
        ty: T::TYPE,
        get: Box::new(move |record| R::unwrap(record).and_then(get).map(Fact::value)),
        span: Box::new(move |record| R::unwrap(record).and_then(get).map(Fact::fact_span)),
    }
}

/// A list of scalar facts (absent when empty).
pub(crate) fn list<R, T, F>(name: &'static str, get: F) -> FieldSchema
where
    R: RecordType + 'static,
    T: Fact + 'static,
    F: for<'x> Fn(&'x R) -> &'x [T] + Copy + Send + Sync + 'static,
{
    FieldSchema {
        name,
        owner: RecordKind::Api,
        slot: 0,
        ty: FieldType::StringList,
        get: Box::new(move |record| {
            let items = get(R::unwrap(record)?);
            (!items.is_empty()).then(|| Value::List(T::list(items)))
        }),
        span: Box::new(move |record| {
            let items = get(R::unwrap(record)?);
            let first = items.first()?.fact_span();
            Some(
                items
                    .iter()
                    .fold(first, |span, item| span.cover(item.fact_span())),
            )
        }),
    }
}

/// An optional sub-record.
pub(crate) fn record<R, S, F>(
    name: &'static str,
    kind: RecordKind,
    get: F,
    span_of: fn(&S) -> Span,
) -> FieldSchema
where
    R: RecordType + 'static,
    S: RecordType + 'static,
    F: for<'x> Fn(&'x R) -> Option<&'x S> + Copy + Send + Sync + 'static,
{
    FieldSchema {
        name,
        owner: RecordKind::Api,
        slot: 0,
        ty: FieldType::Record(kind),
        get: Box::new(move |record| {
            R::unwrap(record)
                .and_then(get)
                .map(|s| Value::Record(s.wrap()))
        }),
        span: Box::new(move |record| R::unwrap(record).and_then(get).map(span_of)),
    }
}

/// A list of sub-records (absent when empty).
pub(crate) fn records<R: RecordType + 'static, S: RecordListType + 'static>(
    name: &'static str,
    kind: RecordKind,
    get: for<'x> fn(&'x R) -> &'x [S],
    span_of: fn(&S) -> Span,
) -> FieldSchema {
    FieldSchema {
        name,
        owner: RecordKind::Api,
        slot: 0,
        ty: FieldType::RecordList(kind),
        get: Box::new(move |record| {
            let items = get(R::unwrap(record)?);
            (!items.is_empty()).then(|| Value::List(S::wrap_slice(items)))
        }),
        span: Box::new(move |record| get(R::unwrap(record)?).first().map(span_of)),
    }
}

fn tables() -> &'static BTreeMap<RecordKind, Vec<FieldSchema>> {
    static TABLES: OnceLock<BTreeMap<RecordKind, Vec<FieldSchema>>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut tables = crate::schema::tables::build_tables();
        // Every field knows its record kind and a place of its own in the per-check columns.
        let mut slot = 0;
        for (kind, fields) in &mut tables {
            for field in fields {
                field.owner = *kind;
                field.slot = slot;
                slot += 1;
            }
        }
        tables
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_kind_has_fields_and_names_are_unique() {
        for (kind, fields) in tables() {
            assert!(!fields.is_empty(), "{kind:?}");
            for pair in fields.windows(2) {
                assert_ne!(pair[0].name, pair[1].name, "{kind:?}");
            }
        }
    }
}
