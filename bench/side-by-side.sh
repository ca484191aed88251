#!/usr/bin/env bash
# Waymark and CLAVIN side by side: the same JSONL, whole processes from a cold JVM, in turn, several rounds.
#
#   bench/side-by-side.sh [--rounds N] [--corpora "tr-news geovirus long"] [--ways "launcher jar"]
#
# For each round and corpus it runs CLAVIN 3.0.0 (../shared/peers/clavin/run.sh, built and indexed from
# ../shared/data on first use, 2 threads), Waymark through ./waymark ("launcher") and Waymark through a bare
# `java -jar target/waymark.jar` ("jar"), one after another, the order turning each round, and records wall and
# CPU seconds and peak RSS as /usr/bin/time measures them, with the load average before each run (the machine may
# be shared: wall figures suffer first). The table gives medians and Waymark's ratios to CLAVIN: documents per second (wall), CPU seconds and
# peak RSS. Corpora: TR-News and GeoVirus as bench/run.sh makes them, and "long": the two written 5 times over.
#
# Needs: ../shared (or WAYMARK_SHARED), java 17, mvn, python3, /usr/bin/time.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${WAYMARK_SHARED:-$root/../shared}
rounds=3
corpora="tr-news geovirus long"
ways="launcher jar"
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --corpora) corpora=$2; shift 2 ;;
    --ways) ways=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "side-by-side: unknown option $1" >&2; exit 2 ;;
  esac
done
for need in "$shared/peers/clavin/run.sh" "$shared/corpora/dev/TR-News.xml" "$shared/corpora/dev/GeoVirus.xml"; do
  [ -e "$need" ] || { echo "side-by-side: $need is missing (set WAYMARK_SHARED)" >&2; exit 2; }
done
work=${BENCH_WORK:-$root/target/bench}
mkdir -p "$work"
[ -f "$root/target/waymark.jar" ] || (cd "$root" && mvn -q -o package -DskipTests)

corpus_file() {
  case "$1" in
    tr-news) convert TR-News ;;
    geovirus) convert GeoVirus ;;
    long)
      local f=$work/long-x5.jsonl
      if [ ! -f "$f" ]; then
        python3 - "$(convert TR-News)" "$(convert GeoVirus)" "$f" <<'EOF'
import json, sys
*inputs, out = sys.argv[1:]
with open(out, "w", encoding="utf-8") as o:
    for k in range(5):
        for path in inputs:
            for line in open(path, encoding="utf-8"):
                doc = json.loads(line)
                doc["id"] = f"{doc['id']}-{k}"
                o.write(json.dumps(doc, ensure_ascii=False) + "\n")
EOF
      fi
      echo "$f" ;;
    *) echo "side-by-side: unknown corpus $1" >&2; exit 2 ;;
  esac
}

convert() {
  local f=$work/$1-x1.jsonl
  [ -f "$f" ] || python3 "$here/corpus_to_jsonl.py" "$shared/corpora/dev/$1.xml" "$f" 1 >&2
  echo "$f"
}

# CLAVIN builds its jar and index on first use; that is set-up, not a run
echo "side-by-side: preparing CLAVIN (first use builds it: about 2 minutes)" >&2
"$shared/peers/clavin/run.sh" "$(corpus_file tr-news)" "$work/clavin-warm.txt" > /dev/null 2>&1

results=$work/side-by-side-$(date +%Y%m%d-%H%M%S).tsv
printf 'round\tcorpus\tsystem\tdocs\twall_s\tcpu_s\tpeak_rss_mb\tload_avg\n' > "$results"

measure() {  # system corpus round input command...
  local system=$1 corpus=$2 round=$3 input=$4
  shift 4
  local load log=$work/side-by-side.log
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$log" 2>&1 \
    || { echo "side-by-side: $system failed on $corpus:" >&2; tail -20 "$log" >&2; exit 1; }
  read -r wall user sys rss < "$work/time.txt"
  local docs
  docs=$(wc -l < "$input")
  printf '%s\t%s\t%s\t%s\t%s\t%.2f\t%d\t%s\n' "$round" "$corpus" "$system" "$docs" "$wall" \
    "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$load" | tee -a "$results" >&2
}

run_system() {  # system corpus round input
  case $1 in
    clavin) measure clavin "$2" "$3" "$4" "$shared/peers/clavin/run.sh" "$4" "$work/clavin-out.txt" ;;
    launcher) measure waymark-launcher "$2" "$3" "$4" \
                "$root/waymark" map "$4" -o "$work/side.gpkg" --overwrite --quiet ;;
    jar) measure waymark-jar "$2" "$3" "$4" \
           java -jar "$root/target/waymark.jar" map "$4" -o "$work/side.gpkg" --overwrite --quiet ;;
    *) echo "side-by-side: unknown way $1" >&2; exit 2 ;;
  esac
}

# the order turns each round (CLAVIN first, then second, ...): a run right after another one's exit pays for the
# memory that one freed, and no system should always be the one that pays
read -r -a systems <<< "clavin $ways"
for round in $(seq 1 "$rounds"); do
  for corpus in $corpora; do
    input=$(corpus_file "$corpus")
    for k in $(seq 0 $((${#systems[@]} - 1))); do
      run_system "${systems[$(( (k + round - 1) % ${#systems[@]} ))]}" "$corpus" "$round" "$input"
    done
  done
done

python3 - "$results" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
def med(corpus, system, col):
    vals = [float(r[col]) for r in rows if r["corpus"] == corpus and r["system"] == system]
    return statistics.median(vals) if vals else None
print("\n| corpus | system | docs | wall s | docs/s | CPU s | peak RSS MB | load | docs/s ÷ CLAVIN | CPU ÷ CLAVIN | RSS ÷ CLAVIN |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for corpus in dict.fromkeys(r["corpus"] for r in rows):
    docs = next(int(r["docs"]) for r in rows if r["corpus"] == corpus)
    base = {c: med(corpus, "clavin", c) for c in ("wall_s", "cpu_s", "peak_rss_mb")}
    for system in dict.fromkeys(r["system"] for r in rows if r["corpus"] == corpus):
        m = {c: med(corpus, system, c) for c in ("wall_s", "cpu_s", "peak_rss_mb", "load_avg")}
        ratio = lambda a, b: f"{a / b:.2f}" if a and b else "-"
        print(f"| {corpus} | {system} | {docs} | {m['wall_s']:.2f} | {docs / m['wall_s']:.1f} | {m['cpu_s']:.1f} | "
              f"{m['peak_rss_mb']:.0f} | {m['load_avg']:.1f} | {ratio(base['wall_s'], m['wall_s'])} | "
              f"{ratio(m['cpu_s'], base['cpu_s'])} | {ratio(m['peak_rss_mb'], base['peak_rss_mb'])} |")
rounds = len({r["round"] for r in rows})
print(f"\nmedians of {rounds} round(s); every run: {sys.argv[1]}")
EOF
