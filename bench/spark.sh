#!/usr/bin/env bash
# Throughput of the Spark job (spark/target/waymark-spark.jar) on a standalone cluster on this machine: one master
# and E workers of one core each on 127.0.0.1, started from the jar, and the job submitted to them with
# spark-submit's main class; for each E, the documents/s and characters/s of the parse (from the run's
# _waymark-run.json: from the first read to the last document parsed, model loading included), the wall time of
# spark-submit (start-up and writing the layers included), the CPU seconds of all executors together, and the peak
# RSS (VmHWM) of each executor JVM.
#   bench/spark.sh                 # TR-News + GeoVirus 4 times over (1,388 documents), 1 and 2 executors
#   bench/spark.sh 10 "1 2"        # 10 times over
#   EXECUTOR_MEMORY=1500m bench/spark.sh 2 1
# Needs ../shared/corpora/dev and the jar (mvn -f spark/pom.xml package -DskipTests).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${WAYMARK_SHARED:-$here/../shared}
jar=$here/spark/target/waymark-spark.jar
repeat=${1:-4}
executor_counts=${2:-1 2}
memory=${EXECUTOR_MEMORY:-2g}
[ -f "$jar" ] || { echo "bench/spark.sh: build the jar first: mvn -f spark/pom.xml package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/in" "$work/spark-home/jars"
python3 "$here/bench/corpus_to_jsonl.py" "$shared/corpora/dev/TR-News.xml" "$work/in/tr-news.jsonl" "$repeat"
python3 "$here/bench/corpus_to_jsonl.py" "$shared/corpora/dev/GeoVirus.xml" "$work/in/geovirus.jsonl" "$repeat"
ln -s "$jar" "$work/spark-home/jars/"
export SPARK_HOME=$work/spark-home SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1
cat > "$work/Opens.java" <<'JAVA'
public class Opens { public static void main(String[] a) {
  System.out.println(org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptions()); } }
JAVA
read -r -a opens <<< "$(java -cp "$jar" "$work/Opens.java")"
port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
spark() { java "${opens[@]}" "$@"; }

master=$(port); ui=$(port)
spark -Xmx512m -cp "$jar" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master" \
  --webui-port "$ui" > "$work/master.log" 2>&1 &
pids+=($!)
alive() {
  python3 - "$ui" <<'PY' 2>/dev/null || echo 0
import json, sys, urllib.request
print(json.load(urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/json/"))["aliveworkers"])
PY
}
# peak RSS (VmHWM, kB) of every executor JVM seen while spark-submit runs, one line per pid at the end
watch_executors() {
  local out=$1
  while [ ! -f "$out.stop" ]; do
    for status in /proc/[0-9]*/status; do
      pid=${status#/proc/}; pid=${pid%/status}
      if grep -qs CoarseGrainedExecutorBackend "/proc/$pid/cmdline" 2>/dev/null; then
        hwm=$(awk '/VmHWM/ {print $2}' "$status" 2>/dev/null || true)
        # user + system CPU time in clock ticks (fields 14 and 15 of stat; the name in field 2 has no spaces here)
        ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true)
        [ -n "$hwm" ] && [ -n "$ticks" ] && echo "$pid $hwm $ticks" >> "$out"
      fi
    done
    sleep 1
  done
}

echo "corpus: TR-News + GeoVirus x$repeat; executors of 1 core and $memory each; load average $(cut -d' ' -f1 /proc/loadavg)"
printf '%-9s %8s %11s %8s %8s %10s %8s %8s  %s\n' executors docs chars "parse s" "docs/s" "chars/s" "wall s" \
  "exec CPU s" "executor peak RSS (MB)"
for n in $executor_counts; do
  workers=()
  for w in $(seq 1 "$n"); do
    spark -Xmx512m -cp "$jar" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 4g \
      --webui-port "$(port)" --work-dir "$work/work-$n-$w" "spark://127.0.0.1:$master" > "$work/worker-$n-$w.log" 2>&1 &
    workers+=($!); pids+=($!)
  done
  for _ in $(seq 1 120); do [ "$(alive)" -ge "$n" ] && break; sleep 1; done
  out=$work/out-$n; rss=$work/rss-$n
  watch_executors "$rss" &
  watcher=$!
  start=$(date +%s.%N)
  spark -Xmx1g -cp "$jar" org.apache.spark.deploy.SparkSubmit --master "spark://127.0.0.1:$master" \
    --class org.waymark.spark.Main --executor-memory "$memory" --executor-cores 1 --total-executor-cores "$n" \
    --conf spark.scheduler.minRegisteredResourcesRatio=1.0 --conf spark.ui.enabled=false \
    --conf spark.driver.host=127.0.0.1 "$jar" --input "$work/in" --output "$out" --quiet > "$work/submit-$n.log" 2>&1 \
    || { cat "$work/submit-$n.log"; exit 1; }
  end=$(date +%s.%N)
  touch "$rss.stop"; wait "$watcher" || true
  peaks=$(awk '{m[$1] = $2 > m[$1] ? $2 : m[$1]} END {for (p in m) printf "%d ", m[p] / 1024}' "$rss")
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{c[$1] = $3 > c[$1] ? $3 : c[$1]} END {for (p in c) s += c[p]; printf "%.0f", s / hz}' "$rss")
  python3 - "$out/_waymark-run.json" "$n" "$start" "$end" "$peaks" "$cpu" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
wall = float(sys.argv[4]) - float(sys.argv[3])
print(f"{sys.argv[2]:<9} {r['documents']:>8,} {r['characters']:>11,} {r['parse_seconds']:>8.1f} "
      f"{r['documents_per_second']:>8.2f} {r['characters_per_second']:>10,.0f} {wall:>8.1f} {sys.argv[6]:>8} "
      f" {sys.argv[5]}  (loads: {r['pipeline_loads']}, load avg {open('/proc/loadavg').read().split()[0]})")
PY
  for w in "${workers[@]}"; do kill "$w" 2>/dev/null || true; wait "$w" 2>/dev/null || true; done
done
