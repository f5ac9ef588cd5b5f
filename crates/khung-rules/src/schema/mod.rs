//! The model schema as the checker and evaluator see it: CEL types, record kinds, and for every
//! record kind its fields with their types and accessors over the native model structs
//! ([`fields`]). Rules read the model only through these accessors.

mod fields;
mod record;
mod tables;

pub use fields::{field_named, fields_of};
pub use record::{Record, RecordSlice};

use khung_diag::Span;
use khung_model::ElementKind;

use crate::eval::value::Value;

/// A CEL type of the checked subset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `string` (ids and enumeration values are strings)
    String,
    /// `date`
    Date,
    /// `list(T)`
    List(Box<Type>),
    /// `map(K, V)` (literal and constant maps)
    Map(Box<Type>, Box<Type>),
    /// An element or sub-record of the model.
    Record(RecordKind),
    /// One of the model maps (`systems`, …): `map(string, kind)`.
    ElementMap(ElementKind),
    /// The element type of an empty list literal: compatible with everything.
    Any,
}

impl Type {
    /// The type as shown in messages (`list(string)`, `system`, …).
    #[must_use]
    pub fn display(&self) -> String {
        match self {
            Type::Bool => "bool".to_owned(),
            Type::Int => "int".to_owned(),
            Type::String => "string".to_owned(),
            Type::Date => "date".to_owned(),
            Type::List(item) => format!("list({})", item.display()),
            Type::Map(key, value) => format!("map({}, {})", key.display(), value.display()),
            Type::Record(kind) => kind.name().to_owned(),
            Type::ElementMap(kind) => format!("map(string, {})", kind.as_str()),
            Type::Any => "dyn".to_owned(),
        }
    }

    /// Whether values of the two types can be compared with `==` (and unify in a list).
    #[must_use]
    pub fn compatible(&self, other: &Type) -> bool {
        match (self, other) {
            (Type::Any, _) | (_, Type::Any) => true,
            (Type::List(a), Type::List(b)) => a.compatible(b),
            (Type::Map(ka, va), Type::Map(kb, vb)) => ka.compatible(kb) && va.compatible(vb),
            _ => self == other,
        }
    }

    /// The more precise of two compatible types (`list(dyn)` and `list(int)` give `list(int)`).
    #[must_use]
    pub fn unify(&self, other: &Type) -> Type {
        match (self, other) {
            (Type::Any, other) | (other, Type::Any) => other.clone(),
            (Type::List(a), Type::List(b)) => Type::List(Box::new(a.unify(b))),
            (Type::Map(ka, va), Type::Map(kb, vb)) => {
                Type::Map(Box::new(ka.unify(kb)), Box::new(va.unify(vb)))
            }
            _ => self.clone(),
        }
    }
}

/// The record kinds: the eight element kinds and the sub-records of `rule-catalogue.md` §1.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordKind {
    /// An element.
    Element(ElementKind),
    /// `operator`
    Operator,
    /// `hosting`
    Hosting,
    /// `subjects` (system)
    Subjects,
    /// `security-level`
    SecurityLevel,
    /// `security-level { approved }`
    Approval,
    /// `regulation`
    Regulation,
    /// `assessment`
    Assessment,
    /// `monitoring`
    Monitoring,
    /// `logs`
    Logs,
    /// `backup`
    Backup,
    /// `auth` (system)
    SystemAuth,
    /// `sdtn`
    SdtnLink,
    /// `dpia`
    Dpia,
    /// `incident-response`
    IncidentResponse,
    /// `new-protection`
    NewProtection,
    /// `api`
    Api,
    /// `api { published }`
    Published,
    /// `catalogue`
    Catalogue,
    /// `catalogue { item }`
    CatalogueItem,
    /// `open` (dataset)
    OpenData,
    /// `report` (agency)
    AgencyReport,
    /// `form` (service)
    Form,
    /// `form { field }`
    FormField,
    /// `issued` (architecture)
    Issued,
    /// `budget` (project)
    Budget,
}

impl RecordKind {
    /// The name shown in messages: the element kind, or the model node name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Element(kind) => kind.as_str(),
            RecordKind::Operator => "operator",
            RecordKind::Hosting => "hosting",
            RecordKind::Subjects => "subjects",
            RecordKind::SecurityLevel => "security_level",
            RecordKind::Approval => "approved",
            RecordKind::Regulation => "regulation",
            RecordKind::Assessment => "assessment",
            RecordKind::Monitoring => "monitoring",
            RecordKind::Logs => "logs",
            RecordKind::Backup => "backup",
            RecordKind::SystemAuth => "auth",
            RecordKind::SdtnLink => "sdtn",
            RecordKind::Dpia => "dpia",
            RecordKind::IncidentResponse => "incident_response",
            RecordKind::NewProtection => "new_protection",
            RecordKind::Api => "api",
            RecordKind::Published => "published",
            RecordKind::Catalogue => "catalogue",
            RecordKind::CatalogueItem => "item",
            RecordKind::OpenData => "open",
            RecordKind::AgencyReport => "report",
            RecordKind::Form => "form",
            RecordKind::FormField => "field",
            RecordKind::Issued => "issued",
            RecordKind::Budget => "budget",
        }
    }
}

/// The shape of a field, as the schema tables declare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// bool
    Bool,
    /// int
    Int,
    /// string
    String,
    /// date
    Date,
    /// list(string)
    StringList,
    /// a sub-record
    Record(RecordKind),
    /// a list of sub-records
    RecordList(RecordKind),
}

impl FieldType {
    /// The CEL type.
    #[must_use]
    pub fn cel_type(self) -> Type {
        match self {
            FieldType::Bool => Type::Bool,
            FieldType::Int => Type::Int,
            FieldType::String => Type::String,
            FieldType::Date => Type::Date,
            FieldType::StringList => Type::List(Box::new(Type::String)),
            FieldType::Record(kind) => Type::Record(kind),
            FieldType::RecordList(kind) => Type::List(Box::new(Type::Record(kind))),
        }
    }
}

/// Reads a field's value from a record; `None` when the fact is absent.
pub type Getter = Box<dyn for<'a> Fn(&Record<'a>) -> Option<Value<'a>> + Send + Sync>;
/// Reads the span a field's value was written at; `None` when absent.
pub type SpanGetter = Box<dyn Fn(&Record<'_>) -> Option<Span> + Send + Sync>;

/// One field of a record kind.
pub struct FieldSchema {
    /// The CEL name (model property name with `-` → `_`).
    pub name: &'static str,
    /// Its shape.
    pub ty: FieldType,
    /// The record kind it belongs to.
    pub owner: RecordKind,
    /// Its place among all fields of all record kinds (its column in the per-check columns).
    pub slot: usize,
    /// The accessor.
    pub get: Getter,
    /// Where the value was written (for a finding's `label`).
    pub span: SpanGetter,
}

impl std::fmt::Debug for FieldSchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FieldSchema")
            .field("name", &self.name)
            .field("ty", &self.ty)
            .finish_non_exhaustive()
    }
}

impl FieldSchema {
    /// The zero value of the field's type (what an absent fact reads as).
    #[must_use]
    pub fn zero(&self) -> Value<'static> {
        Value::zero_of(self.ty)
    }
}
