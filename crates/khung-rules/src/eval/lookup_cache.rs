//! [`LookupCache`]: a small memo of the id lookups of one evaluation context. The rules of an
//! element look the same ids up again and again (`flow.from in systems` in one rule,
//! `systems[flow.from].owner` in the next); a repeated lookup of an id borrowed from the model
//! is answered by comparing the string's address and length, without reading or hashing its
//! bytes. Only strings borrowed for the whole check are memoised: while such a borrow lives,
//! no other text can occupy its address, so equal addresses and lengths mean equal ids.

use khung_model::ElementKind;

use crate::eval::index::CheckIndex;
use crate::schema::Record;

/// Entries of the memo (direct-mapped by the string's address).
const ENTRIES: usize = 16;

#[derive(Debug, Clone, Copy)]
struct Entry<'a> {
    key: &'a str,
    kind: ElementKind,
    found: Option<(Record<'a>, u32)>,
}

/// The memo of one evaluation context.
#[derive(Debug)]
pub(crate) struct LookupCache<'a> {
    entries: [Option<Entry<'a>>; ENTRIES],
}

impl<'a> LookupCache<'a> {
    /// An empty memo.
    pub(crate) fn new() -> LookupCache<'a> {
        LookupCache {
            entries: [None; ENTRIES],
        }
    }

    /// The existing element of `kind` with id `key`, with its position.
    #[inline]
    pub(crate) fn find(
        &mut self,
        index: &CheckIndex<'a>,
        kind: ElementKind,
        key: &'a str,
    ) -> Option<(Record<'a>, u32)> {
        let address = key.as_ptr() as usize;
        let slot = ((address >> 4) ^ (address >> 9)) % ENTRIES;
        if let Some(Some(entry)) = self.entries.get(slot)
            && std::ptr::eq(entry.key, key)
            && entry.kind == kind
        {
            return entry.found;
        }
        let existing = index.existing(kind);
        let found = existing.by_id.position(key).and_then(|position| {
            Some((
                *existing.records.get(position)?,
                u32::try_from(position).ok()?,
            ))
        });
        if let Some(entry) = self.entries.get_mut(slot) {
            *entry = Some(Entry { key, kind, found });
        }
        found
    }
}
