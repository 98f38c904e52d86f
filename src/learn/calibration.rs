//! Turning a score margin into a confidence: a monotone step function from margin to
//! the share of right spans, fitted on held-out data (equal-count bins, then pool-adjacent-
//! violators so that a larger margin never means a lower confidence).

/// Rows of (least margin, probability right), margins increasing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Calibration {
    rows: Vec<(f32, f32)>,
}

/// One bin of a fit: its least margin, how many spans, how many right.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bin {
    pub from: f32,
    pub count: usize,
    pub right: usize,
}

impl Bin {
    pub fn accuracy(&self) -> f32 {
        self.right as f32 / self.count.max(1) as f32
    }
}

impl Calibration {
    /// Reads lines `margin probability` (`#` comments). Bad lines are skipped, the rows sorted.
    pub fn parse(s: &str) -> Calibration {
        let mut rows: Vec<(f32, f32)> = s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut it = l.split_whitespace().map(str::parse::<f32>);
                match (it.next(), it.next()) {
                    (Some(Ok(m)), Some(Ok(p))) if m.is_finite() && (0.0..=1.0).contains(&p) => Some((m, p)),
                    _ => None,
                }
            })
            .collect();
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        Calibration { rows }
    }

    /// Fits on (margin, right) pairs with about `bins` initial bins; returns the bins too.
    pub fn fit(pairs: &mut [(f32, bool)], bins: usize) -> (Calibration, Vec<Bin>) {
        pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
        let size = pairs.len().div_ceil(bins.max(1)).max(1);
        let mut out: Vec<Bin> = Vec::new();
        for chunk in pairs.chunks(size) {
            let right = chunk.iter().filter(|p| p.1).count();
            out.push(Bin { from: chunk[0].0, count: chunk.len(), right });
            // Pool while the new bin is less accurate than the one before it.
            while out.len() >= 2 {
                let (b, a) = (out[out.len() - 1], out[out.len() - 2]);
                if (b.right as f64) * (a.count as f64) >= (a.right as f64) * (b.count as f64) {
                    break;
                }
                out.pop();
                let last = out.len() - 1;
                out[last] = Bin { from: a.from, count: a.count + b.count, right: a.right + b.right };
            }
        }
        let rows = out.iter().map(|b| (b.from, b.accuracy())).collect();
        (Calibration { rows }, out)
    }

    pub fn to_text(&self) -> String {
        self.rows.iter().map(|(m, p)| format!("{m:.4} {p:.4}\n")).collect()
    }

    /// The probability of the last row at or below `margin` (the first row's below all rows;
    /// 0.5 when there are no rows).
    pub fn confidence(&self, margin: f32) -> f32 {
        let k = self.rows.partition_point(|r| r.0 <= margin);
        self.rows.get(k.saturating_sub(1)).map_or(0.5, |r| r.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_is_monotone_and_round_trips() {
        // Accuracy rises with the margin except for a dip, which gets pooled.
        let mut pairs: Vec<(f32, bool)> = (0..100).map(|i| (i as f32, i % 10 < i / 10 || (40..50).contains(&i) && i % 2 == 0)).collect();
        let (cal, bins) = Calibration::fit(&mut pairs, 10);
        assert_eq!(bins.iter().map(|b| b.count).sum::<usize>(), 100);
        for w in bins.windows(2) {
            assert!(w[0].accuracy() <= w[1].accuracy());
        }
        assert!(cal.confidence(-1.0) <= cal.confidence(50.0) && cal.confidence(50.0) <= cal.confidence(1e9));
        assert_eq!(Calibration::parse(&cal.to_text()).rows.len(), cal.rows.len());
    }

    #[test]
    fn bad_lines_are_skipped() {
        let cal = Calibration::parse("# c\n0 0.2\nx y\n1 7\n2 0.9\n");
        assert_eq!(cal.rows, [(0.0, 0.2), (2.0, 0.9)]);
        assert_eq!(cal.confidence(1.0), 0.2);
        assert_eq!(cal.confidence(5.0), 0.9);
        assert_eq!(Calibration::default().confidence(1.0), 0.5);
    }
}
