//! The shipped model: quantised emission weights (i8 and one scale) and float transitions.

use super::hash::Features;
use super::perceptron::FloatModel;
use super::viterbi::{Allowed, Decoder};

/// A quantised sequence-tagging model. Emission weights are dense in memory
/// (`2^bits × n_tags` bytes) so that scoring a feature is one row read.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub(super) names: Vec<String>,
    pub(super) bits: u32,
    pub(super) scale: f32,
    /// `weights[bucket * n_tags + tag]`, times `scale`.
    pub(super) weights: Vec<i8>,
    pub(super) start: Vec<f32>,
    pub(super) trans: Vec<f32>,
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
        let weights = float
            .weights
            .iter()
            .map(|&w| {
                let q = (w / scale).round().clamp(-127.0, 127.0) as i8;
                if q.unsigned_abs() < min_level {
                    0
                } else {
                    q
                }
            })
            .collect();
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
        self.weights.iter().filter(|&&w| w != 0).count()
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
                let row = (b as usize & mask) * t;
                if let Some(w) = self.weights.get(row..row + t) {
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
