//! Analyses arbitrary bytes as text and checks every invariant of the result.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Valid UTF-8 is analysed as is; anything else lossily, so that every mutation is a text.
    let text = String::from_utf8_lossy(data);
    let analysis = presslens::analyze(&text);
    if let Err(broken) = presslens::check_invariants(&text, &analysis) {
        panic!("invariant broken: {broken}\ninput: {text:?}");
    }
});
