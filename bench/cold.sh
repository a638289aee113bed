#!/usr/bin/env bash
# Cold-start benchmark: each target command run as a new process (a new JVM every time, files in
# the operating system's cache) RUNS times through ./gongkai, reporting the minimum, median and
# maximum wall time and the peak memory (largest resident set) against the targets of a fast
# start. A measurement to read, not a test: on a busy machine the figures are slower.
# Usage: bench/cold.sh [RUNS] [--warm]   (default 5 runs; --warm then also runs `./gongkai bench`)
#        ./gongkai bench --cold [RUNS]   (the same, with the warm figures after the cold ones)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
warm=0
for a in "$@"; do
  case "$a" in
    --warm) warm=1 ;;
    *[!0-9]*|'') echo "usage: bench/cold.sh [RUNS] [--warm]" >&2; exit 2 ;;
    *) runs="$a" ;;
  esac
done
[ "$runs" -ge 1 ] || { echo "RUNS must be at least 1" >&2; exit 2; }
command -v /usr/bin/time >/dev/null 2>&1 || { echo "bench/cold.sh needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
cd "$root"
reference="samples/shanxi-zonggai-jianguanbu-2026.txt"
pdf="${GONGKAI_SAMPLE_PDF:-../shared/samples/shanghai-putuo/2025-dept-caizhengju.pdf}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./gongkai --version >/dev/null   # builds first when needed, so that no run below includes a build

# measure NAME TARGET_SECONDS TARGET_MIB COMMAND...: prints one row, leaves the median wall in $median
measure() {
  local name="$1" target="$2" mib="$3"
  shift 3
  : > "$work/t"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -a -o "$work/t" "$@" >/dev/null 2>"$work/err" || true
  done
  # time(1) writes "Command exited with non-zero status N" before the figures of a run that exits 1 (findings)
  grep -E '^[0-9.]+ [0-9]+$' "$work/t" > "$work/f" || true
  read -r wmin wmed wmax <<<"$(awk '{print $1}' "$work/f" | sort -n | awk '{v[NR]=$1} END{print v[1], v[int((NR+1)/2)], v[NR]}')"
  peak="$(awk '{if ($2 > m) m = $2} END{printf "%.0f", m / 1024}' "$work/f")"
  local verdict="≤ ${target} s"
  if awk "BEGIN{exit !($wmed <= $target)}"; then verdict="$verdict: met"; else verdict="$verdict: NOT met"; fi
  if [ -n "$mib" ]; then
    if [ "$peak" -le "$mib" ]; then verdict="$verdict; ≤ $mib MiB: met"; else verdict="$verdict; ≤ $mib MiB: NOT met"; fi
  fi
  printf "%-34s %6.2f %6.2f %6.2f s   %5s MiB   %s\n" "$name" "$wmin" "$wmed" "$wmax" "$peak" "$verdict"
  median="$wmed"
}

echo "gongkai cold start: $runs runs each, a new JVM per run; $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
printf "%-34s %6s %6s %6s     %5s       %s\n" "command" "min" "median" "max" "peak" "target (median)"
measure "--help" 0.3 "" ./gongkai --help
measure "check reference (text)" 0.6 "" ./gongkai check "$reference"
check="$median"
if [ -f "$pdf" ]; then
  measure "check $(basename "$pdf")" 0.5 "" ./gongkai check "$pdf"
else
  echo "check PDF: skipped, no $pdf (set GONGKAI_SAMPLE_PDF)"
fi
measure "render reference --format pdf" 2 250 ./gongkai render "$reference" --format pdf --out "$work/out"
awk "BEGIN{r = $median / $check; printf \"render / check of the reference: %.1f × (target ≤ 3 ×: %s)\n\", r, r <= 3 ? \"met\" : \"NOT met\"}"
echo "load after:  $(uptime | sed 's/.*load average/load average/')"
if [ "$warm" = 1 ]; then
  echo
  echo "warm (one process, after warm-up):"
  ./gongkai bench
fi
