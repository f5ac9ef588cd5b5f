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

/// One element's fact in a column: eight bytes, so that a column of 25,000 flows is 200 KB.
#[derive(Debug, Clone, Copy)]
enum Cell {
    /// The fact is absent.
    Absent,
    /// A boolean.
    Bool(bool),
    /// A string that is the id of an existing element, by number.
    Id(u32),
    /// A list of strings that are all ids of existing elements: a range in [`Columns::lists`].
    Ids(u32),
    /// Any other string: a place in [`Columns::texts`].
    Text(u32),
    /// Any other value, as the accessor gave it: a place in [`Columns::values`].
    Value(u32),
}

/// The columns of one check, by field slot.
#[derive(Debug, Default)]
pub struct Columns<'a> {
    by_slot: Vec<Option<Box<[Cell]>>>,
    /// The items of every [`Cell::Ids`] list, one after the other.
    ids: Vec<u32>,
    /// The range of `ids` of every [`Cell::Ids`] list.
    lists: Vec<(u32, u32)>,
    /// The strings of every [`Cell::Text`].
    texts: Vec<&'a str>,
    /// The values of every [`Cell::Value`].
    values: Vec<Value<'a>>,
}

impl<'a> Columns<'a> {
    /// Reads `fields` (all of one record kind, each once) of every record in `records` (the
    /// existing elements of that kind, in position order) into columns, element by element so
    /// that each element's struct is brought into the cache once for all its fields. Only plain
    /// facts get a column: sub-records are read through their accessor.
    pub(crate) fn add(
        &mut self,
        fields: &[&'static FieldSchema],
        records: &[Record<'a>],
        interner: &Interner<'a>,
    ) {
        let fields: Vec<&'static FieldSchema> = fields
            .iter()
            .copied()
            .filter(|field| {
                matches!(
                    field.ty,
                    FieldType::Bool
                        | FieldType::Int
                        | FieldType::String
                        | FieldType::Date
                        | FieldType::StringList
                ) && !self.by_slot.get(field.slot).is_some_and(Option::is_some)
            })
            .collect();
        let mut columns: Vec<Vec<Cell>> = fields
            .iter()
            .map(|_| Vec::with_capacity(records.len()))
            .collect();
        for record in records {
            for (field, column) in fields.iter().zip(&mut columns) {
                let cell = self.cell((field.get)(record), interner);
                column.push(cell);
            }
        }
        for (field, column) in fields.iter().zip(columns) {
            if self.by_slot.len() <= field.slot {
                self.by_slot.resize_with(field.slot + 1, || None);
            }
            if let Some(slot) = self.by_slot.get_mut(field.slot) {
                *slot = Some(column.into_boxed_slice());
            }
        }
    }

    fn cell(&mut self, value: Option<Value<'a>>, interner: &Interner<'a>) -> Cell {
        match value {
            None => Cell::Absent,
            Some(Value::Bool(value)) => Cell::Bool(value),
            Some(Value::Str(text)) => match (
                interner.number(text.as_str()),
                text.as_borrowed(),
                u32::try_from(self.texts.len()),
            ) {
                (Some(number), _, _) => Cell::Id(number),
                (None, Some(borrowed), Ok(place)) => {
                    self.texts.push(borrowed);
                    Cell::Text(place)
                }
                _ => self.value(Value::Str(text)),
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
                    u32::try_from(self.lists.len()),
                ) {
                    (Some(numbers), Ok(start), Ok(len), Ok(place)) => {
                        self.ids.extend(numbers);
                        self.lists.push((start, len));
                        Cell::Ids(place)
                    }
                    // A list with a dangling reference keeps its texts.
                    _ => self.value(Value::List(list)),
                }
            }
            Some(other) => self.value(other),
        }
    }

    fn value(&mut self, value: Value<'a>) -> Cell {
        match u32::try_from(self.values.len()) {
            Ok(place) => {
                self.values.push(value);
                Cell::Value(place)
            }
            // Over four billion facts: not a model khung can load; the cell reads as absent.
            Err(_) => Cell::Absent,
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
        Some(match *column.get(position as usize)? {
            Cell::Absent => None,
            Cell::Bool(value) => Some(Value::Bool(value)),
            Cell::Id(number) => Some(Value::Str(Str::Id(number, interner))),
            Cell::Ids(place) => {
                let (start, len) = *self.lists.get(place as usize)?;
                let items = self
                    .ids
                    .get(start as usize..start as usize + len as usize)?;
                Some(Value::List(List::Interned(items, interner)))
            }
            Cell::Text(place) => Some(Value::Str(Str::Borrowed(self.texts.get(place as usize)?))),
            Cell::Value(place) => Some(self.values.get(place as usize)?.clone()),
        })
    }
}
