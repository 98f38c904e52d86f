//! Golden tests: each `tests/golden/NAME.txt` is analysed and compared with
//! `tests/golden/NAME.json`, a readable projection of the JSON result (see `projection`).
//! After a deliberate change of behaviour, re-bless (rewrite) the expected files with
//!
//!     BLESS=1 cargo test --test golden
//!
//! and review the change with `git diff tests/golden`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use presslens::{analyze, check_invariants, OffsetUnit};
use serde_json::{json, Value};

/// What a reviewer wants to see change, one item a line so that a diff names each one:
/// entities `[start, end, text, label, group name]` with UTF-16 offsets (as JavaScript slices),
/// groups `[label, name, [mention texts]]`, claims (kind, content texts, cue, source text and
/// its group's name, hedges, numeric), sentences `[start, end, text]`. Confidences and
/// check-worthiness are left out: they move with every model update and say little in a diff.
fn projection(text: &str) -> String {
    let analysis = analyze(text);
    if let Err(broken) = check_invariants(text, &analysis) {
        panic!("invariant broken: {broken}");
    }
    let json: Value = serde_json::from_str(&analysis.to_json(text, OffsetUnit::Utf16)).unwrap();
    let list = |key: &str| json[key].as_array().cloned().unwrap_or_default();
    let group_name = |g: &Value| g.as_u64().and_then(|g| json["groups"][g as usize]["name"].as_str().map(str::to_string));
    let texts = |spans: &Value| spans.as_array().map(|s| s.iter().map(|s| s["text"].clone()).collect::<Vec<_>>());
    let entities = list("entities")
        .iter()
        .map(|e| json!([e["start"], e["end"], e["text"], e["label"], group_name(&e["group"])]).to_string())
        .collect();
    let groups = list("groups")
        .iter()
        .map(|g| {
            let mentions: Vec<_> =
                g["mentions"].as_array().into_iter().flatten().map(|m| json["entities"][m.as_u64().unwrap_or(0) as usize]["text"].clone()).collect();
            json!([g["label"], g["name"], mentions]).to_string()
        })
        .collect();
    let claims = list("claims")
        .iter()
        .map(|c| {
            ordered(&[
                ("kind", c["kind"].clone()),
                ("content", json!(texts(&c["content"]))),
                ("cue", c["cue"]["text"].clone()),
                ("source", c["source"]["text"].clone()),
                ("source_group", json!(group_name(&c["source"]["group"]))),
                ("hedges", json!(texts(&c["hedges"]))),
                ("numeric", c["numeric"].clone()),
            ])
        })
        .collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let sentences = list("sentences")
        .iter()
        .map(|s| {
            let (start, end) = (s["start"].as_u64().unwrap_or(0) as usize, s["end"].as_u64().unwrap_or(0) as usize);
            json!([start, end, String::from_utf16_lossy(utf16.get(start..end).unwrap_or(&[]))]).to_string()
        })
        .collect();
    let mut out = String::from("{\n");
    let sections: [(&str, Vec<String>); 4] = [("entities", entities), ("groups", groups), ("claims", claims), ("sentences", sentences)];
    for (k, (key, items)) in sections.iter().enumerate() {
        let _ = write!(out, "  \"{key}\": [");
        for (i, item) in items.iter().enumerate() {
            let _ = write!(out, "{}\n    {item}", if i == 0 { "" } else { "," });
        }
        out.push_str(if items.is_empty() { "]" } else { "\n  ]" });
        out.push_str(if k + 1 < sections.len() { ",\n" } else { "\n" });
    }
    out.push_str("}\n");
    out
}

/// A one-line JSON object with its keys in the given order (serde_json's map sorts them).
fn ordered(fields: &[(&str, Value)]) -> String {
    let fields: Vec<String> = fields.iter().map(|(k, v)| format!("{}:{v}", Value::from(*k))).collect();
    format!("{{{}}}", fields.join(","))
}

/// Lines of `expected` and `actual` as a diff: `-` only in the expected file, `+` only in the
/// result, two lines of context around each change.
fn diff(expected: &str, actual: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    // Longest common subsequence table, from the end.
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', a[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    let near_change = |k: usize| ops[k.saturating_sub(2)..(k + 3).min(ops.len())].iter().any(|op| op.0 != ' ');
    let mut out = String::new();
    let mut skipped = false;
    for (k, (op, line)) in ops.iter().enumerate() {
        if near_change(k) {
            if skipped {
                out.push_str("   ...\n");
            }
            let _ = writeln!(out, "{op}  {line}");
            skipped = false;
        } else {
            skipped = true;
        }
    }
    out
}

fn golden_inputs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    inputs
}

#[test]
fn golden() {
    let bless = std::env::var_os("BLESS").is_some_and(|v| v != "0" && !v.is_empty());
    let inputs = golden_inputs();
    assert!(inputs.len() >= 4, "expected the golden inputs in tests/golden/, found {inputs:?}");
    let mut failures = String::new();
    for input in &inputs {
        let text = std::fs::read_to_string(input).unwrap_or_else(|e| panic!("cannot read {}: {e}", input.display()));
        let actual = projection(&text);
        let expected_path = input.with_extension("json");
        let shown = expected_path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&expected_path).display();
        if bless {
            std::fs::write(&expected_path, &actual).unwrap_or_else(|e| panic!("cannot write {}: {e}", expected_path.display()));
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => {
                let _ = write!(failures, "\n--- {shown} (- expected, + actual)\n{}", diff(&expected, &actual));
            }
            Err(e) => {
                let _ = write!(failures, "\n--- {shown}: {e}\n");
            }
        }
    }
    assert!(
        failures.is_empty(),
        "golden results differ:{failures}\nIf the change is intended: BLESS=1 cargo test --test golden, then review git diff tests/golden"
    );
}

#[test]
fn diff_names_changed_lines_with_context() {
    let expected = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
    let actual = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\n";
    assert_eq!(diff(expected, actual), "   ...\n   b\n   c\n-  d\n+  D\n   e\n   f\n   ...\n   i\n   j\n+  k\n");
    assert_eq!(diff(expected, expected), "");
}
