#!/usr/bin/env bash
# Kills archive runs at random moments and checks that nothing is lost: after each kill (SIGKILL,
# as a power cut would) the run is made again to its end, and its records and tables must agree:
# one JSON record per bulletin, as many lines in bulletins.jsonl and rows in bulletins.csv and
# bulletins.sqlite, the same files named in each, and no temporary file left. Prints one line per kill and a total.
#
#   mvn -q -DskipTests package && testdata/generator/kill-loop.sh [KILLS] [FILES]
#
# Needs python3. Works in a folder of its own under /tmp.
set -euo pipefail
cd "$(dirname "$0")/../.."
kills=${1:-50}
files=${2:-300}
cli=$PWD/target/bulletin-extractor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/archive"
samples=(testdata/bulletins/*.txt testdata/bulletins/*.md testdata/forms/*.pdf testdata/forms/*.docx)
for i in $(seq 1 "$files"); do
  s=${samples[$((i % ${#samples[@]}))]}
  cp "$s" "$work/archive/$(printf '%04d' "$i")-$(basename "$s")"
done
agree() { # the folder's records and tables agree, and nothing half-written is left
  python3 - "$1" <<'PY'
import csv, json, pathlib, sqlite3, sys
out = pathlib.Path(sys.argv[1])
records = sorted(str(p.relative_to(out))[:-5] for p in out.rglob("*.json") if not p.name.startswith("."))
lines = [json.loads(l) for l in (out / "bulletins.jsonl").read_text(encoding="utf-8").splitlines()]
rows = list(csv.DictReader((out / "bulletins.csv").read_text(encoding="utf-8-sig").splitlines()))
temporaries = [str(p) for p in out.rglob(".*.tmp")]
named = sorted(r["file"] for r in rows)
in_database = sorted(r[0] for r in sqlite3.connect(out / "bulletins.sqlite").execute("SELECT file FROM bulletins"))
problems = []
if len(lines) != len(records): problems.append(f"{len(lines)} lines in bulletins.jsonl, {len(records)} records")
if named != records: problems.append(f"bulletins.csv names {len(named)} files, the records are of {len(records)}")
if in_database != records: problems.append(f"bulletins.sqlite names {len(in_database)} files, the records are of {len(records)}")
if temporaries: problems.append(f"temporary files left: {temporaries[:3]}")
print("; ".join(problems) if problems else f"agree: {len(records)} records")
sys.exit(1 if problems else 0)
PY
}
failed=0
for k in $(seq 1 "$kills"); do
  # --force: every file is parsed again, so the kill lands while records are written, not only tables.
  "$cli" extract --quiet --force --threads 2 --out "$work/out" "$work/archive" >/dev/null 2>&1 &
  pid=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 6.0), 2))')"
  java_pid=$(pgrep -P "$pid" || echo "$pid")
  kill -9 "$java_pid" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  "$cli" extract --quiet --threads 2 --out "$work/out" "$work/archive" >/dev/null 2>&1 || true
  if result=$(agree "$work/out"); then echo "kill $k: $result"; else echo "kill $k: DISAGREE: $result"; failed=$((failed + 1)); fi
done
echo "$kills kills, $failed runs after which records and tables disagreed"
[ "$failed" -eq 0 ]
