//! Runtime values of the evaluator. Model facts are borrowed, never copied into CEL values:
//! a string borrows the model's `String`, a list of ids borrows the model's `Vec`, a record
//! borrows the struct.

use std::cmp::Ordering;
use std::sync::Arc;

use jiff::civil::Date;
use khung_diag::Spanned;
use khung_model::ElementKind;

use crate::eval::interner::Interner;
use crate::schema::{FieldType, Record, RecordKind, RecordSlice};

/// A string value: borrowed from the model or the program, computed, or the id of an existing
/// element by its number in the check's [`Interner`].
#[derive(Clone)]
pub enum Str<'a> {
    /// Borrowed.
    Borrowed(&'a str),
    /// Computed (concatenation, rendering).
    Shared(Arc<str>),
    /// An id of an existing element, by number (its text is in the interner).
    Id(u32, &'a Interner<'a>),
}

impl<'a> Str<'a> {
    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Str::Borrowed(text) => text,
            Str::Shared(text) => text,
            Str::Id(number, interner) => interner.text(*number),
        }
    }

    /// The text, when it lives as long as the model (borrowed or an id).
    #[must_use]
    pub fn as_borrowed(&self) -> Option<&'a str> {
        match self {
            Str::Borrowed(text) => Some(text),
            Str::Id(number, interner) => Some(interner.text(*number)),
            Str::Shared(_) => None,
        }
    }

    /// Whether two strings are equal (two ids of one check by their numbers, without reading
    /// their bytes).
    #[must_use]
    #[inline]
    pub fn same(&self, other: &Str<'_>) -> bool {
        match (self, other) {
            (Str::Id(a, _), Str::Id(b, _)) => a == b,
            _ => self.as_str() == other.as_str(),
        }
    }
}

impl std::fmt::Debug for Str<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The interner is the whole check's id table: show the text instead.
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// A list value.
#[derive(Debug, Clone)]
pub enum List<'a> {
    /// A model list of strings (ids, names).
    Strings(&'a [Spanned<String>]),
    /// A list of ids from a per-check index.
    Ids(&'a [&'a str]),
    /// Repeated sub-records of the model.
    Records(RecordSlice<'a>),
    /// Computed values.
    Values(Arc<[Value<'a>]>),
    /// Values borrowed from a constant of the program.
    Slice(&'a [Value<'a>]),
    /// Ids of existing elements, by number in the check's interner.
    Interned(&'a [u32], &'a Interner<'a>),
}

impl<'a> List<'a> {
    /// The empty list.
    #[must_use]
    pub fn empty() -> List<'a> {
        List::Ids(&[])
    }

    /// A list of computed values.
    #[must_use]
    pub fn from_values(values: Vec<Value<'a>>) -> List<'a> {
        List::Values(values.into())
    }

    /// Number of items.
    #[must_use]
    pub fn len(&self) -> usize {
        match self {
            List::Strings(items) => items.len(),
            List::Ids(items) => items.len(),
            List::Records(items) => items.len(),
            List::Values(items) => items.len(),
            List::Slice(items) => items.len(),
            List::Interned(items, _) => items.len(),
        }
    }

    /// Whether the list is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `index`.
    #[must_use]
    pub fn get(&self, index: usize) -> Option<Value<'a>> {
        match self {
            List::Strings(items) => items
                .get(index)
                .map(|item| Value::Str(Str::Borrowed(&item.value))),
            List::Ids(items) => items.get(index).map(|item| Value::Str(Str::Borrowed(item))),
            List::Records(items) => items.get(index).map(Value::Record),
            List::Values(items) => items.get(index).cloned(),
            List::Slice(items) => items.get(index).cloned(),
            List::Interned(items, interner) => items
                .get(index)
                .map(|number| Value::Str(Str::Id(*number, interner))),
        }
    }

    /// Whether the list holds a string equal to `needle` (fast path of `in`).
    #[must_use]
    pub fn contains_str(&self, needle: &str) -> bool {
        match self {
            List::Strings(items) => items.iter().any(|item| item.value == needle),
            List::Ids(items) => items.contains(&needle),
            List::Records(_) => false,
            List::Values(items) => items
                .iter()
                .any(|item| matches!(item, Value::Str(text) if text.as_str() == needle)),
            List::Slice(items) => items
                .iter()
                .any(|item| matches!(item, Value::Str(text) if text.as_str() == needle)),
            List::Interned(items, interner) => interner
                .number(needle)
                .is_some_and(|number| items.contains(&number)),
        }
    }

    /// The items, in order.
    pub fn iter(&self) -> impl Iterator<Item = Value<'a>> + '_ {
        (0..self.len()).filter_map(|index| self.get(index))
    }
}

/// A map value (literal and constant maps; string or int keys).
#[derive(Debug, Clone)]
pub struct MapValue<'a> {
    /// Entries sorted by key.
    pub entries: Vec<(Value<'a>, Value<'a>)>,
}

impl<'a> MapValue<'a> {
    /// A map from entries (sorted here; later duplicates replace earlier ones).
    #[must_use]
    pub fn new(mut entries: Vec<(Value<'a>, Value<'a>)>) -> MapValue<'a> {
        entries.sort_by(|a, b| a.0.total_order(&b.0));
        entries.dedup_by(|later, earlier| {
            let same = later.0.total_order(&earlier.0) == Ordering::Equal;
            if same {
                std::mem::swap(later, earlier);
            }
            same
        });
        MapValue { entries }
    }

    /// The value under `key`.
    #[must_use]
    pub fn get(&self, key: &Value<'_>) -> Option<&Value<'a>> {
        self.entries
            .binary_search_by(|(entry_key, _)| entry_key.total_order(key))
            .ok()
            .and_then(|index| self.entries.get(index))
            .map(|(_, value)| value)
    }
}

/// A runtime value.
#[derive(Debug, Clone)]
pub enum Value<'a> {
    /// `bool`
    Bool(bool),
    /// `int`
    Int(i64),
    /// `string`
    Str(Str<'a>),
    /// `date`; `None` is an absent date, which compares false with every date.
    Date(Option<Date>),
    /// `list`
    List(List<'a>),
    /// `map`
    Map(Arc<MapValue<'a>>),
    /// An element or sub-record.
    Record(Record<'a>),
    /// A model map (`systems`, …); its content is in the evaluation context.
    ElementMap(ElementKind),
}

impl<'a> Value<'a> {
    /// A borrowed string.
    #[must_use]
    pub fn str(text: &'a str) -> Value<'a> {
        Value::Str(Str::Borrowed(text))
    }

    /// A constant of the program as a value that borrows it (no reference-count traffic).
    #[must_use]
    pub fn reborrow(constant: &'a Value<'static>) -> Value<'a> {
        match constant {
            Value::Str(Str::Shared(text)) => Value::Str(Str::Borrowed(text)),
            Value::List(List::Values(items)) => Value::List(List::Slice(items)),
            other => other.clone(),
        }
    }

    /// The zero value of a field type (what an absent fact reads as).
    #[must_use]
    pub fn zero_of(ty: FieldType) -> Value<'static> {
        match ty {
            FieldType::Bool => Value::Bool(false),
            FieldType::Int => Value::Int(0),
            FieldType::String => Value::Str(Str::Borrowed("")),
            FieldType::Date => Value::Date(None),
            FieldType::StringList | FieldType::RecordList(_) => Value::List(List::empty()),
            FieldType::Record(kind) => Value::Record(Record::Empty(kind)),
        }
    }

    /// The type name used in runtime error messages.
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Str(_) => "string",
            Value::Date(_) => "date",
            Value::List(_) => "list",
            Value::Map(_) | Value::ElementMap(_) => "map",
            Value::Record(record) => match record.kind() {
                RecordKind::Element(kind) => kind.as_str(),
                other => other.name(),
            },
        }
    }

    /// The text of a string value.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(text) => Some(text.as_str()),
            _ => None,
        }
    }

    /// CEL equality (an absent date equals only an absent date).
    #[must_use]
    pub fn equals(&self, other: &Value<'_>) -> bool {
        match (self, other) {
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a.same(b),
            (Value::Date(a), Value::Date(b)) => a == b,
            (Value::List(a), Value::List(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.equals(&y))
            }
            (Value::Map(a), Value::Map(b)) => {
                a.entries.len() == b.entries.len()
                    && a.entries
                        .iter()
                        .zip(&b.entries)
                        .all(|((ka, va), (kb, vb))| ka.equals(kb) && va.equals(vb))
            }
            (Value::ElementMap(a), Value::ElementMap(b)) => a == b,
            _ => false,
        }
    }

    /// A total order used to sort map keys (by type, then value).
    #[must_use]
    pub fn total_order(&self, other: &Value<'_>) -> Ordering {
        fn rank(value: &Value<'_>) -> u8 {
            match value {
                Value::Bool(_) => 0,
                Value::Int(_) => 1,
                Value::Str(_) => 2,
                Value::Date(_) => 3,
                _ => 4,
            }
        }
        match (self, other) {
            (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
            (Value::Int(a), Value::Int(b)) => a.cmp(b),
            (Value::Str(a), Value::Str(b)) => a.as_str().cmp(b.as_str()),
            (Value::Date(a), Value::Date(b)) => a.cmp(b),
            _ => rank(self).cmp(&rank(other)),
        }
    }

    /// The value as message text (`{expr}` in templates): strings as they are, lists joined with
    /// `, `, dates ISO, absent dates empty.
    #[must_use]
    pub fn render(&self) -> String {
        match self {
            Value::Bool(value) => value.to_string(),
            Value::Int(value) => value.to_string(),
            Value::Str(text) => text.as_str().to_owned(),
            Value::Date(Some(date)) => date.to_string(),
            Value::Date(None) => String::new(),
            Value::List(list) => list
                .iter()
                .map(|item| item.render())
                .collect::<Vec<_>>()
                .join(", "),
            Value::Map(map) => map
                .entries
                .iter()
                .map(|(key, value)| format!("{}: {}", key.render(), value.render()))
                .collect::<Vec<_>>()
                .join(", "),
            Value::Record(record) => record.element().map_or_else(
                || record.kind().name().to_owned(),
                |element| element.id().value.clone(),
            ),
            Value::ElementMap(kind) => kind.as_str().to_owned(),
        }
    }
}
