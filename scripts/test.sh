#!/usr/bin/env bash
# Runs every test: unit tests, the client against the simulator over real
# HTTP, the reader layer against the real pcscd with virtual cards, Kerberos
# against a private KDC, and the desk in a real window under Xvfb.
# The tests start and stop pcscd, virtual cards, KDCs and Xvfb themselves;
# they run in a session of their own, and the trap below stops whatever a
# crashed test left behind in that session — and nothing else on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_test_packages
ensure_rust
reserve_vpcd_ports
mkdir -p target

started=$SECONDS
phase() { echo "phase: $1 took $((SECONDS - started)) s"; started=$SECONDS; }
phase "installing what is missing"

session_file=target/test-session
# Without a runtime directory the graphics stack's probe for a Wayland display
# prints "error: XDG_RUNTIME_DIR is invalid or not set" into the test log:
# harmless, but it reads like a failure. An empty private one for the run.
runtime_dir=""
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ]; then
    runtime_dir=$(mktemp -d)
    export XDG_RUNTIME_DIR=$runtime_dir
fi
fuzz_build=""
fuzz_run=""
windows_build=""
# Everything the tests started shares the session the tests ran in.
stop_what_the_tests_left() {
    if [ -s "$session_file" ]; then
        pkill -s "$(cat "$session_file")" 2>/dev/null || true
        rm -f "$session_file"
    fi
}
# On the way out (also on failure or Ctrl+C) the fuzz build stops too; after
# the tests it must not: on a fast machine it is still running then.
cleanup() {
    [ -z "$fuzz_build" ] || kill "$fuzz_build" 2>/dev/null || true
    [ -z "$fuzz_run" ] || kill -- "-$fuzz_run" 2>/dev/null || true
    [ -z "$windows_build" ] || kill -- "-$windows_build" 2>/dev/null || true
    stop_what_the_tests_left
    [ -z "$runtime_dir" ] || rm -rf "$runtime_dir"
}
trap cleanup EXIT

if pgrep -x pcscd >/dev/null; then
    if [ "${CI:-}" = "true" ]; then
        # A CI machine's pcscd (started by the package's install) serves no one.
        echo "Stopping the running pcscd: the tests start their own."
        as_root pkill -x pcscd || true
        for _ in $(seq 50); do pgrep -x pcscd >/dev/null || break; sleep 0.1; done
    else
        echo "A pcscd is already running; the tests need to start their own. Stop it first (e.g. systemctl stop pcscd.socket pcscd)." >&2
        exit 1
    fi
fi

# The fuzz targets build in the background at the lowest priority: they take
# the CPU the test build and the tests leave idle (the tests mostly wait on
# pcscd, the KDC and the window).
nice -n 19 bash scripts/fuzz.sh build >target/fuzz-build.log 2>&1 &
fuzz_build=$!
# So does the Windows build (scripts/windows.sh); under .ci/run clippy lints
# its library and binary for Windows as they compile.
# In a process group of its own, so that stopping it stops its cargo too.
# Without the release profile's whole-program optimisation, which changes
# the executable's size, not what it does, and would add minutes here.
CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    setsid nice -n 19 bash -c 'bash scripts/windows.sh build >target/windows-exe.txt' \
    >target/windows-build.log 2>&1 &
windows_build=$!

# One build of the dependency tree for everything: the tests, the binary they
# run (CARGO_BIN_EXE_enroll-desk, also the one the window test puts under
# Xvfb) and the benches (built so they do not rot, never run here).
cargo test --all-targets --no-run
phase "building tests, binary and benches"

# The pcscd, Kerberos and Xvfb tests are marked ignored so a plain `cargo test`
# runs without them; here they run too. Snapshots render with Mesa's software
# Vulkan; the window test with its software GL. Every test binary runs even
# after one has failed, so a red run names all its failures at once.
unset WAYLAND_DISPLAY
setsid --wait bash -c 'echo $$ > "$0"; exec cargo test --no-fail-fast -- --include-ignored --skip under_wine --skip windows_build' "$session_file" 2>&1 |
    tee target/test-output.txt
stop_what_the_tests_left
phase "running the tests"

# The parsers of server answers and card data, fuzzed for a bounded time
# while the Windows build finishes (in a process group of its own, so that
# stopping it stops the fuzzer too).
fuzz_status=0
wait "$fuzz_build" || fuzz_status=$?
fuzz_build=""
if [ "$fuzz_status" -ne 0 ]; then
    cat target/fuzz-build.log
    echo "fuzz: the fuzz targets did not build (exit status $fuzz_status)" >&2
    exit 1
fi
phase "waiting for the fuzz build"
setsid bash scripts/fuzz.sh run >target/fuzz-run.log 2>&1 &
fuzz_run=$!

# The Windows build under Wine (tests/wine.rs) and its installer
# (tests/msi.rs), once it is built.
windows_status=0
wait "$windows_build" || windows_status=$?
windows_build=""
phase "waiting for the Windows build"
if [ "$windows_status" -eq 2 ]; then
    cat target/windows-build.log
elif [ "$windows_status" -ne 0 ]; then
    cat target/windows-build.log
    echo "windows: the Windows build or its lint failed (exit status $windows_status)" >&2
    exit 1
else
    ENROLL_DESK_WINDOWS_EXE=$(tail -n 1 target/windows-exe.txt) \
        setsid --wait bash -c 'echo $$ > "$0"; exec cargo test --test wine --test msi -- --include-ignored' "$session_file" 2>&1 |
        tee -a target/test-output.txt
    stop_what_the_tests_left
    phase "running the Windows build under Wine"
fi
# One closing line for the whole run: cargo prints a result per test binary
# (the last one before the next binary starts: tests that run themselves as
# a child process print the child's too).
awk 'function add() { if (last != "") { split(last, f, " "); passed += f[4]; failed += f[6] } last = "" }
     /^ *(Running|Doc-tests) / { add() }
     /^test result:/ { last = $0 }
     END { add(); printf "tests: %d passed, %d failed\n", passed, failed }' target/test-output.txt

fuzz_status=0
wait "$fuzz_run" || fuzz_status=$?
fuzz_run=""
cat target/fuzz-run.log
phase "waiting for the rest of the fuzzing"
exit "$fuzz_status"
