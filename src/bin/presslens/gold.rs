//! Gold-annotated JSONL documents (`{"id", "text", "entities": [{"start", "end", "label"}]}`,
//! offsets in code points) for training and evaluation, with spans converted to bytes.

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

/// Reads every document of a JSONL file.
pub fn read(path: &Path) -> Result<Vec<Doc>, String> {
    let file = File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let mut docs = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |m: &str| format!("{}: line {}: {m}", path.display(), n + 1);
        let v: Value = serde_json::from_str(&line).map_err(|e| bad(&e.to_string()))?;
        let text = v["text"].as_str().ok_or_else(|| bad("no \"text\""))?.to_string();
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
    }
    Ok(docs)
}
