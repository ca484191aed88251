#!/usr/bin/env bash
# Waymark end-to-end benchmark: `waymark map` on the dev corpora, timed from process start to a complete GeoPackage.
#
#   bench/run.sh [--runs N] [--repeat N] [--plain] [--corpora "one tr-news geovirus tr-news-xN"] [--waymark DIR]
#                [--gazetteer INDEX]
#
# For each corpus and run it reports: characters/s and documents/s end to end (wall clock, JVM start included),
# steady-state characters/s (after the first document), cold start (process start to the first document written),
# peak RSS and CPU seconds, and the load average of the machine before the run (the machine is shared: a busy
# machine makes wall-clock figures slower, not CPU seconds). The last table gives the median of the runs.
#
#   --runs N      runs per corpus (default 3)
#   --repeat N    tr-news-xN: TR-News written N times over with unique ids, long enough for the start-up to fade
#                 (default 10)
#   --plain       run a bare `java -jar target/waymark.jar` (Waymark picks its JVM options) instead of ./waymark
#   --corpora     which corpora, in order (default: one tr-news geovirus tr-news-xN); "one" is a single short
#                 article, which measures start-up alone
#   --gazetteer INDEX  map with this index (waymark gazetteer build) instead of the embedded gazetteer; the table
#                 then also gives the time the index took to open (gazetteer_ms)
#   --waymark DIR another Waymark build tree to measure (its ./waymark and target/waymark.jar), e.g. an older
#                 commit unpacked with `git archive`; its map command must print the WAYMARK_TIMING lines
#
# Needs: java 17, mvn (to build target/waymark.jar when it is missing), python3 (standard library), /usr/bin/time.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${WAYMARK_SHARED:-$root/../shared}
runs=3
repeat=10
plain=false
corpora=""
tree=$root
gazetteer=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --plain) plain=true; shift ;;
    --corpora) corpora=$2; shift 2 ;;
    --waymark) tree=$(cd "$2" && pwd); shift 2 ;;
    --gazetteer) gazetteer=(--gazetteer "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"); shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done
corpora=${corpora:-"one tr-news geovirus tr-news-x$repeat"}

work=${BENCH_WORK:-$root/target/bench}
mkdir -p "$work"

jar=$tree/target/waymark.jar
if [ ! -f "$jar" ]; then
  echo "bench: building $jar" >&2
  (cd "$tree" && mvn -q -o package -DskipTests)
fi

corpus_file() {
  case "$1" in
    one)
      local f=$work/one.jsonl
      [ -f "$f" ] || printf '%s\n' '{"id":"one","title":"","text":"Hundreds of refugees fled from Aleppo to Turkey on Monday, officials in Ankara said."}' > "$f"
      echo "$f" ;;
    tr-news) convert TR-News 1 ;;
    geovirus) convert GeoVirus 1 ;;
    tr-news-x*) convert TR-News "${1#tr-news-x}" ;;
    *) echo "bench: unknown corpus $1" >&2; exit 2 ;;
  esac
}

convert() {
  local name=$1 times=$2 f=$work/$1-x$2.jsonl
  [ -f "$f" ] || python3 "$here/corpus_to_jsonl.py" "$shared/corpora/dev/$name.xml" "$f" "$times" >&2
  echo "$f"
}

results=$work/results-$(date +%Y%m%d-%H%M%S).tsv
printf 'corpus\trun\tdocs\tchars\twall_s\tchars_per_s\tdocs_per_s\tsteady_chars_per_s\tcold_start_s\tpeak_rss_mb\tcpu_s\tload_avg\tgazetteer_ms\n' > "$results"

for corpus in $corpora; do
  input=$(corpus_file "$corpus")
  for run in $(seq 1 "$runs"); do
    out=$work/out.gpkg
    log=$work/run.log
    load=$(cut -d' ' -f1 /proc/loadavg)
    start_ms=$(date +%s%3N)
    if $plain; then
      WAYMARK_TIMING=1 /usr/bin/time -v java -jar "$jar" map "$input" -o "$out" --overwrite --quiet ${gazetteer[@]+"${gazetteer[@]}"} 2> "$log"
    else
      WAYMARK_TIMING=1 /usr/bin/time -v "$tree/waymark" map "$input" -o "$out" --overwrite --quiet ${gazetteer[@]+"${gazetteer[@]}"} 2> "$log"
    fi
    end_ms=$(date +%s%3N)
    python3 - "$log" "$corpus" "$run" "$start_ms" "$end_ms" "$load" >> "$results" <<'EOF'
import re, sys
log, corpus, run, start, end, load = sys.argv[1:]
text = open(log).read()
def field(pattern):
    m = re.search(pattern, text)
    if not m:
        sys.exit(f"bench: no '{pattern}' in {log}:\n{text[-2000:]}")
    return m.group(1)
first = int(field(r"waymark-timing first-document epoch-ms=(\d+)"))
first_chars = int(field(r"waymark-timing first-document .*chars=(\d+)"))
done = int(field(r"waymark-timing end epoch-ms=(\d+)"))
docs = int(field(r"waymark-timing end .*documents=(\d+)"))
chars = int(field(r"waymark-timing end .*chars=(\d+)"))
rss_kb = int(field(r"Maximum resident set size \(kbytes\): (\d+)"))
cpu = float(field(r"User time \(seconds\): ([\d.]+)")) + float(field(r"System time \(seconds\): ([\d.]+)"))
wall = (int(end) - int(start)) / 1000
m = re.search(r"waymark-timing gazetteer-opened ms=(\d+)", text)
opened = m.group(1) if m else "nan"
steady = (chars - first_chars) / max(0.001, (done - first) / 1000) if docs > 1 else float("nan")
print(f"{corpus}\t{run}\t{docs}\t{chars}\t{wall:.2f}\t{chars / wall:.0f}\t{docs / wall:.1f}\t{steady:.0f}\t"
      f"{(first - int(start)) / 1000:.2f}\t{rss_kb / 1024:.0f}\t{cpu:.1f}\t{load}\t{opened}")
EOF
    tail -n 1 "$results" >&2
  done
done

echo "bench: $jar ($($plain && echo 'java -jar' || echo "$tree/waymark")), $(nproc) cores" >&2
python3 - "$results" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
cols = ["chars_per_s", "docs_per_s", "steady_chars_per_s", "cold_start_s", "peak_rss_mb", "cpu_s", "load_avg",
        "gazetteer_ms"]
print("\n| corpus | docs | chars | chars/s | docs/s | steady chars/s | cold start s | peak RSS MB | CPU s | load avg "
      "| gazetteer ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for corpus in dict.fromkeys(r["corpus"] for r in rows):
    rs = [r for r in rows if r["corpus"] == corpus]
    med = {c: statistics.median(float(r[c]) for r in rs) for c in cols}
    print(f"| {corpus} | {rs[0]['docs']} | {rs[0]['chars']} | {med['chars_per_s']:.0f} | {med['docs_per_s']:.1f} | "
          f"{med['steady_chars_per_s']:.0f} | {med['cold_start_s']:.2f} | {med['peak_rss_mb']:.0f} | "
          f"{med['cpu_s']:.1f} | {med['load_avg']:.1f} | {med['gazetteer_ms']:.0f} |")
print(f"\nmedians of {len(rows) // max(1, len(set(r['corpus'] for r in rows)))} run(s); every run: {sys.argv[1]}")
EOF
