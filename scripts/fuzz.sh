#!/bin/sh
# Fuzzes `analyze` + every invariant (fuzz/fuzz_targets/analyze.rs) for SECONDS (default 60):
#   scripts/fuzz.sh 1800
# Runs on stable Rust: RUSTC_BOOTSTRAP=1 lets cargo-fuzz use the nightly-only flags it needs.
# The committed seeds in fuzz/corpus/analyze are only read; what the fuzzer finds goes to the
# git-ignored fuzz/target/corpus. A crash is saved under fuzz/artifacts/analyze/ and the script
# exits non-zero: turn the input into a regression test in tests/errors.rs.
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz
mkdir -p fuzz/target/corpus
# No sanitizer: the crate is safe Rust, so panics (with debug assertions: overflow too) are
# what can go wrong, and without ASan the fuzzer runs several times faster.
# -timeout: an input that takes 10 s is a hang (something worse than linear) and fails too.
# The dictionary gives the mutator the marks and words the pipeline's rules react to.
RUSTC_BOOTSTRAP=1 exec cargo fuzz run --fuzz-dir fuzz --sanitizer none --debug-assertions analyze \
    fuzz/target/corpus fuzz/corpus/analyze -- \
    -max_total_time="$seconds" -timeout=10 -max_len=8192 -dict=fuzz/analyze.dict -print_final_stats=1
