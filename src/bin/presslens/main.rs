//! The `presslens` command line: analyse files or JSONL streams (and, in other
//! subcommands, train and evaluate the models).
// The CLI is native only; wasm builds (wasm-pack test builds every target) get an empty binary.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

mod analyze;
mod eval_claims;
mod eval_ner;
mod gold;
mod score;
mod train_claims;
mod train_ner;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "presslens", version, about = "Entities and claims (who said what) in news articles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse a text (or a JSONL stream of documents) and print the JSON result.
    Analyze(analyze::Args),
    /// Train a model on gold data.
    Train {
        #[command(subcommand)]
        what: TrainWhat,
    },
    /// Score the analysis against gold data.
    Eval {
        #[command(subcommand)]
        what: EvalWhat,
    },
}

#[derive(Subcommand)]
enum TrainWhat {
    /// The name tagger (PER/ORG/LOC/MISC), from JSONL with gold entities.
    Ner(train_ner::Args),
    /// The attribution tagger, on PolNeAR-style JSONL.
    Claims(train_claims::Args),
}

#[derive(Subcommand)]
enum EvalWhat {
    /// Named entities: exact-span P/R/F1 per type.
    Ner(eval_ner::Args),
    /// Claims against PolNeAR-style JSONL (the figures of the project's claims scorer).
    Claims(eval_claims::Args),
}

/// The unit of the offsets in the output.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Offsets {
    /// UTF-16 code units, as JavaScript's String.slice counts them.
    Utf16,
    /// Unicode code points, as Python's str slicing counts them.
    Chars,
    /// UTF-8 bytes, as Rust's str slicing counts them.
    Bytes,
}

impl From<Offsets> for presslens::OffsetUnit {
    fn from(o: Offsets) -> Self {
        match o {
            Offsets::Utf16 => presslens::OffsetUnit::Utf16,
            Offsets::Chars => presslens::OffsetUnit::Chars,
            Offsets::Bytes => presslens::OffsetUnit::Bytes,
        }
    }
}

/// Exit status for bad input or usage (clap uses 2 for usage errors too).
pub const EXIT_BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Train { what: TrainWhat::Ner(args) } => train_ner::run(args),
        Command::Train { what: TrainWhat::Claims(args) } => train_claims::run(args),
        Command::Eval { what: EvalWhat::Ner(args) } => eval_ner::run(args),
        Command::Eval { what: EvalWhat::Claims(args) } => eval_claims::run(args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("presslens: {message}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}
