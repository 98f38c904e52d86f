//! Exact-span precision, recall and F1 per label, micro-averaged over label sets.

use std::collections::{BTreeMap, HashSet};

use presslens::Span;

#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        100.0 * self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }

    pub fn recall(&self) -> f64 {
        100.0 * self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Counts by label, over documents added one at a time.
#[derive(Debug, Default)]
pub struct Score {
    pub by_label: BTreeMap<String, Counts>,
}

impl Score {
    /// Adds one document: a prediction is right when (span, label) equals a gold one.
    pub fn add(&mut self, gold: &[(Span, &str)], pred: &[(Span, &str)]) {
        let gold: HashSet<_> = gold.iter().copied().collect();
        let pred: HashSet<_> = pred.iter().copied().collect();
        for p in &pred {
            let c = self.by_label.entry(p.1.to_string()).or_default();
            if gold.contains(p) {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
        }
        for g in gold.difference(&pred) {
            self.by_label.entry(g.1.to_string()).or_default().fn_ += 1;
        }
    }

    /// Micro-average over `labels`.
    pub fn micro(&self, labels: &[&str]) -> Counts {
        labels.iter().filter_map(|l| self.by_label.get(*l)).fold(Counts::default(), |a, c| Counts {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    }

    /// The table: PER, ORG, LOC, MISC, then `core` (PER+ORG+LOC) and `all4`.
    pub fn table(&self) -> String {
        let mut out = format!("{:<6} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}\n", "", "P", "R", "F1", "tp", "fp", "fn");
        let row = |name: &str, c: Counts| {
            format!("{name:<6} {:>7.2} {:>7.2} {:>7.2} {:>6} {:>6} {:>6}\n", c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn_)
        };
        for l in ["PER", "ORG", "LOC", "MISC"] {
            out += &row(l, self.micro(&[l]));
        }
        out += &row("core", self.micro(&["PER", "ORG", "LOC"]));
        out += &row("all4", self.micro(&["PER", "ORG", "LOC", "MISC"]));
        out
    }
}
