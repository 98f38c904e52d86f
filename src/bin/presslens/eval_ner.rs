//! `presslens eval ner DATA.jsonl`: runs the whole analysis on gold JSONL documents and
//! prints precision, recall and F1 of exact character spans per type, mapping presslens labels
//! as PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, NORP/EVENT/LAW→MISC (others are not scored).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use presslens::{Analyzer, Label, Span};

use crate::gold;
use crate::score::Score;

#[derive(clap::Args)]
pub struct Args {
    /// Gold documents: JSONL with "text" and "entities" (code point offsets, labels PER/ORG/LOC/MISC).
    file: PathBuf,
}

fn scored(label: Label) -> Option<&'static str> {
    match label {
        Label::Person => Some("PER"),
        Label::Org => Some("ORG"),
        Label::Gpe | Label::Loc | Label::Fac => Some("LOC"),
        Label::Norp | Label::Event | Label::Law => Some("MISC"),
        _ => None,
    }
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let docs = gold::read(&args.file)?;
    let analyzer = Analyzer::new();
    let mut score = Score::default();
    // Confidence check: (confidence, right) of every scored prediction.
    let mut confident = Vec::new();
    let (mut chars, mut secs) = (0usize, 0.0f64);
    for d in &docs {
        let t = Instant::now();
        let analysis = analyzer.analyze(&d.text);
        secs += t.elapsed().as_secs_f64();
        chars += d.text.chars().count();
        let pred: Vec<(Span, &str)> = analysis.entities.iter().filter_map(|e| Some((e.span, scored(e.label)?))).collect();
        let gold: Vec<(Span, &str)> = d.entities.iter().map(|(s, l)| (*s, l.as_str())).collect();
        for e in &analysis.entities {
            if let Some(l) = scored(e.label) {
                confident.push((e.confidence, gold.contains(&(e.span, l))));
            }
        }
        score.add(&gold, &pred);
    }
    println!("{} documents, {}", docs.len(), args.file.display());
    print!("{}", score.table());
    for floor in [0.5f32, 0.7, 0.9] {
        let sure: Vec<_> = confident.iter().filter(|c| c.0 >= floor).collect();
        let right = sure.iter().filter(|c| c.1).count();
        println!("confidence >= {floor}: {} predictions, {:.1}% right", sure.len(), 100.0 * right as f64 / sure.len().max(1) as f64);
    }
    println!("analysis speed: {:.0} chars/s ({chars} chars in {secs:.2} s)", chars as f64 / secs.max(1e-9));
    Ok(ExitCode::SUCCESS)
}
