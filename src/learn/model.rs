//! The shipped model: quantised emission weights (i8 and one scale) and float transitions.

use super::hash::Features;
use super::perceptron::FloatModel;
use super::viterbi::{Allowed, Decoder};

/// A quantised sequence-tagging model. Only the non-zero emission rows are kept, in a small
/// hash table ([`Rows`]): a dense `2^bits × n_tags` table would be megabytes of mostly zeros,
/// slow to build and a cache miss on every feature.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub(super) names: Vec<String>,
    pub(super) bits: u32,
    pub(super) scale: f32,
    /// The emission weights by bucket, times `scale`.
    pub(super) weights: Rows,
    pub(super) start: Vec<f32>,
    pub(super) trans: Vec<f32>,
}

/// The non-zero rows of an emission table, by bucket: open addressing with linear probing
/// over a power-of-two number of slots, at most half full so probes stay short. A slot's row
/// of `n_tags` weights sits at the same index in `weights`.
#[derive(Clone, Debug, PartialEq)]
pub struct Rows {
    n_tags: usize,
    /// The bucket of each slot, [`EMPTY`] for a free one.
    keys: Vec<u32>,
    weights: Vec<i8>,
}

const EMPTY: u32 = u32::MAX;

impl Rows {
    /// A table with room for `rows` rows of `n_tags` weights.
    pub(super) fn with_capacity(n_tags: usize, rows: usize) -> Rows {
        let slots = (rows * 2).next_power_of_two().max(2);
        Rows { n_tags, keys: vec![EMPTY; slots], weights: vec![0; slots * n_tags] }
    }

    /// Buckets are hashes already, but low bits of nearby buckets can cluster; a
    /// multiplicative mix spreads them over the slots.
    fn home(&self, bucket: u32) -> usize {
        (bucket.wrapping_mul(0x9E37_79B1) as usize) & (self.keys.len() - 1)
    }

    /// The row of `bucket`, if it has one.
    pub(super) fn get(&self, bucket: u32) -> Option<&[i8]> {
        let mask = self.keys.len() - 1;
        let mut slot = self.home(bucket);
        loop {
            match *self.keys.get(slot)? {
                k if k == bucket => return self.weights.get(slot * self.n_tags..(slot + 1) * self.n_tags),
                EMPTY => return None,
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// The row of `bucket` to write, added (all zeros) if new. Callers keep the table at most
    /// half full ([`Rows::with_capacity`]); None only if it is full.
    pub(super) fn get_or_insert(&mut self, bucket: u32) -> Option<&mut [i8]> {
        let mask = self.keys.len() - 1;
        let mut slot = self.home(bucket);
        for _ in 0..self.keys.len() {
            let key = self.keys.get_mut(slot)?;
            if *key == EMPTY {
                *key = bucket;
            }
            if *key == bucket {
                return self.weights.get_mut(slot * self.n_tags..(slot + 1) * self.n_tags);
            }
            slot = (slot + 1) & mask;
        }
        None
    }

    /// The rows with a non-zero weight as (bucket, weights), in bucket order.
    pub(super) fn sorted(&self) -> Vec<(u32, &[i8])> {
        let t = self.n_tags.max(1);
        let mut rows: Vec<(u32, &[i8])> = self.keys.iter().zip(self.weights.chunks(t)).filter(|(&k, w)| k != EMPTY && w.iter().any(|&w| w != 0)).map(|(&k, w)| (k, w)).collect();
        rows.sort_unstable_by_key(|&(k, _)| k);
        rows
    }

    fn nonzero(&self) -> usize {
        self.weights.iter().filter(|&&w| w != 0).count()
    }
}

impl Model {
    /// Quantises averaged weights to i8 levels of one scale, dropping weights whose level is
    /// below `min_level` (pruning: they then cost nothing in the file). The scale maps the
    /// 99.99th percentile of non-zero magnitudes to 127, clamping the rare larger ones.
    pub fn quantize(float: &FloatModel, min_level: u8) -> Model {
        let mut mags: Vec<f32> = float.weights.iter().map(|w| w.abs()).filter(|&w| w > 0.0).collect();
        let top = if mags.is_empty() {
            1.0
        } else {
            let k = (mags.len() as f64 * 0.9999) as usize;
            let k = k.min(mags.len() - 1);
            *mags.select_nth_unstable_by(k, f32::total_cmp).1
        };
        let scale = if top > 0.0 { top / 127.0 } else { 1.0 };
        let level = |w: f32| {
            let q = (w / scale).round().clamp(-127.0, 127.0) as i8;
            if q.unsigned_abs() < min_level {
                0
            } else {
                q
            }
        };
        let t = float.names.len().max(1);
        let kept = float.weights.chunks(t).filter(|r| r.iter().any(|&w| level(w) != 0)).count();
        let mut weights = Rows::with_capacity(float.names.len(), kept);
        for (bucket, row) in float.weights.chunks(t).enumerate() {
            if row.iter().any(|&w| level(w) != 0) {
                if let Some(out) = weights.get_or_insert(bucket as u32) {
                    out.iter_mut().zip(row).for_each(|(o, &w)| *o = level(w));
                }
            }
        }
        Model { names: float.names.clone(), bits: float.bits, scale, weights, start: float.start.clone(), trans: float.trans.clone() }
    }

    /// The tag names, in index order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    pub fn n_tags(&self) -> usize {
        self.names.len()
    }

    /// The number of feature buckets is `2^bits`.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// The number of non-zero emission weights.
    pub fn nonzero(&self) -> usize {
        self.weights.nonzero()
    }

    /// Fills the decoder's emission scores for `features` (buckets are masked to the table, so
    /// features hashed for another table size still index safely).
    pub fn score(&self, features: &Features, decoder: &mut Decoder) {
        let t = self.n_tags();
        let n = features.len();
        let mask = (1usize << self.bits) - 1;
        let e = decoder.emissions(n, t);
        let mut acc = vec![0i32; t];
        for i in 0..n {
            acc.iter_mut().for_each(|a| *a = 0);
            for &b in features.at(i) {
                if let Some(w) = self.weights.get((b as usize & mask) as u32) {
                    acc.iter_mut().zip(w).for_each(|(a, &w)| *a += i32::from(w));
                }
            }
            if let Some(out) = e.get_mut(i * t..(i + 1) * t) {
                out.iter_mut().zip(&acc).for_each(|(o, &a)| *o = a as f32 * self.scale);
            }
        }
    }

    /// The best tag sequence for `features` (empty for an empty sequence). The decoder then
    /// also holds the max-marginals of this sequence.
    pub fn decode<'d>(&self, features: &Features, allowed: &Allowed, decoder: &'d mut Decoder) -> &'d [u16] {
        self.score(features, decoder);
        decoder.viterbi(&self.start, &self.trans, allowed)
    }
}
