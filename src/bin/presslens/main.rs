//! The `presslens` command line: analyse files or JSONL streams (and, in other
//! subcommands, train and evaluate the models).

mod analyze;
mod eval_claims;
mod train_claims;

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
    /// Train a model.
    Train {
        #[command(subcommand)]
        what: TrainWhat,
    },
    /// Score the analysis against annotated data.
    Eval {
        #[command(subcommand)]
        what: EvalWhat,
    },
}

#[derive(Subcommand)]
enum TrainWhat {
    /// The attribution tagger, on PolNeAR-style JSONL.
    Claims(train_claims::Args),
}

#[derive(Subcommand)]
enum EvalWhat {
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
        Command::Eval { what: EvalWhat::Claims(args) } => eval_claims::run(args),
        Command::Train { what: TrainWhat::Claims(args) } => train_claims::run(args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("presslens: {message}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}
