//! The binary model format: a small header, the tag names, float transitions, and the
//! non-zero emission weights as i8, row by row with delta-coded bucket numbers.
//!
//! ```text
//! "PLSQ" version:u8=1 n_tags:u8 bits:u8 0:u8 scale:f32
//! n_tags × (len:u8 name bytes)   start: n_tags × f32   trans: n_tags² × f32
//! rows:u32, each: bucket delta (LEB128) · tag mask (LEB128) · one i8 per set bit
//! checksum:u32 (FNV-1a of everything before, low 32 bits)
//! ```
//! Numbers are little-endian. Reading checks every field and never panics.

use std::fmt;

use super::hash::Fnv;
use super::model::{Model, Rows};

const MAGIC: &[u8; 4] = b"PLSQ";
const VERSION: u8 = 1;
/// Upper bounds that keep a corrupt header from asking for a huge table.
const MAX_BITS: u32 = 24;
const MAX_TAGS: usize = 64;

/// Why a model file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError(&'static str);

impl ModelError {
    /// An error for a model that reads well but does not fit its use (say, other tags).
    pub fn new(message: &'static str) -> ModelError {
        ModelError(message)
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad model file: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(n).ok_or(ModelError("truncated"))?;
        let s = self.bytes.get(self.at..end).ok_or(ModelError("truncated"))?;
        self.at = end;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        let v = f32::from_bits(self.u32()?);
        if v.is_finite() {
            Ok(v)
        } else {
            Err(ModelError("a weight is not finite"))
        }
    }

    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError("varint too long"))
    }
}

fn checksum(bytes: &[u8]) -> u32 {
    Fnv::new().bytes(bytes).finish() as u32
}

impl Model {
    /// The model in the binary format (zero weights are left out).
    pub fn to_bytes(&self) -> Vec<u8> {
        let t = self.n_tags();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[VERSION, t as u8, self.bits as u8, 0]);
        out.extend_from_slice(&self.scale.to_le_bytes());
        for name in &self.names {
            out.push(name.len() as u8);
            out.extend_from_slice(name.as_bytes());
        }
        for w in self.start.iter().chain(&self.trans) {
            out.extend_from_slice(&w.to_le_bytes());
        }
        let rows = self.weights.sorted();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut last = 0;
        for (bucket, row) in rows {
            put_varint(&mut out, (bucket - last) as u64);
            last = bucket;
            let mask = row.iter().enumerate().filter(|(_, &w)| w != 0).fold(0u64, |m, (k, _)| m | 1 << k);
            put_varint(&mut out, mask);
            out.extend(row.iter().filter(|&&w| w != 0).map(|&w| w as u8));
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Reads a model written by [`Model::to_bytes`].
    ///
    /// # Errors
    /// A [`ModelError`] when the bytes are not such a model (wrong magic or version, truncated,
    /// out-of-range fields, bad checksum, trailing bytes). Never panics.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let body_len = bytes.len().checked_sub(4).ok_or(ModelError("truncated"))?;
        let (body, sum) = bytes.split_at(body_len);
        if checksum(body).to_le_bytes() != sum {
            return Err(ModelError("checksum mismatch"));
        }
        let mut r = Reader { bytes: body, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError("not a presslens model"));
        }
        if r.u8()? != VERSION {
            return Err(ModelError("unsupported version"));
        }
        let t = usize::from(r.u8()?);
        let bits = u32::from(r.u8()?);
        r.u8()?;
        if t == 0 || t > MAX_TAGS || bits == 0 || bits > MAX_BITS {
            return Err(ModelError("tag count or table size out of range"));
        }
        let scale = r.f32()?;
        let mut names = Vec::with_capacity(t);
        for _ in 0..t {
            let len = usize::from(r.u8()?);
            let name = std::str::from_utf8(r.take(len)?).map_err(|_| ModelError("tag name not UTF-8"))?;
            names.push(name.to_string());
        }
        let start = (0..t).map(|_| r.f32()).collect::<Result<Vec<_>, _>>()?;
        let trans = (0..t * t).map(|_| r.f32()).collect::<Result<Vec<_>, _>>()?;
        let rows = r.u32()? as usize;
        let buckets = 1usize << bits;
        if rows > buckets {
            return Err(ModelError("more rows than buckets"));
        }
        let mut weights = Rows::with_capacity(t, rows);
        let mut bucket = 0usize;
        for i in 0..rows {
            let delta = usize::try_from(r.varint()?).map_err(|_| ModelError("bucket out of range"))?;
            if i > 0 && delta == 0 {
                return Err(ModelError("rows out of order"));
            }
            bucket = bucket.checked_add(delta).filter(|&b| b < buckets).ok_or(ModelError("bucket out of range"))?;
            let mask = r.varint()?;
            if mask == 0 || (t < 64 && mask >> t != 0) {
                return Err(ModelError("bad tag mask"));
            }
            let values = r.take(mask.count_ones() as usize)?;
            let row = weights.get_or_insert(bucket as u32).ok_or(ModelError("too many rows"))?;
            let mut values = values.iter();
            for k in (0..t).filter(|k| mask >> k & 1 == 1) {
                if let (Some(&v), Some(w)) = (values.next(), row.get_mut(k)) {
                    *w = v as i8;
                }
            }
        }
        if r.at != body.len() {
            return Err(ModelError("trailing bytes"));
        }
        Ok(Model { names, bits, scale, weights, start, trans })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::FloatModel;

    fn small() -> Model {
        let names = vec!["O".to_string(), "B-X".to_string(), "I-X".to_string()];
        let mut weights = vec![0.0f32; 16 * 3];
        weights[3] = 1.5;
        weights[5] = -0.25;
        weights[47] = 0.75;
        let float = FloatModel { names, bits: 4, weights, start: vec![0.5, -1.0, 0.0], trans: (0..9).map(|i| i as f32 / 4.0).collect() };
        Model::quantize(&float, 1)
    }

    #[test]
    fn round_trip() {
        let m = small();
        assert_eq!(m.nonzero(), 3);
        let bytes = m.to_bytes();
        assert_eq!(Model::from_bytes(&bytes), Ok(m));
    }

    #[test]
    fn corrupt_files_are_errors_not_panics() {
        let bytes = small().to_bytes();
        assert!(Model::from_bytes(&[]).is_err());
        assert!(Model::from_bytes(b"PLSQ").is_err());
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "truncated at {cut}");
        }
        for i in 0..bytes.len() {
            for flip in [0x01u8, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] ^= flip;
                assert!(Model::from_bytes(&b).is_err(), "flipped byte {i}");
            }
        }
    }

    #[test]
    fn a_valid_checksum_over_bad_fields_is_still_an_error() {
        // Rewrite the header to claim a 2^30 table, and fix the checksum.
        let mut bytes = small().to_bytes();
        bytes[6] = 30;
        let n = bytes.len() - 4;
        let sum = checksum(&bytes[..n]);
        bytes[n..].copy_from_slice(&sum.to_le_bytes());
        assert_eq!(Model::from_bytes(&bytes), Err(ModelError("tag count or table size out of range")));
    }
}
