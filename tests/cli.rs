//! The `presslens` binary as users run it: files and standard input, the three offset units,
//! `--pretty`, JSONL streams, and the exit code 2 with a clear message for every kind of bad
//! input. No output line is ever a partial JSON document.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use presslens::{analyze, OffsetUnit};
use serde_json::Value;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn presslens(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_presslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the presslens binary runs");
    // Written from a thread: a large input must not deadlock against a full stdout pipe.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    Run { code: out.status.code(), stdout: String::from_utf8(out.stdout).unwrap(), stderr: String::from_utf8(out.stderr).unwrap() }
}

/// A file under the test target's scratch directory.
fn file(name: &str, contents: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).unwrap();
    path
}

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s:?}"))
}

const ARTICLE: &str = "Zoë 😀 said: “北京 will invest €20 million,” on 5 May.\r\nThe U.S. ambassador agreed.\n";

/// Every span object in a JSON result (entities, claim parts, sentences).
fn spans(result: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    let items = |key: &str| result[key].as_array().into_iter().flatten();
    out.extend(items("entities"));
    out.extend(items("sentences"));
    for claim in items("claims") {
        out.extend(claim["content"].as_array().into_iter().flatten());
        out.extend(claim["hedges"].as_array().into_iter().flatten());
        out.extend(["cue", "source"].iter().map(|k| &claim[*k]).filter(|v| !v.is_null()));
    }
    out
}

/// `text` sliced between two offsets counted in `unit`.
fn slice(text: &str, start: usize, end: usize, unit: &str) -> String {
    match unit {
        "bytes" => text[start..end].to_string(),
        "utf16" => String::from_utf16(&text.encode_utf16().collect::<Vec<_>>()[start..end]).unwrap(),
        "chars" => text.chars().skip(start).take(end - start).collect(),
        _ => unreachable!(),
    }
}

#[test]
fn file_and_stdin_give_the_library_result() {
    let path = file("article.txt", ARTICLE.as_bytes());
    let from_file = presslens(&["analyze", path.to_str().unwrap()], b"");
    let from_stdin = presslens(&["analyze"], ARTICLE.as_bytes());
    let from_dash = presslens(&["analyze", "-"], ARTICLE.as_bytes());
    assert_eq!(from_file.code, Some(0), "{}", from_file.stderr);
    let expected = analyze(ARTICLE).to_json(ARTICLE, OffsetUnit::Utf16) + "\n";
    for run in [&from_file, &from_stdin, &from_dash] {
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_eq!(run.stdout, expected);
    }
}

#[test]
fn offsets_in_every_unit_slice_the_same_text() {
    let mut sliced = Vec::new();
    for unit in ["utf16", "chars", "bytes"] {
        let run = presslens(&["analyze", "--offsets", unit], ARTICLE.as_bytes());
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let result = json(&run.stdout);
        assert_eq!(result["schema_version"], 1);
        let texts: Vec<String> = spans(&result)
            .iter()
            .map(|s| {
                let at = |k: &str| s[k].as_u64().unwrap() as usize;
                let text = slice(ARTICLE, at("start"), at("end"), unit);
                if let Some(expected) = s["text"].as_str() {
                    assert_eq!(text, expected, "{unit} offsets of {s}");
                }
                text
            })
            .collect();
        assert!(!texts.is_empty(), "no spans at all in {result}");
        sliced.push(texts);
    }
    assert_eq!(sliced[0], sliced[1]);
    assert_eq!(sliced[0], sliced[2]);
    // The default unit is UTF-16, as JavaScript counts.
    assert_eq!(presslens(&["analyze"], ARTICLE.as_bytes()).stdout, presslens(&["analyze", "--offsets", "utf16"], ARTICLE.as_bytes()).stdout);
}

#[test]
fn pretty_is_the_same_result_indented() {
    let compact = presslens(&["analyze"], ARTICLE.as_bytes());
    let pretty = presslens(&["analyze", "--pretty"], ARTICLE.as_bytes());
    assert_eq!(pretty.code, Some(0));
    assert!(pretty.stdout.starts_with("{\n  \"schema_version\": 1"), "{}", pretty.stdout);
    assert_eq!(json(&pretty.stdout), json(&compact.stdout));
}

#[test]
fn empty_input_is_a_valid_empty_result() {
    let run = presslens(&["analyze"], b"");
    assert_eq!(run.code, Some(0));
    assert_eq!(run.stdout.trim(), r#"{"schema_version":1,"entities":[],"groups":[],"claims":[],"sentences":[]}"#);
}

#[test]
fn a_file_that_is_not_utf8_names_the_byte() {
    let mut bytes = "Zoë said".as_bytes().to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice(b" more");
    let path = file("latin1.txt", &bytes);
    let run = presslens(&["analyze", path.to_str().unwrap()], b"");
    assert_eq!(run.code, Some(2));
    assert!(run.stdout.is_empty(), "no partial output: {}", run.stdout);
    assert!(run.stderr.contains("not UTF-8") && run.stderr.contains("offset 9"), "{}", run.stderr);
    let stdin = presslens(&["analyze"], &bytes);
    assert_eq!(stdin.code, Some(2));
    assert!(stdin.stderr.contains("standard input is not UTF-8") && stdin.stderr.contains("offset 9"), "{}", stdin.stderr);
}

#[test]
fn a_missing_file_is_named() {
    let run = presslens(&["analyze", "/nonexistent/article.txt"], b"");
    assert_eq!(run.code, Some(2));
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("cannot open /nonexistent/article.txt"), "{}", run.stderr);
}

#[test]
fn jsonl_streams_many_documents_in_order() {
    let mut input = String::new();
    for i in 0..2000 {
        let doc = serde_json::json!({ "id": format!("doc-{i}"), "text": format!("Document {i} 😀 says: “{i} euros.”\nNext line.") });
        input.push_str(&doc.to_string());
        input.push_str(if i % 2 == 0 { "\n" } else { "\r\n" });
    }
    input.push_str("\n   \n");
    let run = presslens(&["analyze", "--jsonl", "--offsets", "chars"], input.as_bytes());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2000);
    for (i, line) in lines.iter().enumerate() {
        let result = json(line);
        assert_eq!(result["id"], format!("doc-{i}"));
        assert_eq!(result["schema_version"], 1);
        assert!(line.starts_with(&format!("{{\"id\":\"doc-{i}\",\"schema_version\":1,")), "the id comes first: {line}");
        let text = format!("Document {i} 😀 says: “{i} euros.”\nNext line.");
        for span in spans(&result) {
            let (start, end) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
            assert!(end <= text.chars().count() && start < end, "{span} in {line}");
            if let Some(expected) = span["text"].as_str() {
                assert_eq!(slice(&text, start, end, "chars"), expected);
            }
        }
    }
    // Any JSON value is an id, and a document without one gets a null id.
    let run = presslens(&["analyze", "--jsonl"], br#"{"id":{"a":[1]},"text":"x"}
{"text":"y"}
"#);
    let ids: Vec<Value> = run.stdout.lines().map(|l| json(l)["id"].clone()).collect();
    assert_eq!(ids, [serde_json::json!({"a":[1]}), Value::Null]);
}

/// Line 1 good, then one bad line of each kind, then a good line.
fn mixed_jsonl() -> Vec<u8> {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":1,\"text\":\"Good one.\"}\n");
    input.extend_from_slice(b"this is not json\n");
    input.extend_from_slice(b"[\"an\",\"array\"]\n");
    input.extend_from_slice(b"{\"id\":4,\"text\":5}\n");
    input.extend_from_slice(b"{\"id\":5,\"body\":\"no text\"}\n");
    input.extend_from_slice(b"{\"id\":6,\"text\":\"caf\xE9\"}\n");
    input.extend_from_slice(b"{\"text\":null}\n");
    input.extend_from_slice(b"{\"id\":8,\"text\":\"Good two.\"}\n");
    input
}

const BAD_LINES: [(usize, &str); 6] = [
    (2, "not JSON"),
    (3, "not a JSON object"),
    (4, "\"text\" is a number, not a string"),
    (5, "no \"text\" field"),
    (6, "not UTF-8: invalid byte at column 20"),
    (7, "\"text\" is null, not a string"),
];

#[test]
fn a_bad_jsonl_line_stops_the_run_with_its_line_number() {
    let input = mixed_jsonl();
    let run = presslens(&["analyze", "--jsonl"], &input);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("line 2: not JSON"), "{}", run.stderr);
    // What was written before the bad line is whole documents only.
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(json(lines[0])["id"], 1);
    // Each kind of bad line, alone after a good line, is named with its number and reason.
    let lines: Vec<&[u8]> = input.split(|&b| b == b'\n').collect();
    for (line_no, reason) in BAD_LINES {
        let mut single = lines[0].to_vec();
        single.push(b'\n');
        single.extend_from_slice(lines[line_no - 1]);
        let run = presslens(&["analyze", "--jsonl"], &single);
        assert_eq!(run.code, Some(2), "line {line_no}");
        assert!(run.stderr.contains(&format!("line 2: {reason}")), "line {line_no}: {}", run.stderr);
    }
}

#[test]
fn keep_going_skips_bad_lines_and_reports_each() {
    let run = presslens(&["analyze", "--jsonl", "--keep-going"], &mixed_jsonl());
    assert_eq!(run.code, Some(2), "bad lines make the exit code 2 even when skipped");
    for (line_no, reason) in BAD_LINES {
        assert!(run.stderr.contains(&format!("line {line_no}: {reason}")), "line {line_no}: {}", run.stderr);
    }
    assert!(run.stderr.contains("6 bad line(s) skipped"), "{}", run.stderr);
    let out: Vec<Value> = run.stdout.lines().map(json).collect();
    let ids: Vec<Value> = out.iter().map(|v| v["id"].clone()).collect();
    // Lines with an id get an error record in their place; lines without one are only reported.
    assert_eq!(ids, [1, 4, 5, 8].map(Value::from));
    assert!(out[0]["schema_version"] == 1 && out[3]["schema_version"] == 1);
    assert_eq!(out[1]["error"], "\"text\" is a number, not a string");
    assert_eq!(out[2]["error"], "no \"text\" field");
    assert!(out[1].get("schema_version").is_none());
}

#[test]
fn keep_going_needs_jsonl() {
    let run = presslens(&["analyze", "--keep-going"], b"text");
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("--jsonl"), "{}", run.stderr);
}

/// `eval claims --by FIELD` scores each group of documents apart; a document that the analysis
/// gets exactly right scores 100 in its group, one it misses entirely 0.
#[test]
fn eval_claims_by_a_field() {
    // "Anna Berg said that the bridge is unsafe." — source 0..9, cue 10..14, content 15..40.
    let right = r#"{"id": "a", "annotator": "x", "text": "Anna Berg said that the bridge is unsafe.", "attributions": [{"source": [[0, 9]], "cue": [[10, 14]], "content": [[15, 40]]}]}"#;
    let missed = r#"{"id": "b", "annotator": "y", "text": "The sky is blue today.", "attributions": [{"source": [], "cue": [[0, 3]], "content": [[4, 21]]}]}"#;
    let path = file("by.jsonl", format!("{right}\n{missed}\n").as_bytes());
    let run = presslens(&["eval", "claims", path.to_str().unwrap(), "--by", "annotator"], b"");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let line = |v: &str| run.stdout.lines().find(|l| l.trim_start().starts_with(v)).unwrap_or_else(|| panic!("no line for {v}: {}", run.stdout)).to_string();
    assert!(line("x").ends_with("100.0 / 100.0 / 100.0"), "{}", line("x"));
    assert!(line("y").contains("0.0 /"), "{}", line("y"));
}
