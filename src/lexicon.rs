//! Loading of the word lists embedded from `data/lexicons/` (one entry a line, `#` comments).

use std::collections::HashSet;
use std::hash::BuildHasher;

/// Entries of an embedded list: trimmed, non-empty lines that are not `#` comments.
pub fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of an embedded list as a set (with any hasher).
pub fn word_set<S: BuildHasher + Default>(list: &'static str) -> HashSet<&'static str, S> {
    entries(list).collect()
}

/// Declares functions `[pub] fn NAME() -> &'static TYPE = READ, "FILE";`, each returning the list
/// `data/lexicons/FILE`, embedded at build time and read by `READ` (a `fn(&'static str) -> TYPE`)
/// on first use, once.
macro_rules! embedded_list {
    ($($(#[$attr:meta])* $vis:vis fn $name:ident() -> $ty:ty = $read:expr, $file:literal;)+) => {
        $(
            $(#[$attr])*
            $vis fn $name() -> &'static $ty {
                static LIST: std::sync::OnceLock<$ty> = std::sync::OnceLock::new();
                LIST.get_or_init(|| $read(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicons/", $file))))
            }
        )+
    };
}
pub(crate) use embedded_list;
