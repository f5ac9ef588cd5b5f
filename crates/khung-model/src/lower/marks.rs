//! Bookkeeping of a [`crate::lower::reader::Reader`] that is on the hot path of every node:
//! [`Marks`], which entries or child nodes were read (a bit set with no allocation for the
//! ≤ 128 items nearly every node has), and [`NameSet`], a 64-bit summary of the names present
//! so that asking for a key nobody wrote (most keys of most nodes) skips the scan.

/// Which of `len` items were read.
#[derive(Debug, Clone)]
pub(crate) struct Marks {
    len: usize,
    /// The marks when `len` ≤ 128.
    small: u128,
    /// The marks otherwise.
    large: Vec<bool>,
}

impl Marks {
    /// `len` items, none read.
    pub(crate) fn new(len: usize) -> Marks {
        Marks {
            len,
            small: 0,
            large: if len > 128 {
                vec![false; len]
            } else {
                Vec::new()
            },
        }
    }

    /// Marks item `index` as read (an index out of range is ignored).
    pub(crate) fn set(&mut self, index: usize) {
        if index >= self.len {
            return;
        }
        if self.len <= 128 {
            self.small |= 1 << index;
        } else if let Some(slot) = self.large.get_mut(index) {
            *slot = true;
        }
    }

    /// Whether item `index` was read.
    pub(crate) fn get(&self, index: usize) -> bool {
        if index >= self.len {
            return false;
        }
        if self.len <= 128 {
            self.small & (1 << index) != 0
        } else {
            self.large.get(index).copied().unwrap_or(false)
        }
    }
}

/// A summary of a set of names: one of 64 bits per name. A name whose bit is clear is
/// certainly not in the set; a set bit means "maybe" (then the caller scans as before).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct NameSet(u64);

impl NameSet {
    /// The summary of `names`.
    pub(crate) fn of<'a>(names: impl IntoIterator<Item = &'a str>) -> NameSet {
        NameSet(names.into_iter().fold(0, |bits, name| bits | bit(name)))
    }

    /// Whether `name` may be in the set.
    pub(crate) fn may_contain(self, name: &str) -> bool {
        self.0 & bit(name) != 0
    }
}

/// The bit of a name: from its length and its first and last bytes, which tell the keys of
/// the model language apart well and cost no scan of the name.
fn bit(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let first = usize::from(bytes.first().copied().unwrap_or(0));
    let last = usize::from(bytes.last().copied().unwrap_or(0));
    let mixed = bytes.len().wrapping_mul(31) ^ first ^ (last << 3);
    1 << (mixed % 64)
}

#[cfg(test)]
mod tests {
    use super::{Marks, NameSet};

    #[test]
    fn marks_small_and_large_and_out_of_range() {
        for len in [0, 1, 127, 128, 129, 1000] {
            let mut marks = Marks::new(len);
            let picked: Vec<usize> = (0..len).filter(|i| i % 7 == 3).collect();
            for &i in &picked {
                marks.set(i);
            }
            marks.set(len + 5);
            for i in 0..len + 10 {
                assert_eq!(marks.get(i), picked.contains(&i), "len {len}, index {i}");
            }
        }
    }

    #[test]
    fn a_name_set_never_misses_a_member() {
        let names = [
            "name",
            "owner",
            "security-level",
            "kind",
            "api",
            "from",
            "to",
            "via",
        ];
        let set = NameSet::of(names);
        for name in names {
            assert!(set.may_contain(name));
        }
        assert!(!NameSet::of([]).may_contain("name"));
    }
}
