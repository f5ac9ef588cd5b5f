//! [`Interner`]: every id of an existing element, numbered densely once per check, with the
//! position of each in every kind's existing elements. A string the per-check
//! [columns](super::columns) found to be an id travels through the evaluator as its number
//! ([`super::value::Str::Id`]): `x in systems` is a range check and `systems[x]` one array read,
//! and comparing two ids compares two integers — neither reads the id's bytes nor hashes them.

use khung_model::ElementKind;

use crate::eval::id_table::IdTable;
use crate::eval::index::{IdMap, kind_index};

/// The position that marks "not an existing element" (an element in a design state only).
pub const NO_POSITION: u32 = u32::MAX;

/// The ids of the existing elements of one check, numbered densely.
///
/// Numbers are given kind after kind, each kind's existing elements in position order, so the
/// position of an element is its number minus its kind's first number: `x in systems` on a
/// numbered id is a range check and reads no memory. A text that is the id of elements of
/// several kinds keeps the number of its first kind; its positions in the others are in a small
/// map.
#[derive(Debug, Default)]
pub struct Interner<'a> {
    /// Text → number (of its first kind).
    table: IdTable<'a, u32>,
    /// Number → text.
    texts: Vec<&'a str>,
    /// The first number of each kind's block (in the order of `kind_index`), and the end.
    starts: [u32; 9],
    /// (kind, number) → position, for a text numbered in another kind's block.
    shared: IdMap<(usize, u32), u32>,
}

impl<'a> Interner<'a> {
    /// Numbers the ids of `kinds`: for every kind (in the order of `kind_index`), its existing
    /// elements' ids in the order of their positions.
    pub(crate) fn new(kinds: [&[&'a str]; 8]) -> Interner<'a> {
        let mut texts: Vec<&'a str> = Vec::new();
        let mut starts = [0_u32; 9];
        for (kind, ids) in kinds.iter().enumerate() {
            starts[kind] = u32::try_from(texts.len()).unwrap_or(u32::MAX);
            texts.extend(ids.iter().copied());
        }
        starts[8] = u32::try_from(texts.len()).unwrap_or(u32::MAX);
        // Each text's first number; the later ones of a shared text go to `shared`.
        let mut numbered: Vec<(&'a str, u32)> = texts
            .iter()
            .enumerate()
            .filter_map(|(number, text)| Some((*text, u32::try_from(number).ok()?)))
            .collect();
        numbered.sort_unstable();
        let mut shared = IdMap::default();
        let mut first: Vec<(&'a str, u32)> = Vec::with_capacity(numbered.len());
        for (text, number) in numbered {
            match first.last() {
                Some(&(previous, first_number)) if previous == text => {
                    let kind = block_of(&starts, number);
                    shared.insert((kind, first_number), number - starts[kind]);
                }
                _ => first.push((text, number)),
            }
        }
        Interner {
            table: IdTable::new(first.into_iter()),
            texts,
            starts,
            shared,
        }
    }

    /// The number of an id, if it is the id of an existing element.
    #[must_use]
    #[inline]
    pub fn number(&self, text: &str) -> Option<u32> {
        self.table.get(text).copied()
    }

    /// The text of a number.
    #[must_use]
    #[inline]
    pub fn text(&self, number: u32) -> &'a str {
        self.texts.get(number as usize).copied().unwrap_or_default()
    }

    /// The position of the element of `kind` with id `number` among the existing elements of
    /// that kind.
    #[must_use]
    #[inline]
    pub fn position(&self, kind: ElementKind, number: u32) -> Option<u32> {
        let kind = kind_index(kind);
        let (start, end) = (*self.starts.get(kind)?, *self.starts.get(kind + 1)?);
        if (start..end).contains(&number) {
            return Some(number - start);
        }
        if self.shared.is_empty() {
            return None;
        }
        self.shared.get(&(kind, number)).copied()
    }
}

/// The kind whose block holds `number`.
fn block_of(starts: &[u32; 9], number: u32) -> usize {
    (0..8).find(|kind| starts[kind + 1] > number).unwrap_or(7)
}

#[cfg(test)]
mod tests {
    use khung_model::ElementKind;

    use super::Interner;

    #[test]
    fn positions_follow_from_numbers_and_shared_ids_are_found_in_every_kind() {
        let agencies = ["a", "shared"];
        let systems = ["s1", "shared", "s3"];
        let empty: [&str; 0] = [];
        let interner = Interner::new([
            &agencies, &systems, &empty, &empty, &empty, &empty, &empty, &empty,
        ]);
        let number = |text| interner.number(text).unwrap();
        assert_eq!(interner.text(number("s3")), "s3");
        assert_eq!(
            interner.position(ElementKind::System, number("s3")),
            Some(2)
        );
        assert_eq!(interner.position(ElementKind::Agency, number("s3")), None);
        assert_eq!(
            interner.position(ElementKind::Agency, number("shared")),
            Some(1)
        );
        assert_eq!(
            interner.position(ElementKind::System, number("shared")),
            Some(1)
        );
        assert_eq!(interner.position(ElementKind::Flow, number("shared")), None);
        assert_eq!(interner.number("missing"), None);
    }
}
