#!/usr/bin/env bash
# Batch benchmark: 400 documents checked in one run of `gongkai check DIR`, with --jobs 1 and
# --jobs 2 (and all cores when there are more). The documents are generated in a temporary
# folder: the reference text, the sample PDFs, and altered copies of them — texts with figures
# altered and lines dropped or duplicated, PDFs copied as they are (their bytes are not altered,
# so they are read in full). A measurement to read, not a test.
# Usage: bench/batch.sh [COUNT]   (default 400; the machine's load is printed beside the figures)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-400}"
samples="${GONGKAI_SAMPLES:-$root/../shared/samples/shanghai-putuo}"
work="$(mktemp -d)"
[ -n "${GONGKAI_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
jar="$root/gongkai-app/target/gongkai.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -o -DskipTests package -pl gongkai-app -am) >&2

python3 - "$root/samples/shanxi-zonggai-jianguanbu-2026.txt" "$samples" "$work/docs" "$count" <<'PY'
import os, random, shutil, sys
reference, samples, out, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
os.makedirs(out)
rng = random.Random(14)
text = open(reference, encoding="utf-8").read().split("\n")
pdfs = sorted(os.path.join(samples, f) for f in os.listdir(samples) if f.endswith(".pdf"))
shutil.copy(reference, os.path.join(out, "reference.txt"))
for p in pdfs:
    shutil.copy(p, os.path.join(out, os.path.basename(p)))
n = 1 + len(pdfs)
i = 0
while n < count:
    i += 1
    if i % 2 == 0 and pdfs:                      # half: the PDFs again
        p = pdfs[i // 2 % len(pdfs)]
        shutil.copy(p, os.path.join(out, "copy-%03d-%s" % (i, os.path.basename(p))))
    else:                                         # half: the reference altered
        lines = list(text)
        for _ in range(rng.randint(1, 6)):        # a digit altered
            k = rng.randrange(len(lines))
            digits = [j for j, c in enumerate(lines[k]) if c.isdigit()]
            if digits:
                j = rng.choice(digits)
                lines[k] = lines[k][:j] + str(rng.randint(0, 9)) + lines[k][j + 1:]
        for _ in range(rng.randint(0, 3)):        # a line dropped
            del lines[rng.randrange(len(lines))]
        if rng.random() < 0.3:                    # a line duplicated
            k = rng.randrange(len(lines))
            lines.insert(k, lines[k])
        open(os.path.join(out, "altered-%03d.txt" % i), "w", encoding="utf-8").write("\n".join(lines))
    n += 1
PY

cores="$(nproc)"
echo "gongkai batch bench: $(ls "$work/docs" | wc -l) documents ($(ls "$work/docs" | grep -c '\.pdf$') PDF), $cores cores, $(java -version 2>&1 | head -1)"
for jobs in 1 2 $([ "$cores" -gt 2 ] && echo "$cores"); do
  echo "load before: $(uptime | sed 's/.*load average/load average/')"
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f "%U %S %M" -o "$work/time-$jobs" java -Dfile.encoding=UTF-8 -jar "$jar" check "$work/docs" --jobs "$jobs" --quiet --format csv --out "$work/summary-$jobs.csv" > "$work/text-$jobs.txt" 2>&1
  code=$?
  set -e
  end=$(date +%s.%N)
  printf -- "--jobs %-3s %6.1f s wall  %s s user+sys  %s MiB peak  exit %s  %s\n" "$jobs" "$(echo "$end - $start" | bc)" "$(tail -1 "$work/time-$jobs" | awk "{print \$1+\$2}")" "$(tail -1 "$work/time-$jobs" | awk "{print int(\$3/1024)}")" "$code" "$(grep '^共' "$work/text-$jobs.txt")"
  [ "$jobs" = 1 ] && { grep ",unreadable," "$work/summary-$jobs.csv" | cut -d, -f1,7 | sed "s|^$work/docs/|   unreadable: |" || true; }
done
echo "load after:  $(uptime | sed 's/.*load average/load average/')"
