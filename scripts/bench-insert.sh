#!/bin/sh
# Insert latency of our reader monitor against pcsc_scan, on a real pcscd with
# the vpcd driver. Starts and stops its own pcscd: none may be running.
set -eu
cd "$(dirname "$0")/.."
exec cargo bench --bench insert_latency "$@"
