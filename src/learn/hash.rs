//! Feature hashing: FNV-1a over the bytes that name a feature, folded into a table of buckets.

/// 64-bit FNV-1a, fed incrementally so that a feature is hashed without building its string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fnv(u64);

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

impl Default for Fnv {
    fn default() -> Self {
        Fnv::new()
    }
}

impl Fnv {
    pub const fn new() -> Fnv {
        Fnv(OFFSET)
    }

    /// A hasher that starts from a template tag, so equal values of different templates differ.
    pub fn with(template: u8) -> Fnv {
        Fnv::new().byte(template)
    }

    pub fn byte(self, b: u8) -> Fnv {
        Fnv((self.0 ^ u64::from(b)).wrapping_mul(PRIME))
    }

    pub fn bytes(self, bytes: &[u8]) -> Fnv {
        bytes.iter().fold(self, |h, &b| h.byte(b))
    }

    pub fn str(self, s: &str) -> Fnv {
        self.bytes(s.as_bytes())
    }

    pub fn char(self, c: char) -> Fnv {
        let mut buf = [0u8; 4];
        self.bytes(c.encode_utf8(&mut buf).as_bytes())
    }

    /// Mixes in an earlier hash (of a word, say), so that conjunctions cost 8 steps.
    pub fn u64(self, v: u64) -> Fnv {
        self.bytes(&v.to_le_bytes())
    }

    pub fn finish(self) -> u64 {
        self.0
    }
}

/// The features of one sequence: for each position, a list of bucket indices (binary features).
///
/// Buckets are kept flat in one buffer that is cleared and reused between sequences.
#[derive(Clone, Debug, Default)]
pub struct Features {
    buckets: Vec<u32>,
    /// `ends[i]` is the end of position i's buckets in `buckets`.
    ends: Vec<u32>,
    bits: u32,
}

impl Features {
    /// An empty list for a table of `2^bits` buckets.
    pub fn new(bits: u32) -> Features {
        Features { buckets: Vec::new(), ends: Vec::new(), bits: bits.clamp(1, 31) }
    }

    pub fn clear(&mut self) {
        self.buckets.clear();
        self.ends.clear();
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Adds a feature (its hash) to the position being built.
    pub fn push(&mut self, hash: u64) {
        // Fold the high bits in: FNV's low bits alone mix poorly.
        let folded = hash ^ (hash >> 29) ^ (hash >> 47);
        self.buckets.push((folded & ((1u64 << self.bits) - 1)) as u32);
    }

    /// Closes the position being built; the next pushes belong to the next position.
    pub fn end_position(&mut self) {
        self.ends.push(self.buckets.len() as u32);
    }

    /// The number of closed positions.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The buckets of position `i` (empty when out of range).
    pub fn at(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends.get(i - 1).copied().unwrap_or(0) as usize };
        let end = self.ends.get(i).copied().unwrap_or(0) as usize;
        self.buckets.get(start..end).unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(Fnv::new().finish(), 0xcbf29ce484222325);
        assert_eq!(Fnv::new().str("a").finish(), 0xaf63dc4c8601ec8c);
        assert_eq!(Fnv::new().str("foobar").finish(), 0x85944171f73967e8);
    }

    #[test]
    fn chars_hash_as_their_utf8_bytes() {
        assert_eq!(Fnv::new().char('é').char('x').finish(), Fnv::new().str("éx").finish());
    }

    #[test]
    fn positions_keep_their_own_buckets() {
        let mut f = Features::new(4);
        f.push(1);
        f.push(2);
        f.end_position();
        f.end_position();
        f.push(Fnv::new().str("x").finish());
        f.end_position();
        assert_eq!(f.len(), 3);
        assert_eq!(f.at(0).len(), 2);
        assert!(f.at(1).is_empty());
        assert!(f.at(2)[0] < 16);
        assert!(f.at(3).is_empty());
    }
}
