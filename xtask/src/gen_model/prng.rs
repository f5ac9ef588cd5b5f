//! A small seeded pseudo-random generator (xorshift64*), so that a seed always produces the
//! same model on every machine and every Rust version (no `rand` crate, no platform entropy).

/// xorshift64* with a splitmix64-scrambled seed (a zero state would stay zero forever).
#[derive(Debug, Clone)]
pub struct XorShift {
    state: u64,
}

impl XorShift {
    /// A generator for `seed`; `stream` separates independent sequences of the same seed
    /// (one per agency, so that changing one agency's size does not reshuffle the others).
    pub fn new(seed: u64, stream: u64) -> XorShift {
        let mut z = seed
            .wrapping_add(stream.wrapping_mul(0xD1B5_4A32_D192_ED03))
            .wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        XorShift {
            state: if z == 0 { 1 } else { z },
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..bound` (0 when `bound` is 0).
    pub fn below(&mut self, bound: usize) -> usize {
        if bound == 0 {
            return 0;
        }
        // The high bits of xorshift64* are the good ones; the modulo bias is irrelevant here.
        ((self.next_u64() >> 11) % bound as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + (self.next_u64() >> 11) % (high - low + 1)
    }

    /// `true` with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice (`None` for an empty one).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            return None;
        }
        items.get(self.below(items.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::XorShift;

    #[test]
    fn same_seed_same_sequence_and_streams_differ() {
        let mut a = XorShift::new(1, 0);
        let mut b = XorShift::new(1, 0);
        let mut c = XorShift::new(1, 1);
        let first: Vec<u64> = (0..8).map(|_| a.next_u64()).collect();
        let again: Vec<u64> = (0..8).map(|_| b.next_u64()).collect();
        let other: Vec<u64> = (0..8).map(|_| c.next_u64()).collect();
        assert_eq!(first, again);
        assert_ne!(first, other);
    }

    #[test]
    fn bounded_values_stay_in_range() {
        let mut rng = XorShift::new(7, 3);
        for _ in 0..1000 {
            assert!(rng.below(5) < 5);
            let v = rng.between(10, 12);
            assert!((10..=12).contains(&v));
        }
        assert_eq!(rng.below(0), 0);
        assert_eq!(rng.pick::<u8>(&[]), None);
        assert_eq!(rng.pick(&[4]), Some(&4));
    }
}
