//! [`IdTable`]: the lookup of one kind's existing elements by id, the hottest operation of the
//! evaluator (`x in systems`, `systems[x]`). An open-addressing table whose slots hold the first
//! 16 bytes of the id inline: a lookup hashes the id a word at a time and compares two words,
//! without a call to `memcmp` and without reading the stored key from elsewhere in memory (the
//! ids of the model are short; a longer id is compared in full as well).

use crate::schema::Record;

/// A slot position that marks an empty slot.
const EMPTY: u32 = u32::MAX;

/// Id bytes kept inline in a slot.
const INLINE_BYTES: usize = 16;

/// One slot: the id's length and first 16 bytes (zero-padded), and its position.
#[derive(Debug, Clone, Copy)]
struct Slot {
    head: [u64; 2],
    len: u32,
    position: u32,
}

const EMPTY_SLOT: Slot = Slot {
    head: [0, 0],
    len: 0,
    position: EMPTY,
};

/// A lookup of values (records, by default) by id, built once per check (ids are unique).
/// An id's position is its place in the order the table was built from.
#[derive(Debug, Clone)]
pub struct IdTable<'a, V = Record<'a>> {
    slots: Vec<Slot>,
    mask: usize,
    keys: Vec<&'a str>,
    records: Vec<V>,
}

impl<V> Default for IdTable<'_, V> {
    fn default() -> Self {
        IdTable::new(std::iter::empty())
    }
}

/// The inline head of an id and its hash.
struct Fingerprint {
    head: [u64; 2],
    hash: u64,
}

fn fingerprint(key: &str) -> Fingerprint {
    let bytes = key.as_bytes();
    let mut head = [0_u64; 2];
    let mut hash = (bytes.len() as u64).wrapping_mul(0xa076_1d64_78bd_642f);
    for (number, chunk) in bytes.chunks(8).enumerate() {
        // Little-endian word of up to 8 bytes, zero-padded.
        let word = chunk
            .iter()
            .rev()
            .fold(0_u64, |word, byte| (word << 8) | u64::from(*byte));
        if let Some(slot) = head.get_mut(number) {
            *slot = word;
        }
        hash = (hash ^ word)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29);
    }
    // A final mix so that the low bits (the slot index) depend on every input bit.
    hash ^= hash >> 32;
    hash = hash.wrapping_mul(0xe703_7ed1_a0b4_28db);
    hash ^= hash >> 29;
    Fingerprint { head, hash }
}

impl<'a, V> IdTable<'a, V> {
    /// A table over `(id, value)` pairs with unique ids.
    pub fn new(entries: impl Iterator<Item = (&'a str, V)>) -> IdTable<'a, V> {
        let (keys, records): (Vec<&'a str>, Vec<V>) = entries.unzip();
        // At most half full: probe sequences stay short.
        let capacity = (keys.len() * 2).max(8).next_power_of_two();
        let mut table = IdTable {
            slots: vec![EMPTY_SLOT; capacity],
            mask: capacity - 1,
            keys,
            records,
        };
        for position in 0..table.keys.len() {
            table.insert(position);
        }
        table
    }

    fn insert(&mut self, position: usize) {
        let Some(key) = self.keys.get(position) else {
            return;
        };
        let (Ok(len), Ok(position)) = (u32::try_from(key.len()), u32::try_from(position)) else {
            // More than 4 billion elements or a 4 GB id: not a model this tool can load.
            return;
        };
        let print = fingerprint(key);
        let mut index = (print.hash as usize) & self.mask;
        while let Some(slot) = self.slots.get_mut(index) {
            if slot.position == EMPTY {
                *slot = Slot {
                    head: print.head,
                    len,
                    position,
                };
                return;
            }
            index = (index + 1) & self.mask;
        }
    }

    /// The position of `key` in the order the table was built from.
    #[must_use]
    #[inline]
    pub fn position(&self, key: &str) -> Option<usize> {
        let print = fingerprint(key);
        let len = u32::try_from(key.len()).ok()?;
        let mut index = (print.hash as usize) & self.mask;
        loop {
            let slot = self.slots.get(index)?;
            if slot.position == EMPTY {
                return None;
            }
            if slot.len == len
                && slot.head == print.head
                && (key.len() <= INLINE_BYTES
                    || self.keys.get(slot.position as usize) == Some(&key))
            {
                return Some(slot.position as usize);
            }
            index = (index + 1) & self.mask;
        }
    }

    /// The ids, in the order the table was built from.
    #[must_use]
    pub fn keys(&self) -> &[&'a str] {
        &self.keys
    }

    /// The value with this id.
    #[must_use]
    #[inline]
    pub fn get(&self, key: &str) -> Option<&V> {
        self.records.get(self.position(key)?)
    }

    /// Whether there is a record with this id.
    #[must_use]
    #[inline]
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Number of records.
    #[must_use]
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::IdTable;
    use crate::schema::{Record, RecordKind};

    #[test]
    fn finds_every_id_and_only_those() {
        let ids: Vec<String> = (0..500)
            .map(|n| match n % 4 {
                0 => format!("s{n}"),
                1 => format!("p{n}-u{}", n * 7),
                2 => format!("a-rather-long-identifier-with-a-shared-prefix-{n}"),
                _ => format!("{n}"),
            })
            .collect();
        let table = IdTable::new(
            ids.iter()
                .map(|id| (id.as_str(), Record::Empty(RecordKind::Api))),
        );
        assert_eq!(table.len(), 500);
        for id in &ids {
            assert!(table.contains_key(id), "{id}");
            assert!(table.get(id).is_some(), "{id}");
        }
        for missing in [
            "",
            "s1",
            "s0x",
            "p1-u8",
            "a-rather-long-identifier-with-a-shared-prefix-3",
            "a-rather-long-identifier-with-a-shared-prefix-",
            "a-rather-long-id",
            "s0\0",
        ] {
            assert!(!table.contains_key(missing), "{missing}");
        }
        assert!(table.contains_key("p1-u7"));
    }

    #[test]
    fn an_empty_table_finds_nothing() {
        let table: IdTable<'_> = IdTable::default();
        assert!(table.is_empty());
        assert!(!table.contains_key(""));
        assert!(table.get("s1").is_none());
    }
}
