//! # presslens
//!
//! Finds the **entities** (people, organisations, places, nationalities, dates, money,
//! percentages, quantities, laws, events) and the **claims** (who said what: direct quotes
//! with their speaker, reported speech, "according to" sourcing, numeric claims, hedged
//! statements) of a news article. Runs natively, from the command line, and in the browser
//! as WebAssembly; nothing leaves the machine it runs on.
//!
//! ```
//! use presslens::{analyze, Label, OffsetUnit};
//!
//! let text = "Siemens is expected to invest 100 million euros in Poland.";
//! let analysis = analyze(text);
//! for entity in &analysis.entities {
//!     println!("{} {}", entity.label.as_str(), entity.span.text(text));
//! }
//! // The public JSON result, offsets in UTF-16 code units as JavaScript counts them:
//! let json = analysis.to_json(text, OffsetUnit::Utf16);
//! assert!(json.starts_with("{\"schema_version\":1"));
//! # let _ = Label::Money;
//! ```
//!
//! Spans are byte offsets into the analysed text ([`Span::text`] slices it);
//! [`OffsetMap`] converts them to UTF-16 code units or code points.
//! [`analyze`] never panics and never fails, whatever the `&str`.
// No unwrap, expect or panic outside tests: `analyze` must not panic on any input (run
// `cargo clippy` to check; the fuzzer and check_invariants test it).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::unreachable, clippy::todo))]

mod analysis;
mod claims;
mod entities;
mod invariants;
mod json;
#[doc(hidden)]
pub mod learn;
mod lexicon;
mod span;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{analyze, Analysis, Analyzer};
pub use claims::{Claim, ClaimKind, Source};
#[doc(hidden)]
pub use claims::training as claims_training;
pub use entities::{Entity, Group, Label};
#[doc(hidden)]
pub use entities::tagger;
#[doc(hidden)]
pub use invariants::check_invariants;
pub use json::SCHEMA_VERSION;
pub use span::{OffsetMap, OffsetUnit, Span};
