//! Generic learning machinery: an averaged-perceptron sequence tagger over hashed features.
//!
//! Nothing here knows about any particular task. A caller turns each position of a sequence
//! into a few dozen feature hashes ([`Fnv`], folded into buckets by [`Features`]), names its tag
//! set, says which tag may follow which ([`Allowed`], e.g. [`Allowed::bio`]), and trains a
//! [`Trainer`] on gold tag sequences. The averaged weights are quantised into a [`Model`], which
//! decodes with Viterbi ([`Decoder`]) and round-trips through a compact binary format
//! ([`Model::to_bytes`], [`Model::from_bytes`]) so that no feature dictionary ships: feature
//! strings are hashed with FNV-1a, which is the same on every platform.

mod calibration;
mod hash;
mod model;
mod model_io;
mod perceptron;
mod rng;
mod viterbi;

pub use calibration::{Bin, Calibration};
pub use hash::{Features, Fnv};
pub use model::Model;
pub use model_io::ModelError;
pub use perceptron::{FloatModel, Trainer};
pub use rng::Rng;
pub use viterbi::{Allowed, Decoder};
