#!/usr/bin/env bash
# Prints results.json (from scripts/bench.sh) as a Markdown table with each
# target next to its result.
set -euo pipefail
results=${1:-target/bench/results.json}
jq -r '
  def row($name; $key; $target; $ok):
    "| \($name) | `\($key)` | \(.[$key]) | \($target) | \(if $target == "—" then "" elif $ok then "met" else "**missed**" end) |";
  "| measurement | key | result | target | |",
  "|---|---|---:|---|---|",
  row("frame, 10 requests (ms CPU)"; "frame_ms_10"; "—"; true),
  row("frame, 1,000 requests (ms CPU)"; "frame_ms_1k"; "—"; true),
  row("frame, 100,000 requests (ms CPU)"; "frame_ms_100k"; "≤ 1.1 × frame_ms_1k and ≤ 1";
      .frame_ms_100k <= 1.1 * .frame_ms_1k and .frame_ms_100k <= 1),
  row("search keystroke, 100,000 (ms)"; "search_ms_100k"; "≤ 5"; .search_ms_100k <= 5),
  row("card insert, our monitor (ms)"; "insert_ms"; "—"; true),
  row("card insert, pcsc_scan (ms)"; "insert_ms_pcsc_scan"; "—"; true),
  row("insert ours / pcsc_scan"; "insert_ratio"; "≤ 1.0"; .insert_ratio <= 1.0),
  row("bind + PIN, our client (ms)"; "bind_pin_ms"; "—"; true),
  row("bind + PIN, curl (ms)"; "bind_pin_ms_curl"; "—"; true),
  row("bind + PIN ours / curl"; "bind_pin_ratio"; "≤ 1.2"; .bind_pin_ratio <= 1.2),
  row("list 10,000, our client (ms)"; "list_10k_ms"; "—"; true),
  row("list 10,000, curl (ms)"; "list_10k_ms_curl"; "—"; true),
  row("list ours / curl"; "list_10k_ratio"; "≤ 1.2"; .list_10k_ratio <= 1.2),
  row("list: client CPU time over server CPU time, same work"; "list_10k_client_cpu_pace"; "—"; true),
  row("list 10,000, CPUs shared with the server, ours (ms)"; "list_10k_ms_cpus_shared"; "—"; true),
  row("list 10,000, CPUs shared with the server, curl (ms)"; "list_10k_ms_curl_cpus_shared"; "—"; true),
  row("list ours / curl, CPUs shared with the server"; "list_10k_ratio_cpus_shared"; "—"; true),
  row("whole enrollment, one card (ms)"; "enroll_ms"; "—"; true),
  row("… of it waiting on the card (ms)"; "enroll_card_ms"; "—"; true),
  row("… of it waiting on the server (ms)"; "enroll_server_ms"; "—"; true),
  row("the desk’s own share of an enrollment (%)"; "enroll_overhead_pct"; "≤ 5"; .enroll_overhead_pct <= 5),
  row("one card, 2 s per key (ms)"; "day_1_card_ms"; "—"; true),
  row("four cards started one after the other (ms)"; "day_4_cards_ms"; "—"; true),
  row("four cards / one card"; "day_4_cards_ratio"; "≤ 1.3"; .day_4_cards_ratio <= 1.3),
  row("start to first frame (ms)"; "startup_ms"; "≤ 300"; .startup_ms <= 300),
  row("idle CPU over 10 s (%)"; "idle_cpu_percent"; "< 0.5"; .idle_cpu_percent < 0.5),
  row("RSS with 10,000 requests (MB)"; "rss_mb_10k"; "—"; true),
  row("the desk without the GL driver, 10,000 requests (MB)"; "app_mb_10k"; "≤ 60"; .app_mb_10k <= 60),
  row("RSS growth from 10 to 10,000 requests (MB)"; "rss_growth_mb_10k"; "≤ 15"; .rss_growth_mb_10k <= 15)
' "$results"
