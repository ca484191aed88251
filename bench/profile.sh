#!/usr/bin/env bash
# Where the time of `waymark map` goes: records a JFR profile of one run and sums its samples by pipeline stage.
#
#   bench/profile.sh [CORPUS.jsonl]      (default: TR-News written 5 times over, made by bench/run.sh's converter)
#
# The recording stays in target/bench/profile.jfr for `jfr print` or JDK Mission Control.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$root/target/bench
mkdir -p "$work"
case "${1:-}" in
  -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
  -*) echo "profile.sh: unknown option $1 (bench/profile.sh --help)" >&2; exit 2 ;;
esac
default=$work/TR-News-x5.jsonl
input=${1:-$default}
if [ "$input" != "$default" ] && [ ! -f "$input" ]; then
  echo "profile.sh: no such file: $input" >&2; exit 2
fi
if [ ! -f "$input" ]; then
  python3 "$here/corpus_to_jsonl.py" "${WAYMARK_SHARED:-$root/../shared}/corpora/dev/TR-News.xml" "$input" 5
fi
[ -f "$root/target/waymark.jar" ] || (cd "$root" && mvn -q -o package -DskipTests)
# the launcher's own JVM options (heap, collector, JIT as it picks them for the input's size), plus the recording
WAYMARK_JAVA_EXTRA="-XX:StartFlightRecording=filename=$work/profile.jfr,settings=profile" \
  /usr/bin/time -f "wall %e s, CPU %U s user + %S s system, peak RSS %M KB" \
  "$root/waymark" map "$input" -o "$work/profile.gpkg" --overwrite --quiet 2>&1 | grep -v '^\[' || true
python3 "$here/jfr_stages.py" "$work/profile.jfr"
