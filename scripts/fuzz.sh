#!/usr/bin/env bash
# Fuzzes the parsers that read what servers and cards send: each target runs
# for FUZZ_SECONDS (default 30) from the committed seeds plus the corpus
# kept between runs. Any crash fails the script; cargo fuzz prints the input
# (fuzz/artifacts/<target>/) and how to reproduce it.
# Stable toolchain: RUSTC_BOOTSTRAP lets cargo fuzz pass its -Z flags; the
# sanitizer is off (-s none), which runs several times faster on safe Rust.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_rust
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "Installing cargo-fuzz (once, a few minutes)..."
    cargo install cargo-fuzz --locked
fi
seconds="${FUZZ_SECONDS:-30}"
export RUSTC_BOOTSTRAP=1
mkdir -p target
for target in cm_answers bind_uri chuid_tlv; do
    mkdir -p "fuzz/corpus/$target"
    log="target/fuzz-$target.log"
    if ! cargo fuzz run -s none "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
        -max_total_time="$seconds" >"$log" 2>&1; then
        cat "$log"
        echo "fuzz: $target found a crash (input saved under fuzz/artifacts/$target/)" >&2
        exit 1
    fi
    echo "fuzz: $target: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -n 1)"
done
echo "fuzz: 3 targets, ${seconds} s each, no crash"
