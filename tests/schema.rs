//! Keeps the TypeScript types of the JavaScript API (src/wasm.d.ts, which becomes part of
//! pkg/presslens.d.ts) in step with the JSON result: every interface must list exactly the keys
//! the result has, with matching types, and the unions must list every label and claim kind.

use std::collections::{BTreeMap, BTreeSet};

use presslens::{Analysis, Claim, ClaimKind, Entity, Group, Label, OffsetUnit, Source, Span};
use serde_json::Value;

const TYPES: &str = include_str!("../src/wasm.d.ts");

/// The declarations of a .d.ts file: interfaces (field → type) and type aliases (name → type).
struct Declarations {
    interfaces: BTreeMap<String, BTreeMap<String, String>>,
    aliases: BTreeMap<String, String>,
}

/// Reads the subset of TypeScript that wasm.d.ts uses: `export interface X { field: type; }`
/// and `export type X = ...;`, with comments anywhere.
fn parse(source: &str) -> Declarations {
    let mut code = String::new();
    let mut rest = source;
    while let Some(at) = rest.find("/*") {
        code.push_str(&rest[..at]);
        rest = rest[at..].find("*/").map_or("", |end| &rest[at + end + 2..]);
    }
    code.push_str(rest);
    let code: String = code.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");

    let mut declarations = Declarations { interfaces: BTreeMap::new(), aliases: BTreeMap::new() };
    let mut rest = code.as_str();
    while let Some(at) = rest.find("export ") {
        rest = &rest[at + "export ".len()..];
        if let Some(after) = rest.strip_prefix("interface ") {
            let (name, after) = after.split_once('{').expect("interface body");
            let (body, after) = after.split_once('}').expect("end of interface");
            let fields = body
                .split(';')
                .filter(|f| !f.trim().is_empty())
                .map(|f| {
                    let (field, ty) = f.split_once(':').expect("field: type");
                    (field.trim().to_string(), ty.trim().to_string())
                })
                .collect();
            assert!(declarations.interfaces.insert(name.trim().to_string(), fields).is_none());
            rest = after;
        } else if let Some(after) = rest.strip_prefix("type ") {
            let (name, after) = after.split_once('=').expect("type alias");
            let (ty, after) = after.split_once(';').expect("end of type alias");
            let ty = ty.split_whitespace().collect::<Vec<_>>().join(" ");
            declarations.aliases.insert(name.trim().to_string(), ty.trim_start_matches("| ").to_string());
            rest = after;
        } else {
            panic!("unexpected export in wasm.d.ts: {}", rest.lines().next().unwrap_or(""));
        }
    }
    declarations
}

/// Splits a type at its top-level `|`s (the types used have no parentheses or generics).
fn alternatives(ty: &str) -> Vec<&str> {
    ty.split('|').map(str::trim).collect()
}

impl Declarations {
    /// Checks that `value` has type `ty`; records which interfaces were seen.
    fn check(&self, value: &Value, ty: &str, path: &str, seen: &mut BTreeSet<String>) -> Result<(), String> {
        let alts = alternatives(ty);
        if alts.len() > 1 {
            let mut errors = Vec::new();
            for alt in alts {
                match self.check(value, alt, path, seen) {
                    Ok(()) => return Ok(()),
                    Err(e) => errors.push(e),
                }
            }
            return Err(format!("{path}: {value} is none of {ty}: {}", errors.join("; ")));
        }
        let ok = match ty {
            "number" => value.is_number(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            _ if ty.ends_with("[]") => {
                let element = &ty[..ty.len() - 2];
                let items = value.as_array().ok_or(format!("{path}: {value} is not an array"))?;
                for (i, item) in items.iter().enumerate() {
                    self.check(item, element, &format!("{path}[{i}]"), seen)?;
                }
                true
            }
            _ if ty.starts_with('"') => value.as_str() == Some(ty.trim_matches('"')),
            _ if ty.parse::<f64>().is_ok() => value.as_f64() == ty.parse().ok(),
            _ if self.aliases.contains_key(ty) => return self.check(value, &self.aliases[ty], path, seen),
            _ => {
                let fields = self.interfaces.get(ty).ok_or(format!("{path}: unknown type {ty}"))?;
                let object = value.as_object().ok_or(format!("{path}: {value} is not an object ({ty})"))?;
                let keys: BTreeSet<&String> = object.keys().collect();
                let declared: BTreeSet<&String> = fields.keys().collect();
                if keys != declared {
                    return Err(format!("{path}: the JSON has keys {keys:?}, interface {ty} declares {declared:?}"));
                }
                for (field, field_ty) in fields {
                    self.check(&object[field], field_ty, &format!("{path}.{field}"), seen)?;
                }
                seen.insert(ty.to_string());
                true
            }
        };
        if ok {
            Ok(())
        } else {
            Err(format!("{path}: {value} is not {ty}"))
        }
    }

    /// The string literals of a union alias, e.g. `Label`.
    fn literals(&self, alias: &str) -> BTreeSet<String> {
        alternatives(&self.aliases[alias]).iter().map(|s| s.trim_matches('"').to_string()).collect()
    }
}

/// Every claim kind; the match fails to compile when a kind is added, so this list stays whole.
fn all_claim_kinds() -> Vec<ClaimKind> {
    let kinds = [ClaimKind::Quote, ClaimKind::Reported, ClaimKind::Mixed, ClaimKind::AccordingTo, ClaimKind::ScareQuote];
    for kind in kinds {
        match kind {
            ClaimKind::Quote | ClaimKind::Reported | ClaimKind::Mixed | ClaimKind::AccordingTo | ClaimKind::ScareQuote => {}
        }
    }
    kinds.to_vec()
}

/// An analysis with one of each item, every optional field both present and absent.
fn one_of_each(text: &str) -> Analysis {
    let word = |w: &str| {
        let start = text.find(w).expect("word in text");
        Span::new(start, start + w.len())
    };
    let claim = |kind, source: Option<Source>| Claim {
        kind,
        content: vec![word("risky"), word("for us")],
        cue: source.as_ref().map(|_| word("said")),
        source,
        hedges: vec![word("may")],
        numeric: true,
        checkworthiness: 0.8,
        confidence: 0.9,
    };
    Analysis {
        entities: vec![
            Entity { span: word("Anna Berg"), label: Label::Person, group: 0, confidence: 0.97 },
            Entity { span: word("Berg"), label: Label::Person, group: 0, confidence: 0.9 },
        ],
        groups: vec![Group { label: Label::Person, name: "Anna Berg".into(), mentions: vec![0, 1] }],
        claims: vec![
            claim(ClaimKind::Quote, Some(Source { span: word("Berg"), group: Some(0) })),
            claim(ClaimKind::ScareQuote, None),
            claim(ClaimKind::Reported, Some(Source { span: word("officials"), group: None })),
        ],
        sentences: vec![Span::new(0, text.len())],
    }
}

fn check_all(declarations: &Declarations, analysis: &Analysis, text: &str) -> BTreeSet<String> {
    let json: Value = serde_json::from_str(&analysis.to_json(text, OffsetUnit::Utf16)).expect("valid JSON");
    let mut seen = BTreeSet::new();
    if let Err(e) = declarations.check(&json, "Analysis", "result", &mut seen) {
        panic!("src/wasm.d.ts does not describe the JSON result: {e}");
    }
    seen
}

#[test]
fn the_typescript_interfaces_match_the_json_result() {
    let declarations = parse(TYPES);
    let text = "Anna Berg said it may be risky for us, officials said. Berg agreed.";
    let seen = check_all(&declarations, &one_of_each(text), text);
    let declared: BTreeSet<String> = declarations.interfaces.keys().cloned().collect();
    assert_eq!(seen, declared, "every interface is exercised by the hand-made analysis");
}

#[test]
fn the_typescript_types_describe_the_analysis_of_the_sample_article() {
    let text = include_str!("golden/belgium-alibaba.txt");
    check_all(&parse(TYPES), &presslens::analyze(text), text);
}

#[test]
fn the_typescript_unions_list_every_label_and_claim_kind() {
    let declarations = parse(TYPES);
    let labels: BTreeSet<String> = Label::ALL.iter().map(|l| l.as_str().to_string()).collect();
    assert_eq!(declarations.literals("Label"), labels);
    let kinds: BTreeSet<String> = all_claim_kinds()
        .into_iter()
        .map(|k| serde_json::to_value(k).ok().and_then(|v| v.as_str().map(String::from)).expect("a string"))
        .collect();
    assert_eq!(declarations.literals("ClaimKind"), kinds);
}

#[test]
fn the_checker_rejects_a_missing_or_extra_field() {
    let declarations = parse(&TYPES.replace("  numeric: boolean;\n", ""));
    let text = "Anna Berg said it may be risky for us, officials said. Berg agreed.";
    let json: Value = serde_json::from_str(&one_of_each(text).to_json(text, OffsetUnit::Utf16)).unwrap();
    assert!(declarations.check(&json, "Analysis", "result", &mut BTreeSet::new()).is_err());
    let declarations = parse(&TYPES.replace("  cue: Span | null;", "  cue: Span;"));
    assert!(declarations.check(&json, "Analysis", "result", &mut BTreeSet::new()).is_err());
}
