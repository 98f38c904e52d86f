//! `presslens train claims`: trains the attribution tagger on PolNeAR-style JSONL and writes
//! the quantised model (`data/models/claims.bin`). Deterministic for a given seed: the same
//! data and options give the same file. After each epoch the averaged model is scored on the
//! dev file (if given) with the claims scorer; the epoch with the best sum of the three
//! headline F1s (content overlap, source exact, cue exact) is written.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use presslens::claims_training::{allowed, claims, finder, pack, scored_claims, ClaimFinder, sequences, spans_allowed, GoldAttribution, Sequences, FEATURE_BITS, SPAN_TAGS, TAGS};
use presslens::learn::{Calibration, Model, Rng, Trainer};
use presslens::ClaimKind;
use presslens::Span;

use crate::eval_claims::{detected, headline, items_of, read_gold, score, Frags, GoldDoc};

#[derive(clap::Args)]
pub struct Args {
    /// Training data (PolNeAR-style JSONL with "text" and "attributions").
    #[arg(long)]
    data: PathBuf,
    /// Development data, scored after each epoch.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Quantised weights below this level (of 127) are dropped, to keep the file small.
    #[arg(long, default_value_t = 22)]
    min_level: u8,
    /// The same for the second-stage (per-cue span) model; it is small, so it can keep more.
    #[arg(long, default_value_t = 18)]
    min_level_spans: u8,
}

/// Code-point fragments as byte spans of `text`.
fn byte_spans(text: &str, frags: &Frags) -> Vec<Span> {
    let offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let at = |c: usize| offsets.get(c).copied().unwrap_or(text.len());
    frags.iter().map(|&(s, e)| Span::new(at(s), at(e))).collect()
}

fn gold_of(doc: &GoldDoc) -> Vec<GoldAttribution> {
    doc.attributions
        .iter()
        .map(|a| GoldAttribution {
            content: byte_spans(&doc.text, &a.content),
            cue: byte_spans(&doc.text, &a.cue),
            source: byte_spans(&doc.text, &a.source),
        })
        .collect()
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let started = Instant::now();
    let train = read_gold(&args.data)?;
    let dev = args.dev.as_deref().map(read_gold).transpose()?;
    let mut data = Sequences::default();
    for doc in &train {
        sequences(&doc.text, &gold_of(doc), &mut data);
    }
    let positions: usize = data.cues.iter().map(|(f, _)| f.len()).sum();
    eprintln!(
        "{} documents, {} paragraphs, {} tokens, {} cue windows ({:.1} s)",
        train.len(),
        data.cues.len(),
        positions,
        data.spans.len(),
        started.elapsed().as_secs_f64()
    );
    let mut cue_trainer = Trainer::new(&TAGS, FEATURE_BITS, allowed());
    let mut span_trainer = Trainer::new(&SPAN_TAGS, FEATURE_BITS, spans_allowed());
    let mut rng = Rng::new(args.seed);
    let mut order: Vec<usize> = (0..data.cues.len()).collect();
    let mut span_order: Vec<usize> = (0..data.spans.len()).collect();
    let mut best: Option<(f64, usize, Vec<u8>, Model, Model)> = None;
    for epoch in 1..=args.epochs {
        rng.shuffle(&mut order);
        rng.shuffle(&mut span_order);
        let wrong: usize = order.iter().map(|&k| cue_trainer.learn(&data.cues[k].0, &data.cues[k].1)).sum();
        let span_wrong: usize = span_order.iter().map(|&k| span_trainer.learn(&data.spans[k].0, &data.spans[k].1)).sum();
        let span_positions: usize = data.spans.iter().map(|(f, _)| f.len()).sum();
        let cue_model = Model::quantize(&cue_trainer.averaged(), args.min_level);
        let span_model = Model::quantize(&span_trainer.averaged(), args.min_level_spans);
        let bytes = pack(&cue_model, &span_model);
        let models = (cue_model.clone(), span_model.clone());
        let mut line = format!(
            "epoch {epoch}: train token errors {:.2}% (cues), {:.2}% (spans), model {} bytes",
            100.0 * wrong as f64 / positions.max(1) as f64,
            100.0 * span_wrong as f64 / span_positions.max(1) as f64,
            bytes.len()
        );
        let quality = match &dev {
            Some(dev) => {
                let f = finder(cue_model, span_model).ok_or("the trained models do not fit the tagger")?;
                let preds: Vec<_> = dev.iter().map(|d| items_of(&claims(&f, &d.text), &d.text)).collect();
                let s = score(dev, &preds);
                let (all, direct, indirect) = (headline(&s[0]), headline(&s[1]), headline(&s[2]));
                line += &format!(
                    "; dev content/source/cue F1: all {:.1}/{:.1}/{:.1}, direct {:.1}/{:.1}/{:.1}, indirect {:.1}/{:.1}/{:.1}",
                    all.0, all.1, all.2, direct.0, direct.1, direct.2, indirect.0, indirect.1, indirect.2
                );
                all.0 + all.1 + all.2
            }
            None => epoch as f64,
        };
        eprintln!("{line} ({:.0} s)", started.elapsed().as_secs_f64());
        if best.as_ref().is_none_or(|b| quality > b.0) {
            best = Some((quality, epoch, bytes, models.0, models.1));
        }
    }
    let Some((_, epoch, bytes, cue_model, span_model)) = best else { return Err("no epochs".into()) };
    std::fs::write(&args.out, &bytes).map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    eprintln!("wrote {} ({} bytes, epoch {epoch})", args.out.display(), bytes.len());
    if let Some(dev) = &dev {
        let f = finder(cue_model, span_model).ok_or("the trained models do not fit the tagger")?;
        calibrate(dev, &f, &args.out)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Fits the margin → share matched table on dev and writes it beside the model
/// (`claims-calibration.txt`); prints the bins and the share matched of claims without a cue.
fn calibrate(dev: &[GoldDoc], f: &ClaimFinder, out: &std::path::Path) -> Result<(), String> {
    let mut pairs: Vec<(f32, bool)> = Vec::new();
    let (mut alone, mut alone_matched) = (0usize, 0usize);
    for d in dev {
        let (found, margins): (Vec<_>, Vec<_>) = scored_claims(f, &d.text).into_iter().unzip();
        let kept: Vec<_> = found.iter().zip(margins).filter(|(c, _)| c.kind != ClaimKind::ScareQuote).collect();
        let matched = detected(d, &items_of(&found, &d.text));
        for ((_, margin), ok) in kept.iter().zip(matched) {
            match margin {
                Some(m) => pairs.push((*m, ok)),
                None => {
                    alone += 1;
                    alone_matched += usize::from(ok);
                }
            }
        }
    }
    let (calibration, bins) = Calibration::fit(&mut pairs, 20);
    eprintln!("calibration on dev (margin from, claims, share matched):");
    for b in &bins {
        eprintln!("  {:>8.3} {:>5} {:.3}", b.from, b.count, b.accuracy());
    }
    for level in [0.9f32, 0.8, 0.7, 0.5] {
        let sure: Vec<_> = pairs.iter().filter(|(m, _)| calibration.confidence(*m) >= level).collect();
        let right = sure.iter().filter(|p| p.1).count();
        eprintln!("  confidence >= {level}: {} claims, {:.1}% matched", sure.len(), 100.0 * right as f64 / sure.len().max(1) as f64);
    }
    eprintln!("claims without a cue: {alone}, {:.1}% matched", 100.0 * alone_matched as f64 / alone.max(1) as f64);
    let path = out.with_file_name(format!("{}-calibration.txt", out.file_stem().and_then(|s| s.to_str()).unwrap_or("model")));
    let header = "# Model margin (cue + 0.2 x content) -> share of claims matched (content overlap F1 >= 0.5) to an annotated attribution,\n# fitted on the dev file by `presslens train claims`.\n";
    std::fs::write(&path, header.to_string() + &calibration.to_text()).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}
