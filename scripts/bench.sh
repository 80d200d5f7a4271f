#!/usr/bin/env bash
# The benchmarks, side by side with the physical limits and reference tools:
# builds in release, runs every bench target (Xvfb for the window numbers,
# its own pcscd for the insert latency), merges their parts into
# target/bench/results.json and prints the table with the targets.
# Needs no pcscd running. Benchmarks are not tests: nothing here fails on a
# timing, only on a bench that could not measure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_packages "${BUILD_PACKAGES[@]}" "${GUI_PACKAGES[@]}" "${GUI_TEST_PACKAGES[@]}" "${PCSC_TEST_PACKAGES[@]}" jq
ensure_rust
reserve_vpcd_ports

if pgrep -x pcscd >/dev/null; then
    echo "A pcscd is already running; the insert bench starts its own. Stop it first." >&2
    exit 1
fi

out=target/bench
rm -rf "$out"
mkdir -p "$out"
unset WAYLAND_DISPLAY
cargo bench --no-run

cargo bench --bench desk_frame
cargo bench --bench cm_http
cargo bench --bench insert_latency
cargo bench --bench enroll

# A display nobody uses, for the window numbers; stopped on any exit.
display=$(for n in $(seq 90 199); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { echo "$n"; break; }; done)
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.05; done
DISPLAY=":$display" cargo bench --bench desk_process

jq -s 'add' "$out"/desk_frame.json "$out"/cm_http.json "$out"/insert_latency.json \
    "$out"/enroll.json "$out"/desk_process.json >"$out/results.json"
bash scripts/bench-table.sh "$out/results.json"
