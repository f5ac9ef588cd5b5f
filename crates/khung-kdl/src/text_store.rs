//! [`TextStore`]: the strings of a document, one after another in chunks of 1 MiB (a longer
//! string gets a chunk of its own). One buffer that doubles would peak at three times its
//! content while it grows, and reserving the source's length wastes what quotes, keys' `=` and
//! whitespace took; chunks never move, so only the unfilled tail of the last chunk is spare.

use crate::tree::Range32;

/// Bytes per slot of the address space; a chunk takes one slot or, if longer, several.
const SLOT_BITS: u32 = 20;
const SLOT: usize = 1 << SLOT_BITS;

/// Strings addressed by a `u32` offset: the slot of their chunk, then the offset in it.
#[derive(Debug, Clone, Default)]
pub(crate) struct TextStore {
    chunks: Vec<String>,
    /// The first slot of each chunk.
    first_slots: Vec<u32>,
    /// The chunk of each slot.
    slots: Vec<u32>,
    /// Bytes the last chunk may still take.
    room: usize,
    /// Size of the next chunk.
    next_size: usize,
}

impl TextStore {
    /// A store for the strings of a source of `source_len` bytes: its first chunk is no larger
    /// than the source (whose strings cannot be longer), so a small file costs little.
    pub(crate) fn for_source(source_len: usize) -> TextStore {
        TextStore {
            next_size: source_len.clamp(16, SLOT),
            ..TextStore::default()
        }
    }

    /// Stores `text`; returns its address.
    pub(crate) fn store(&mut self, text: &str) -> Range32 {
        if text.len() > self.room || self.chunks.is_empty() {
            self.new_chunk(text.len());
        }
        let (Some(chunk), Some(first_slot)) = (self.chunks.last_mut(), self.first_slots.last())
        else {
            return Range32::EMPTY;
        };
        let start = (u64::from(*first_slot) << SLOT_BITS) + chunk.len() as u64;
        chunk.push_str(text);
        self.room = self.room.saturating_sub(text.len());
        match (u32::try_from(start), u32::try_from(text.len())) {
            (Ok(start), Ok(len)) => Range32 { start, len },
            // Beyond 4 GiB of strings: not a text the lexer reads this far.
            _ => Range32::EMPTY,
        }
    }

    fn new_chunk(&mut self, at_least: usize) {
        let size = at_least.max(self.next_size).max(1);
        self.next_size = SLOT;
        let Ok(chunk) = u32::try_from(self.chunks.len()) else {
            return;
        };
        let first_slot = u32::try_from(self.slots.len()).unwrap_or(u32::MAX);
        self.chunks.push(String::with_capacity(size));
        self.first_slots.push(first_slot);
        for _ in 0..size.div_ceil(SLOT) {
            self.slots.push(chunk);
        }
        self.room = size;
    }

    /// The text at `range` (empty for an address it did not give).
    pub(crate) fn get(&self, range: Range32) -> &str {
        let slot = (range.start >> SLOT_BITS) as usize;
        let Some(&chunk) = self.slots.get(slot) else {
            return "";
        };
        let (Some(text), Some(&first_slot)) = (
            self.chunks.get(chunk as usize),
            self.first_slots.get(chunk as usize),
        ) else {
            return "";
        };
        let start = (u64::from(range.start) - (u64::from(first_slot) << SLOT_BITS)) as usize;
        text.get(start..start + range.len as usize)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::{SLOT, TextStore};

    #[test]
    fn strings_come_back_across_chunks_and_long_strings() {
        let mut store = TextStore::default();
        let small: Vec<String> = (0..200_000).map(|n| format!("text-{n}")).collect();
        let long = "x".repeat(3 * SLOT + 5);
        let mut addresses = Vec::new();
        for (number, text) in small.iter().enumerate() {
            addresses.push((store.store(text), text.as_str()));
            if number == 100_000 {
                addresses.push((store.store(&long), long.as_str()));
                addresses.push((store.store(""), ""));
            }
        }
        for (address, text) in addresses {
            assert_eq!(store.get(address), text);
        }
    }
}
