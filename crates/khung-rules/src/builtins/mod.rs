//! The built-in functions rules may call, one file each. [`BUILTINS`] documents them (the
//! generated rule reference reads it); [`lookup`] gives the checker their signatures.
//!
//! Built-ins take ids; where `rule-catalogue.md` §1.3 passes an element record, an overload
//! takes the record and means the same. An unknown id gives the zero value of the result.

mod add_days;
mod ancestors;
mod api_of;
mod api_sys;
mod carries_personal;
mod carries_sensitive;
mod component_closure;
mod composites_of;
mod crosses_border;
mod date;
pub(crate) mod days_since;
mod days_until;
mod flows_carrying;
mod flows_from;
mod flows_of;
mod flows_to;
mod level;
mod masters_of;
mod min_level;
pub use min_level::{min_level_of, min_levels};
mod months_ago;
mod owned_datasets;
mod owned_systems;
mod path_via;
pub(crate) mod personal_field;
mod providers_of;
mod reachable;
mod referenced;
mod sb;
pub(crate) mod sensitive_field;
mod services_of;
mod ss;
mod stored;
mod systems_in_zone;
pub(crate) mod top_agency;
mod ws;
mod year;

use khung_model::{Dataset, ElementKind, Flow, System};

use crate::eval::error::EvalError;
use crate::eval::run::Ctx;
use crate::eval::value::{List, Value};
use crate::schema::{Record, RecordKind, Type};

/// Documentation of one built-in, for the generated reference.
#[derive(Debug, Clone, Copy)]
pub struct BuiltinDoc {
    /// The function name.
    pub name: &'static str,
    /// Parameter and result types, overloads separated by `; `.
    pub signature: &'static str,
    /// What it means (English; the reference is generated from it).
    pub doc: &'static str,
}

/// A parameter type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Param {
    /// `string`
    String,
    /// `int`
    Int,
    /// `date`
    Date,
    /// An id (`string`) or the element record of this kind.
    IdOr(ElementKind),
}

/// A result type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Returns {
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `string`
    String,
    /// `date`
    Date,
    /// `list(string)`
    StringList,
    /// a record
    Record(RecordKind),
}

impl Returns {
    /// The CEL type.
    #[must_use]
    pub fn cel_type(self) -> Type {
        match self {
            Returns::Bool => Type::Bool,
            Returns::Int => Type::Int,
            Returns::String => Type::String,
            Returns::Date => Type::Date,
            Returns::StringList => Type::List(Box::new(Type::String)),
            Returns::Record(kind) => Type::Record(kind),
        }
    }
}

/// The implementation of a built-in.
pub type BuiltinFn = for<'a> fn(&mut Ctx<'a>, &[Value<'a>]) -> Result<Value<'a>, EvalError>;

/// A built-in function.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    /// Its documentation.
    pub doc: BuiltinDoc,
    /// Its parameters.
    pub params: &'static [Param],
    /// Its result.
    pub returns: Returns,
    /// Whether it reads only its arguments (so a call with constant arguments is folded at
    /// load time).
    pub pure: bool,
    /// The implementation.
    pub call: BuiltinFn,
}

const ALL: &[Builtin] = &[
    add_days::DEF,
    ancestors::DEF,
    api_of::DEF,
    api_sys::DEF,
    carries_personal::DEF,
    carries_sensitive::DEF,
    component_closure::DEF,
    composites_of::DEF,
    crosses_border::DEF,
    date::DEF,
    days_since::DEF,
    days_until::DEF,
    flows_carrying::DEF,
    flows_from::DEF,
    flows_of::DEF,
    flows_to::DEF,
    level::DEF,
    masters_of::DEF,
    min_level::DEF,
    months_ago::DEF,
    owned_datasets::DEF,
    owned_systems::DEF,
    path_via::DEF,
    personal_field::DEF,
    providers_of::DEF,
    reachable::DEF,
    referenced::DEF,
    sb::DEF,
    sensitive_field::DEF,
    services_of::DEF,
    ss::DEF,
    stored::DEF,
    systems_in_zone::DEF,
    top_agency::DEF,
    ws::DEF,
    year::DEF,
];

/// Every built-in's documentation, sorted by name.
pub const BUILTINS: &[BuiltinDoc] = &[
    add_days::DEF.doc,
    ancestors::DEF.doc,
    api_of::DEF.doc,
    api_sys::DEF.doc,
    carries_personal::DEF.doc,
    carries_sensitive::DEF.doc,
    component_closure::DEF.doc,
    composites_of::DEF.doc,
    crosses_border::DEF.doc,
    date::DEF.doc,
    days_since::DEF.doc,
    days_until::DEF.doc,
    flows_carrying::DEF.doc,
    flows_from::DEF.doc,
    flows_of::DEF.doc,
    flows_to::DEF.doc,
    level::DEF.doc,
    masters_of::DEF.doc,
    min_level::DEF.doc,
    months_ago::DEF.doc,
    owned_datasets::DEF.doc,
    owned_systems::DEF.doc,
    path_via::DEF.doc,
    personal_field::DEF.doc,
    providers_of::DEF.doc,
    reachable::DEF.doc,
    referenced::DEF.doc,
    sb::DEF.doc,
    sensitive_field::DEF.doc,
    services_of::DEF.doc,
    ss::DEF.doc,
    stored::DEF.doc,
    systems_in_zone::DEF.doc,
    top_agency::DEF.doc,
    ws::DEF.doc,
    year::DEF.doc,
];

/// The built-in called `name`.
#[must_use]
pub fn lookup(name: &str) -> Option<&'static Builtin> {
    ALL.iter().find(|builtin| builtin.doc.name == name)
}

/// Every built-in name (for "did you mean").
pub fn names() -> impl Iterator<Item = &'static str> {
    ALL.iter().map(|builtin| builtin.doc.name)
}

/// The string argument at `index` (the checker guarantees the type).
pub(crate) fn string_arg<'v>(args: &'v [Value<'_>], index: usize) -> Result<&'v str, EvalError> {
    match args.get(index) {
        Some(value) => value.as_str().ok_or(EvalError::Type {
            expected: "string",
            found: value.type_name(),
        }),
        None => Err(EvalError::Type {
            expected: "string",
            found: "nothing",
        }),
    }
}

/// The int argument at `index`.
pub(crate) fn int_arg(args: &[Value<'_>], index: usize) -> Result<i64, EvalError> {
    match args.get(index) {
        Some(Value::Int(value)) => Ok(*value),
        other => Err(EvalError::Type {
            expected: "int",
            found: other.map_or("nothing", Value::type_name),
        }),
    }
}

/// The date argument at `index` (`None` for an absent date).
pub(crate) fn date_arg(
    args: &[Value<'_>],
    index: usize,
) -> Result<Option<jiff::civil::Date>, EvalError> {
    match args.get(index) {
        Some(Value::Date(value)) => Ok(*value),
        other => Err(EvalError::Type {
            expected: "date",
            found: other.map_or("nothing", Value::type_name),
        }),
    }
}

/// The system an argument names (an id, or the record itself), whatever its lifecycle.
pub(crate) fn system_arg<'a>(
    ctx: &Ctx<'a>,
    args: &[Value<'a>],
    index: usize,
) -> Result<Option<&'a System>, EvalError> {
    match args.get(index) {
        Some(Value::Record(Record::System(system))) => Ok(Some(system)),
        Some(Value::Str(id)) => Ok(ctx.index.model.systems.get(id.as_str())),
        other => Err(EvalError::Type {
            expected: "system",
            found: other.map_or("nothing", Value::type_name),
        }),
    }
}

/// The flow an argument names (an id, or the record itself), whatever its lifecycle.
pub(crate) fn flow_arg<'a>(
    ctx: &Ctx<'a>,
    args: &[Value<'a>],
    index: usize,
) -> Result<Option<&'a Flow>, EvalError> {
    match args.get(index) {
        Some(Value::Record(Record::Flow(flow))) => Ok(Some(flow)),
        Some(Value::Str(id)) => Ok(ctx.index.model.flows.get(id.as_str())),
        other => Err(EvalError::Type {
            expected: "flow",
            found: other.map_or("nothing", Value::type_name),
        }),
    }
}

/// The existing dataset with this id.
pub(crate) fn existing_dataset<'a>(ctx: &Ctx<'a>, id: &str) -> Option<&'a Dataset> {
    match ctx.index.existing(ElementKind::Dataset).by_id.get(id) {
        Some(Record::Dataset(dataset)) => Some(dataset),
        _ => None,
    }
}

/// The existing system with this id.
pub(crate) fn existing_system<'a>(ctx: &Ctx<'a>, id: &str) -> Option<&'a System> {
    match ctx.index.existing(ElementKind::System).by_id.get(id) {
        Some(Record::System(system)) => Some(system),
        _ => None,
    }
}

/// A list of ids borrowed from an index.
pub(crate) fn ids<'a>(items: &'a [&'a str]) -> Value<'a> {
    Value::List(List::Ids(items))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_table_matches_the_implementations_and_is_sorted() {
        let implemented: Vec<&str> = ALL.iter().map(|b| b.doc.name).collect();
        let documented: Vec<&str> = BUILTINS.iter().map(|b| b.name).collect();
        assert_eq!(implemented, documented);
        let mut sorted = documented.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, documented);
        for doc in BUILTINS {
            assert!(
                !doc.doc.is_empty() && !doc.signature.is_empty(),
                "{}",
                doc.name
            );
        }
    }
}
