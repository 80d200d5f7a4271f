#!/usr/bin/env bash
# Fuzzes the parsers that read what servers and cards send: each target runs
# for FUZZ_SECONDS (default 30) from the committed seeds plus the corpus
# kept between runs. Any crash fails the script and keeps the input under
# fuzz/artifacts/<target>/ (reproduce: fuzz/target/<host triple>/release/<target> FILE).
#
# The targets are built with the coverage instrumentation libFuzzer needs,
# passed straight to rustc — what `cargo fuzz run -s none` passes, without
# the address sanitizer (safe Rust; several times faster) and so without
# nightly flags or installing cargo-fuzz.
#
# `fuzz.sh build` only builds, `fuzz.sh run` only runs what was built (so the
# test script can build while the tests run); no argument does both.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_rust
step="${1:-all}"
seconds="${FUZZ_SECONDS:-30}"
targets=(cm_answers bind_uri chuid_tlv enrollment_answers)

instrument=(
    --cfg fuzzing
    -Cpasses=sancov-module
    -Cllvm-args=-sanitizer-coverage-level=4
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters
    -Cllvm-args=-sanitizer-coverage-pc-table
    -Cllvm-args=-sanitizer-coverage-trace-compares
    -Cdebug-assertions
    -Coverflow-checks
)
# The fuzz crate is its own workspace with its own lock file and target dir.
# Naming the target keeps the flags off build scripts and proc macros, which
# run on the host without libFuzzer.
host=$(rustc -vV | sed -n 's/^host: //p')
binaries="fuzz/target/$host/release"
build=(cargo build --quiet --release --manifest-path fuzz/Cargo.toml --bins --target "$host")
export CARGO_TARGET_DIR=fuzz/target
# Not linted: the fuzz workspace is not the desk's (and CI's lint settings
# would otherwise reach its targets).
unset RUSTC_WORKSPACE_WRAPPER CLIPPY_ARGS
case "$step" in
    # exec: whoever started the build can stop it by this process's PID.
    build) RUSTFLAGS="${instrument[*]}" exec "${build[@]}" ;;
    run) ;;
    *) RUSTFLAGS="${instrument[*]}" "${build[@]}" ;;
esac

mkdir -p target
for target in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
    log="target/fuzz-$target.log"
    if ! "$binaries/$target" -artifact_prefix="fuzz/artifacts/$target/" \
        -max_total_time="$seconds" "fuzz/corpus/$target" "fuzz/seeds/$target" >"$log" 2>&1; then
        cat "$log"
        echo "fuzz: $target found a crash (input saved under fuzz/artifacts/$target/)" >&2
        exit 1
    fi
    echo "fuzz: $target: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -n 1)"
done
echo "fuzz: ${#targets[@]} targets, ${seconds} s each, no crash"
