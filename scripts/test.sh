#!/usr/bin/env bash
# Runs every test: unit tests, the client against the simulator over real
# HTTP, and the reader layer against the real pcscd with virtual cards.
# The pcscd tests start and stop pcscd and their virtual cards themselves;
# the trap below stops anything a crashed test left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_packages "${BUILD_PACKAGES[@]}" "${PCSC_TEST_PACKAGES[@]}" "${GUI_PACKAGES[@]}" "${GUI_TEST_PACKAGES[@]}" "${DEBUG_TEST_PACKAGES[@]}" "${KERBEROS_TEST_PACKAGES[@]}"
ensure_rust

cleanup() {
    pkill -f "pcscd --foreground" 2>/dev/null || true
    pkill -f "vicc -t iso7816" 2>/dev/null || true
    pkill -f "enroll-desk virtual-card" 2>/dev/null || true
    pkill -f "release/enroll-desk demo" 2>/dev/null || true
    pkill -f "krb5kdc -n" 2>/dev/null || true
    pkill -f "enroll-desk -v sim" 2>/dev/null || true
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

# The window test runs the release binary under Xvfb.
cargo build --release
# The pcscd, Kerberos and Xvfb tests are marked ignored so a plain `cargo test` runs
# without them; here they run too. Snapshots render with Mesa's software
# Vulkan; the window test with its software GL.
mkdir -p target
unset WAYLAND_DISPLAY
cargo test -- --include-ignored 2>&1 | tee target/test-output.txt
# One closing line for the whole run: cargo prints a result per test binary.
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "tests: %d passed, %d failed\n", passed, failed }' target/test-output.txt
# The parsers of server answers and card data, fuzzed for a bounded time.
bash scripts/fuzz.sh
# Benchmarks are not run as tests, only built so they do not rot.
cargo bench --no-run
