//! Viterbi decoding under an allowed-transition mask, and max-marginals for confidence.

/// Which tag may start a sequence, follow another, and end a sequence.
#[derive(Clone, Debug, PartialEq)]
pub struct Allowed {
    n: usize,
    start: Vec<bool>,
    end: Vec<bool>,
    /// `pairs[prev * n + next]`.
    pairs: Vec<bool>,
}

/// A tag name split as `PREFIX-TYPE` ("B-PER" → ('B', "PER")); anything else is outside ('O').
fn split_tag(name: &str) -> (char, &str) {
    match name.split_once('-') {
        Some((p, ty)) if p.len() == 1 => (p.chars().next().unwrap_or('O'), ty),
        _ => ('O', ""),
    }
}

impl Allowed {
    /// Every transition allowed.
    pub fn all(n: usize) -> Allowed {
        Allowed { n, start: vec![true; n], end: vec![true; n], pairs: vec![true; n * n] }
    }

    fn from_rule(names: &[&str], start: impl Fn(char) -> bool, end: impl Fn(char) -> bool, pair: impl Fn((char, &str), (char, &str)) -> bool) -> Allowed {
        let n = names.len();
        let tags: Vec<_> = names.iter().map(|s| split_tag(s)).collect();
        let mut pairs = vec![false; n * n];
        for (p, &a) in tags.iter().enumerate() {
            for (q, &b) in tags.iter().enumerate() {
                pairs[p * n + q] = pair(a, b);
            }
        }
        Allowed { n, start: tags.iter().map(|t| start(t.0)).collect(), end: tags.iter().map(|t| end(t.0)).collect(), pairs }
    }

    /// BIO (IOB2) tags named "O", "B-TYPE", "I-TYPE": I-TYPE only after B-TYPE or I-TYPE.
    pub fn bio(names: &[&str]) -> Allowed {
        Allowed::from_rule(names, |p| p != 'I', |_| true, |(_, a), (q, b)| q != 'I' || a == b && !a.is_empty())
    }

    /// BILOU tags named "O", "B-", "I-", "L-", "U-TYPE": a name is U, or B I* L of one type.
    pub fn bilou(names: &[&str]) -> Allowed {
        let inside = |p: char| p == 'B' || p == 'I';
        Allowed::from_rule(
            names,
            |p| !matches!(p, 'I' | 'L'),
            |p| !inside(p),
            move |(p, a), (q, b)| if inside(p) { matches!(q, 'I' | 'L') && a == b } else { !matches!(q, 'I' | 'L') },
        )
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn allows(&self, prev: usize, next: usize) -> bool {
        self.pairs.get(prev * self.n + next).copied().unwrap_or(false)
    }

    pub fn may_start(&self, tag: usize) -> bool {
        self.start.get(tag).copied().unwrap_or(false)
    }

    pub fn may_end(&self, tag: usize) -> bool {
        self.end.get(tag).copied().unwrap_or(false)
    }
}

/// Scratch buffers for decoding, reused between sequences so that decoding does not allocate.
///
/// Fill [`Decoder::emissions`] (position-major, one score per tag), then call
/// [`Decoder::viterbi`]; [`Decoder::max_marginal`] is available after it.
#[derive(Clone, Debug, Default)]
pub struct Decoder {
    n_tags: usize,
    len: usize,
    emissions: Vec<f32>,
    alpha: Vec<f32>,
    beta: Vec<f32>,
    back: Vec<u16>,
    path: Vec<u16>,
    best: f32,
}

const NONE: f32 = f32::NEG_INFINITY;

impl Decoder {
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Zeroed emission scores for `len` positions of `n_tags` tags, to fill.
    pub fn emissions(&mut self, len: usize, n_tags: usize) -> &mut [f32] {
        self.len = len;
        self.n_tags = n_tags;
        self.emissions.clear();
        self.emissions.resize(len * n_tags, 0.0);
        &mut self.emissions
    }

    /// The best tag sequence under `start` and `trans` (`trans[prev * n + next]`) weights and
    /// the mask; also computes the max-marginals. Linear in the length.
    pub fn viterbi(&mut self, start: &[f32], trans: &[f32], allowed: &Allowed) -> &[u16] {
        let (n, t) = (self.len, self.n_tags);
        self.path.clear();
        self.alpha.clear();
        self.alpha.resize(n * t, NONE);
        self.beta.clear();
        self.beta.resize(n * t, NONE);
        self.back.clear();
        self.back.resize(n * t, 0);
        if n == 0 || t == 0 || start.len() < t || trans.len() < t * t || allowed.len() != t {
            self.best = 0.0;
            return &self.path;
        }
        let e = &self.emissions;
        for k in 0..t {
            if allowed.may_start(k) {
                self.alpha[k] = start[k] + e[k];
            }
        }
        for i in 1..n {
            let (prev, cur) = self.alpha.split_at_mut(i * t);
            let prev = &prev[(i - 1) * t..];
            for k in 0..t {
                let (mut best, mut arg) = (NONE, 0u16);
                for p in 0..t {
                    if prev[p] > NONE && allowed.allows(p, k) {
                        let s = prev[p] + trans[p * t + k];
                        if s > best {
                            best = s;
                            arg = p as u16;
                        }
                    }
                }
                cur[k] = best + e[i * t + k];
                self.back[i * t + k] = arg;
            }
        }
        // Backward pass: the best score of the rest of the sequence given each tag.
        for k in 0..t {
            if allowed.may_end(k) {
                self.beta[(n - 1) * t + k] = 0.0;
            }
        }
        for i in (0..n - 1).rev() {
            for k in 0..t {
                let mut best = NONE;
                for c in 0..t {
                    let next = self.beta[(i + 1) * t + c];
                    if next > NONE && allowed.allows(k, c) {
                        best = best.max(trans[k * t + c] + e[(i + 1) * t + c] + next);
                    }
                }
                self.beta[i * t + k] = best;
            }
        }
        let (mut best, mut arg) = (NONE, 0usize);
        for k in 0..t {
            let s = self.alpha[(n - 1) * t + k];
            if allowed.may_end(k) && s > best {
                best = s;
                arg = k;
            }
        }
        self.best = best;
        self.path.resize(n, 0);
        self.path[n - 1] = arg as u16;
        for i in (1..n).rev() {
            self.path[i - 1] = self.back[i * t + self.path[i] as usize];
        }
        &self.path
    }

    /// The path of the last [`Decoder::viterbi`] call.
    pub fn path(&self) -> &[u16] {
        &self.path
    }

    /// The score of the last best path.
    pub fn best_score(&self) -> f32 {
        self.best
    }

    /// The score of the best path that has `tag` at position `i` (−∞ when none is allowed).
    pub fn max_marginal(&self, i: usize, tag: usize) -> f32 {
        let k = i * self.n_tags + tag;
        match (self.alpha.get(k), self.beta.get(k)) {
            (Some(a), Some(b)) if tag < self.n_tags => a + b,
            _ => NONE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIO: [&str; 5] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"];

    #[test]
    fn bio_mask() {
        let a = Allowed::bio(&BIO);
        assert!(a.may_start(0) && a.may_start(1) && !a.may_start(2));
        assert!(a.allows(1, 2) && a.allows(2, 2) && !a.allows(0, 2) && !a.allows(3, 2) && a.allows(2, 3));
    }

    #[test]
    fn bilou_mask() {
        let names = ["O", "B-X", "I-X", "L-X", "U-X", "B-Y", "L-Y"];
        let a = Allowed::bilou(&names);
        assert!(a.allows(1, 2) && a.allows(1, 3) && a.allows(2, 3) && !a.allows(1, 0) && !a.allows(1, 6));
        assert!(a.allows(3, 0) && a.allows(4, 5) && !a.allows(0, 3));
        assert!(!a.may_end(1) && a.may_end(3) && !a.may_start(3));
    }

    #[test]
    fn viterbi_obeys_the_mask() {
        // Emissions alone favour I-PER at position 0 and I-LOC after B-PER: both forbidden.
        let a = Allowed::bio(&BIO);
        let mut d = Decoder::new();
        let e = d.emissions(2, 5);
        e[..5].copy_from_slice(&[0.0, 1.0, 5.0, 0.0, 0.0]);
        e[5..].copy_from_slice(&[0.0, 0.0, 2.0, 0.0, 9.0]);
        let path = d.viterbi(&[0.0; 5], &[0.0; 25], &a).to_vec();
        assert_eq!(path, [3, 4]);
        assert_eq!(d.best_score(), 9.0);
        // Max-marginals: the best path through B-PER at 0 is B-PER I-PER (1 + 2).
        assert_eq!(d.max_marginal(0, 1), 3.0);
        assert_eq!(d.max_marginal(0, 3), 9.0);
        assert_eq!(d.max_marginal(0, 2), f32::NEG_INFINITY);
    }

    #[test]
    fn transitions_count() {
        let a = Allowed::all(2);
        let mut d = Decoder::new();
        d.emissions(3, 2).copy_from_slice(&[1.0, 0.0, 0.0, 0.5, 1.0, 0.0]);
        // Switching costs 1, so tag 0 throughout (1 + 0 + 1) beats 0,1,0 (1 + .5 + 1 - 2).
        assert_eq!(d.viterbi(&[0.0, 0.0], &[0.0, -1.0, -1.0, 0.0], &a), [0, 0, 0]);
    }

    #[test]
    fn empty_and_mismatched_inputs_give_empty_paths() {
        let mut d = Decoder::new();
        d.emissions(0, 5);
        assert!(d.viterbi(&[0.0; 5], &[0.0; 25], &Allowed::bio(&BIO)).is_empty());
        d.emissions(3, 5);
        assert!(d.viterbi(&[0.0; 2], &[0.0; 25], &Allowed::bio(&BIO)).is_empty());
    }
}
