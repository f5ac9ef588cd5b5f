//! [`Columns`]: the element facts a rule set reads, read once per check into one dense array
//! per field, in the order of each kind's existing elements. A model struct is large (a system
//! is over 2 KB) and its facts sit on many cache lines, and an id is a heap string whose bytes
//! must be read and hashed to be looked up; a column holds the fact itself, and an id as its
//! number in the check's [`Interner`]. So the evaluator reads facts sequentially, follows a
//! reference with one array read, and compares ids as integers.
//!
//! A column holds exactly what the field's accessor returns for each element (the accessor
//! builds it), so reading a column and calling the accessor always agree.

use crate::eval::interner::Interner;
use crate::eval::value::{List, Str, Value};
use crate::schema::{FieldSchema, FieldType, Record};

/// One element's fact in a column.
#[derive(Debug, Clone)]
enum Cell<'a> {
    /// The fact is absent.
    Absent,
    /// A string that is the id of an existing element, by number.
    Id(u32),
    /// A list of strings that are all ids of existing elements: a range of [`Columns::ids`].
    Ids {
        /// First item.
        start: u32,
        /// Number of items.
        len: u32,
    },
    /// Any other value, as the accessor gave it.
    Value(Value<'a>),
}

/// The columns of one check, by field slot.
#[derive(Debug, Default)]
pub struct Columns<'a> {
    by_slot: Vec<Option<Box<[Cell<'a>]>>>,
    /// The items of every [`Cell::Ids`].
    ids: Vec<u32>,
}

impl<'a> Columns<'a> {
    /// Reads `field` of every record in `records` (the existing elements of the field's kind, in
    /// position order) into a column. Only plain facts get a column: sub-records are read
    /// through their accessor.
    pub(crate) fn add(
        &mut self,
        field: &'static FieldSchema,
        records: &[Record<'a>],
        interner: &Interner<'a>,
    ) {
        if !matches!(
            field.ty,
            FieldType::Bool
                | FieldType::Int
                | FieldType::String
                | FieldType::Date
                | FieldType::StringList
        ) {
            return;
        }
        if self.by_slot.get(field.slot).is_some_and(Option::is_some) {
            return;
        }
        let cells: Box<[Cell<'a>]> = records
            .iter()
            .map(|record| self.cell((field.get)(record), interner))
            .collect();
        if self.by_slot.len() <= field.slot {
            self.by_slot.resize_with(field.slot + 1, || None);
        }
        if let Some(slot) = self.by_slot.get_mut(field.slot) {
            *slot = Some(cells);
        }
    }

    fn cell(&mut self, value: Option<Value<'a>>, interner: &Interner<'a>) -> Cell<'a> {
        match value {
            None => Cell::Absent,
            Some(Value::Str(text)) => match interner.number(text.as_str()) {
                Some(number) => Cell::Id(number),
                None => Cell::Value(Value::Str(text)),
            },
            Some(Value::List(list @ List::Strings(_))) => {
                let numbers: Option<Vec<u32>> = list
                    .iter()
                    .map(|item| item.as_str().and_then(|text| interner.number(text)))
                    .collect();
                match (
                    numbers,
                    u32::try_from(self.ids.len()),
                    u32::try_from(list.len()),
                ) {
                    (Some(numbers), Ok(start), Ok(len)) => {
                        self.ids.extend(numbers);
                        Cell::Ids { start, len }
                    }
                    // A list with a dangling reference keeps its texts.
                    _ => Cell::Value(Value::List(list)),
                }
            }
            Some(other) => Cell::Value(other),
        }
    }

    /// The fact of the element at `position` in `field`'s column: `None` when the field has no
    /// column or the element no position (read it through the accessor), `Some(None)` when the
    /// fact is absent.
    #[inline]
    pub(crate) fn read(
        &'a self,
        interner: &'a Interner<'a>,
        field: &FieldSchema,
        position: u32,
    ) -> Option<Option<Value<'a>>> {
        let column = self.by_slot.get(field.slot)?.as_ref()?;
        Some(match column.get(position as usize)? {
            Cell::Absent => None,
            Cell::Id(number) => Some(Value::Str(Str::Id(*number, interner))),
            Cell::Ids { start, len } => {
                let start = *start as usize;
                let items = self.ids.get(start..start + *len as usize)?;
                Some(Value::List(List::Interned(items, interner)))
            }
            Cell::Value(value) => Some(value.clone()),
        })
    }
}
