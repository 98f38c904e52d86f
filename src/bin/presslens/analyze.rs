//! `presslens analyze`: one document, or a stream of JSONL documents.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use presslens::{Analyzer, OffsetUnit};
use serde_json::Value;

use crate::{Offsets, EXIT_BAD_INPUT};

#[derive(clap::Args)]
pub struct Args {
    /// The input file; `-` or nothing reads standard input.
    file: Option<PathBuf>,
    /// Read one JSON object `{"id": ..., "text": "..."}` a line and write one result a line.
    #[arg(long)]
    jsonl: bool,
    /// With --jsonl: report a bad line and go on with the next one instead of stopping.
    #[arg(long, requires = "jsonl")]
    keep_going: bool,
    /// The unit of start/end offsets in the output.
    #[arg(long, value_enum, default_value = "utf16")]
    offsets: Offsets,
    /// Indent the JSON (ignored with --jsonl, whose results are one a line).
    #[arg(long)]
    pretty: bool,
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let (name, input): (String, Box<dyn Read>) = match &args.file {
        None => ("standard input".into(), Box::new(io::stdin().lock())),
        Some(p) if p.as_os_str() == "-" => ("standard input".into(), Box::new(io::stdin().lock())),
        Some(p) => {
            let f = File::open(p).map_err(|e| format!("cannot open {}: {e}", p.display()))?;
            (p.display().to_string(), Box::new(f))
        }
    };
    let stdout = io::stdout().lock();
    let mut out = BufWriter::new(stdout);
    let result = if args.jsonl {
        run_jsonl(&args, &name, BufReader::new(input), &mut out)
    } else {
        run_one(&args, &name, input, &mut out)
    };
    match result.and_then(|code| out.flush().map(|_| code).map_err(Failure::Io)) {
        Ok(code) => Ok(code),
        // The reader of our output went away (`| head`): not an error of ours.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(Failure::Io(e)) => Err(format!("cannot write the output: {e}")),
        Err(Failure::Input(m)) => Err(m),
    }
}

enum Failure {
    Io(io::Error),
    Input(String),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

fn run_one(args: &Args, name: &str, mut input: impl Read, out: &mut impl Write) -> Result<ExitCode, Failure> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| Failure::Input(format!("cannot read {name}: {e}")))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| Failure::Input(format!("{name} is not UTF-8: invalid byte at offset {}", e.valid_up_to())))?;
    let unit: OffsetUnit = args.offsets.into();
    let analysis = Analyzer::new().analyze(text);
    let json = if args.pretty { analysis.to_json_pretty(text, unit) } else { analysis.to_json(text, unit) };
    out.write_all(json.as_bytes())?;
    out.write_all(b"\n")?;
    Ok(ExitCode::SUCCESS)
}

/// Why one JSONL line could not be analysed; `id` when the line had one.
struct BadLine {
    id: Option<Value>,
    message: String,
}

fn parse_line(line: &[u8]) -> Result<(Value, String), BadLine> {
    let bad = |id: Option<Value>, message: String| BadLine { id, message };
    let line = std::str::from_utf8(line).map_err(|e| bad(None, format!("not UTF-8: invalid byte at column {}", e.valid_up_to() + 1)))?;
    let value: Value = serde_json::from_str(line).map_err(|e| bad(None, format!("not JSON: {e}")))?;
    let Value::Object(mut object) = value else {
        return Err(bad(None, "not a JSON object (expected {\"id\": ..., \"text\": \"...\"})".into()));
    };
    // A line without an id gets a null id in its result, but no error record: nothing would
    // tell which document the record is about.
    let id = object.remove("id");
    match object.remove("text") {
        Some(Value::String(text)) => Ok((id.unwrap_or(Value::Null), text)),
        Some(other) => Err(bad(id, format!("\"text\" is {}, not a string", kind_of(&other)))),
        None => Err(bad(id, "no \"text\" field".into())),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn run_jsonl(args: &Args, name: &str, mut input: impl BufRead, out: &mut impl Write) -> Result<ExitCode, Failure> {
    let analyzer = Analyzer::new();
    let unit: OffsetUnit = args.offsets.into();
    let progress = io::stderr().is_terminal();
    let started = Instant::now();
    let (mut line_no, mut done, mut bad, mut bytes_done) = (0usize, 0usize, 0usize, 0usize);
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = input.read_until(b'\n', &mut line).map_err(|e| Failure::Input(format!("cannot read {name}: {e}")))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        bytes_done += n;
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            continue;
        }
        match parse_line(trimmed) {
            Ok((id, text)) => {
                let json = analyzer.analyze(&text).to_json(&text, unit);
                // `{"id":...,` then the analysis object's fields: id first, one line.
                out.write_all(b"{\"id\":")?;
                serde_json::to_writer(&mut *out, &id).map_err(io::Error::from)?;
                out.write_all(b",")?;
                out.write_all(json.get(1..).unwrap_or("}").as_bytes())?;
                out.write_all(b"\n")?;
                done += 1;
            }
            Err(e) => {
                let message = format!("{name}: line {line_no}: {}", e.message);
                if !args.keep_going {
                    return Err(Failure::Input(message));
                }
                eprintln!("presslens: {message} (skipped)");
                bad += 1;
                if let Some(id) = e.id {
                    let record = serde_json::json!({ "id": id, "error": e.message });
                    serde_json::to_writer(&mut *out, &record).map_err(io::Error::from)?;
                    out.write_all(b"\n")?;
                }
            }
        }
        if progress && (done + bad) % 200 == 0 {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            eprint!("\r{done} documents, {:.1} MB, {:.1} MB/s   ", bytes_done as f64 / 1e6, bytes_done as f64 / 1e6 / secs);
        }
    }
    if progress {
        eprintln!("\r{done} documents analysed, {bad} skipped, in {:.2} s        ", started.elapsed().as_secs_f64());
    }
    if bad > 0 {
        eprintln!("presslens: {bad} bad line(s) skipped");
        return Ok(ExitCode::from(EXIT_BAD_INPUT));
    }
    Ok(ExitCode::SUCCESS)
}
