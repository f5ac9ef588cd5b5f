//! [`Chunked`]: an append-only array stored in fixed-size chunks. A `Vec` that doubles holds
//! its old and new buffer at once when it grows, so a tree of 40 MB would peak near 120 MB;
//! chunks never move, so the peak is the content plus one chunk. The first chunk grows like a
//! `Vec`, so a small document costs no more than its content.

/// Items per chunk (a power of two).
const CHUNK: usize = 1 << 14;

/// An append-only array of `T` in chunks of [`CHUNK`] items.
#[derive(Debug, Clone)]
pub(crate) struct Chunked<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Default for Chunked<T> {
    fn default() -> Chunked<T> {
        Chunked {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<T> Chunked<T> {
    /// Number of items.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Appends an item.
    pub(crate) fn push(&mut self, item: T) {
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < CHUNK => chunk.push(item),
            _ => {
                // The first chunk grows as a `Vec` does (a small document stays small); the
                // others are allocated whole.
                let mut chunk = if self.chunks.is_empty() {
                    Vec::new()
                } else {
                    Vec::with_capacity(CHUNK)
                };
                chunk.push(item);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }

    /// The item at `index`.
    #[inline]
    pub(crate) fn get(&self, index: usize) -> Option<&T> {
        self.chunks.get(index / CHUNK)?.get(index % CHUNK)
    }
}

#[cfg(test)]
mod tests {
    use super::{CHUNK, Chunked};

    #[test]
    fn items_are_found_across_chunk_boundaries() {
        let mut chunked = Chunked::default();
        for item in 0..(2 * CHUNK + 3) {
            chunked.push(item);
        }
        assert_eq!(chunked.len(), 2 * CHUNK + 3);
        for index in [0, CHUNK - 1, CHUNK, 2 * CHUNK, 2 * CHUNK + 2] {
            assert_eq!(chunked.get(index), Some(&index));
        }
        assert_eq!(chunked.get(2 * CHUNK + 3), None);
    }
}
