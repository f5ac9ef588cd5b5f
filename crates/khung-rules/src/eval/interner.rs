//! [`Interner`]: every id of an existing element, numbered densely once per check, with the
//! position of each in every kind's existing elements. A string the per-check
//! [columns](super::columns) found to be an id travels through the evaluator as its number
//! ([`super::value::Str::Id`]): `x in systems` and `systems[x]` become one read of a dense array,
//! and comparing two ids compares two integers — neither reads the id's bytes nor hashes them.

use khung_model::ElementKind;

use crate::eval::id_table::IdTable;
use crate::eval::index::kind_index;

/// The position that marks "no existing element of this kind has the id".
pub const NO_POSITION: u32 = u32::MAX;

/// The ids of the existing elements of one check, numbered densely.
#[derive(Debug, Default)]
pub struct Interner<'a> {
    /// Text → number (the position in the sorted id list).
    table: IdTable<'a, ()>,
    /// Per kind (in the order of `kind_index`): number → position among the kind's existing
    /// elements, or [`NO_POSITION`].
    positions: [Vec<u32>; 8],
}

impl<'a> Interner<'a> {
    /// Numbers the ids of `kinds`: for every kind (in the order of `kind_index`), its existing
    /// elements' ids in the order of their positions.
    pub(crate) fn new(kinds: [&[&'a str]; 8]) -> Interner<'a> {
        let mut texts: Vec<&'a str> = kinds.iter().flat_map(|ids| ids.iter().copied()).collect();
        texts.sort_unstable();
        texts.dedup();
        let table = IdTable::new(texts.iter().map(|text| (*text, ())));
        let positions = kinds.map(|ids| {
            let mut positions = vec![NO_POSITION; texts.len()];
            for (position, id) in ids.iter().enumerate() {
                if let (Some(number), Ok(position)) = (table.position(id), u32::try_from(position))
                    && let Some(slot) = positions.get_mut(number)
                {
                    *slot = position;
                }
            }
            positions
        });
        Interner { table, positions }
    }

    /// The number of an id, if it is the id of an existing element.
    #[must_use]
    #[inline]
    pub fn number(&self, text: &str) -> Option<u32> {
        self.table
            .position(text)
            .and_then(|number| u32::try_from(number).ok())
    }

    /// The text of a number.
    #[must_use]
    #[inline]
    pub fn text(&self, number: u32) -> &'a str {
        self.table
            .keys()
            .get(number as usize)
            .copied()
            .unwrap_or_default()
    }

    /// The position of the element of `kind` with id `number` among the existing elements of
    /// that kind.
    #[must_use]
    #[inline]
    pub fn position(&self, kind: ElementKind, number: u32) -> Option<u32> {
        self.positions
            .get(kind_index(kind))
            .and_then(|positions| positions.get(number as usize))
            .copied()
            .filter(|position| *position != NO_POSITION)
    }
}
