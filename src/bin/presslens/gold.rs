//! Gold-annotated JSONL documents for training and evaluation: the reading shared by every
//! format, and the entity format (`{"id", "text", "entities": [{"start", "end", "label"}]}`,
//! offsets in code points) with spans converted to bytes.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use presslens::Span;
use serde_json::Value;

pub struct Doc {
    pub text: String,
    /// Gold spans in byte offsets, with their labels as written in the file.
    pub entities: Vec<(Span, String)>,
}

/// Calls `each` with every JSON line of a JSONL file (blank lines skipped), its string `text`,
/// and a function that words an error about that line.
pub fn each_document(
    path: &Path,
    mut each: impl FnMut(&Value, String, &dyn Fn(&str) -> String) -> Result<(), String>,
) -> Result<(), String> {
    let file = File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |m: &str| format!("{}: line {}: {m}", path.display(), n + 1);
        let v: Value = serde_json::from_str(&line).map_err(|e| bad(&e.to_string()))?;
        let text = v["text"].as_str().ok_or_else(|| bad("no \"text\""))?.to_string();
        each(&v, text, &bad)?;
    }
    Ok(())
}

/// Reads every document of an entity-annotated JSONL file.
pub fn read(path: &Path) -> Result<Vec<Doc>, String> {
    let mut docs = Vec::new();
    each_document(path, |v, text, bad| {
        // Code point offsets → byte offsets.
        let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        let mut entities = Vec::new();
        for e in v["entities"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            let (Some(s), Some(t), Some(label)) = (e["start"].as_u64(), e["end"].as_u64(), e["label"].as_str()) else {
                return Err(bad("an entity without start, end and label"));
            };
            let (Some(&s), Some(&t)) = (bytes.get(s as usize), bytes.get(t as usize)) else {
                return Err(bad("an entity outside the text"));
            };
            entities.push((Span::new(s, t), label.to_string()));
        }
        docs.push(Doc { text, entities });
        Ok(())
    })?;
    Ok(docs)
}
