//! Averaged-perceptron training of a first-order sequence tagger (Collins 2002), with lazy
//! averaging so that an update costs only the weights it touches.

use super::hash::Features;
use super::viterbi::{Allowed, Decoder};

/// Averaged weights in floating point, as training leaves them; [`FloatModel::quantize`]
/// turns them into the shipped [`super::Model`].
#[derive(Clone, Debug, PartialEq)]
pub struct FloatModel {
    pub names: Vec<String>,
    pub bits: u32,
    /// `weights[bucket * n_tags + tag]`.
    pub weights: Vec<f32>,
    pub start: Vec<f32>,
    /// `trans[prev * n_tags + next]`.
    pub trans: Vec<f32>,
}

/// Weights with their running sums for averaging.
#[derive(Clone, Debug)]
struct Averaged {
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
}

impl Averaged {
    fn new(n: usize) -> Averaged {
        Averaged { w: vec![0.0; n], total: vec![0.0; n], stamp: vec![0; n] }
    }

    fn add(&mut self, k: usize, delta: f32, step: u32) {
        let Some(w) = self.w.get_mut(k) else { return };
        self.total[k] += f64::from(*w) * f64::from(step - self.stamp[k]);
        self.stamp[k] = step;
        *w += delta;
    }

    fn average(&self, step: u32) -> Vec<f32> {
        let steps = f64::from(step.max(1));
        self.w
            .iter()
            .zip(&self.total)
            .zip(&self.stamp)
            .map(|((&w, &t), &s)| ((t + f64::from(w) * f64::from(step - s)) / steps) as f32)
            .collect()
    }
}

/// Trains on one gold sequence at a time; [`Trainer::averaged`] gives the averaged model.
#[derive(Clone, Debug)]
pub struct Trainer {
    names: Vec<String>,
    bits: u32,
    n_tags: usize,
    allowed: Allowed,
    emit: Averaged,
    /// Transition weights, `n_tags` rows of `n_tags`, then the start row.
    trans: Averaged,
    step: u32,
    decoder: Decoder,
}

impl Trainer {
    /// A zero model over the tags `names` and `2^bits` feature buckets.
    pub fn new(names: &[&str], bits: u32, allowed: Allowed) -> Trainer {
        let n_tags = names.len();
        let bits = bits.clamp(1, 28);
        Trainer {
            names: names.iter().map(|s| s.to_string()).collect(),
            bits,
            n_tags,
            allowed,
            emit: Averaged::new((1usize << bits) * n_tags),
            trans: Averaged::new((n_tags + 1) * n_tags),
            step: 0,
            decoder: Decoder::new(),
        }
    }

    /// Decodes `features` with the current weights and, where the prediction differs from
    /// `gold`, moves the weights towards gold. Returns the number of wrongly tagged positions.
    pub fn learn(&mut self, features: &Features, gold: &[u16]) -> usize {
        let (n, t) = (features.len().min(gold.len()), self.n_tags);
        if n == 0 || gold.iter().any(|&g| g as usize >= t) {
            return 0;
        }
        self.step += 1;
        let e = self.decoder.emissions(n, t);
        for i in 0..n {
            let row = &mut e[i * t..(i + 1) * t];
            for &b in features.at(i) {
                let w = &self.emit.w[b as usize * t..(b as usize + 1) * t];
                row.iter_mut().zip(w).for_each(|(r, w)| *r += w);
            }
        }
        let (trans, start) = self.trans.w.split_at(t * t);
        let path = self.decoder.viterbi(start, trans, &self.allowed).to_vec();
        if path.len() != n {
            return 0;
        }
        let step = self.step;
        let mut wrong = 0;
        for i in 0..n {
            let (g, p) = (gold[i] as usize, path[i] as usize);
            if g != p {
                wrong += 1;
                for &b in features.at(i) {
                    self.emit.add(b as usize * t + g, 1.0, step);
                    self.emit.add(b as usize * t + p, -1.0, step);
                }
            }
            let (gp, pp) = if i == 0 { (t, t) } else { (gold[i - 1] as usize, path[i - 1] as usize) };
            if (gp, g) != (pp, p) {
                self.trans.add(self.trans_index(gp, g), 1.0, step);
                self.trans.add(self.trans_index(pp, p), -1.0, step);
            }
        }
        wrong
    }

    /// The tags predicted (with the weights before the update) by the last [`Trainer::learn`],
    /// for features that depend on earlier predictions.
    pub fn last_path(&self) -> &[u16] {
        self.decoder.path()
    }

    /// Row `prev` (or the start row when `prev == n_tags`), column `next`.
    fn trans_index(&self, prev: usize, next: usize) -> usize {
        prev * self.n_tags + next
    }

    /// The weights averaged over every step so far.
    pub fn averaged(&self) -> FloatModel {
        let t = self.n_tags;
        let trans = self.trans.average(self.step);
        FloatModel {
            names: self.names.clone(),
            bits: self.bits,
            weights: self.emit.average(self.step),
            start: trans[t * t..].to_vec(),
            trans: trans[..t * t].to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::{Fnv, Model};

    /// A toy task: capitalised words after "in" are places, other capitalised words people.
    fn example(words: &[&str], bits: u32) -> Features {
        let mut f = Features::new(bits);
        for (i, w) in words.iter().enumerate() {
            f.push(Fnv::with(0).str(w).finish());
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            f.push(Fnv::with(1).byte(cap as u8).finish());
            let prev = if i == 0 { "<s>" } else { words[i - 1] };
            f.push(Fnv::with(2).str(prev).finish());
            f.end_position();
        }
        f
    }

    #[test]
    fn learns_a_separable_task_and_generalises() {
        let names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"];
        let allowed = Allowed::bio(&names);
        let data: Vec<(Vec<&str>, Vec<u16>)> = vec![
            (vec!["Anna", "lives", "in", "Rome"], vec![1, 0, 0, 3]),
            (vec!["we", "met", "Bob", "Smith", "in", "Paris"], vec![0, 0, 1, 2, 0, 3]),
            (vec!["in", "Oslo", "Carl", "slept"], vec![0, 3, 1, 0]),
            (vec!["Dora", "went", "in", "Lima", "today"], vec![1, 0, 0, 3, 0]),
        ];
        let mut trainer = Trainer::new(&names, 12, allowed.clone());
        for _ in 0..10 {
            for (words, gold) in &data {
                trainer.learn(&example(words, 12), gold);
            }
        }
        let model = Model::quantize(&trainer.averaged(), 1);
        let mut d = Decoder::new();
        let test = example(&["Eve", "stayed", "in", "Bern"], 12);
        assert_eq!(model.decode(&test, &allowed, &mut d), [1, 0, 0, 3]);
    }

    #[test]
    fn training_is_deterministic() {
        let names = ["O", "B-X", "I-X"];
        let run = || {
            let mut t = Trainer::new(&names, 8, Allowed::bio(&names));
            t.learn(&example(&["A", "b", "C"], 8), &[1, 0, 1]);
            t.learn(&example(&["d", "E", "F"], 8), &[0, 1, 2]);
            t.averaged()
        };
        assert_eq!(run(), run());
    }
}
