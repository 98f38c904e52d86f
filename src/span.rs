//! Byte spans and the conversion of byte offsets to UTF-16 code units and code points.

use serde::Serialize;

/// A half-open byte range `start..end` into the analysed text, always on char boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The length in bytes; 0 for a reversed span (the fields are public), never a panic.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The covered text; empty when the span does not fit `text` (never panics).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Which unit offsets are counted in when spans leave Rust.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes, as Rust slices `&text[start..end]`.
    Bytes,
    /// UTF-16 code units, as JavaScript's `text.slice(start, end)`.
    #[default]
    Utf16,
    /// Unicode code points (scalar values), as Python's `text[start:end]`.
    Chars,
}

/// Converts byte offsets of one text to UTF-16 code units and code points.
///
/// Built once per text in O(n); each lookup is O(log k) in the number of non-ASCII
/// characters, and O(1) for pure-ASCII text.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// For each non-ASCII char: (byte offset just past it, utf16 offset past it, char offset past it).
    marks: Vec<(usize, usize, usize)>,
    len: usize,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            let (mut u16s, mut chars) = (0usize, 0usize);
            for (i, c) in text.char_indices() {
                u16s += c.len_utf16();
                chars += 1;
                if !c.is_ascii() {
                    marks.push((i + c.len_utf8(), u16s, chars));
                }
            }
        }
        OffsetMap { marks, len: text.len() }
    }

    /// Converts a byte offset (clamped to the text) into `unit`.
    pub fn convert(&self, byte: usize, unit: OffsetUnit) -> usize {
        let byte = byte.min(self.len);
        if unit == OffsetUnit::Bytes {
            return byte;
        }
        // Last non-ASCII char ending at or before `byte`; everything after it is ASCII.
        let k = self.marks.partition_point(|m| m.0 <= byte);
        let (b, u, c) = if k == 0 { (0, 0, 0) } else { self.marks[k - 1] };
        let ascii_after = byte - b;
        match unit {
            OffsetUnit::Utf16 => u + ascii_after,
            OffsetUnit::Chars => c + ascii_after,
            OffsetUnit::Bytes => byte,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let m = OffsetMap::new("hello");
        assert_eq!(m.convert(3, OffsetUnit::Utf16), 3);
        assert_eq!(m.convert(3, OffsetUnit::Chars), 3);
        assert_eq!(m.convert(99, OffsetUnit::Chars), 5);
    }

    #[test]
    fn emoji_accent_and_cjk() {
        let text = "a😀é中b";
        let m = OffsetMap::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(m.convert(i, OffsetUnit::Utf16), text[..i].encode_utf16().count());
            assert_eq!(m.convert(i, OffsetUnit::Chars), text[..i].chars().count());
        }
    }
}
