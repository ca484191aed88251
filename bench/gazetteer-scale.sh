#!/usr/bin/env bash
# An allCountries-sized gazetteer index: builds one from a synthetic allCountries.txt (bench/SyntheticAllCountries.java:
# 12 million rows, 1.5 GB, made-up names and points, GeoNames' shares of feature classes) and the GeoNames extract the
# project carries (countries, divisions, no-country), then maps TR-News with it.
#
#   bench/gazetteer-scale.sh [--rows N] [--features CLASSES] [--runs N]
#
# It reports: the build's wall time, peak RSS and CPU (java -Xmx2g, as ./waymark gives gazetteer build), the index's
# size on disk, and bench/run.sh's table for the corpora "one" and "tr-news" mapped with the index (the gazetteer ms
# column is the time the index took to open) and, for comparison, with the embedded gazetteer.
#
#   --rows N          rows of the synthetic file (default 12000000)
#   --features C,...  feature classes the build keeps (default A,H,L,P,R,S,T,U,V: every row)
#   --runs N          runs of each map (default 1)
#
# Needs: java 17, mvn (to build target/waymark.jar when it is missing), python3, /usr/bin/time; about 5 GB of disk in
# target/bench/gazetteer-scale (the synthetic file is kept for the next run).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
rows=12000000
features=A,H,L,P,R,S,T,U,V
runs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --features) features=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done

work=$root/target/bench/gazetteer-scale
dumps=$work/geonames-$rows
mkdir -p "$dumps"
jar=$root/target/waymark.jar
[ -f "$jar" ] || (cd "$root" && mvn -q -o package -DskipTests)

for f in countryInfo.txt admin1CodesASCII.txt admin2Codes.txt.gz no-country.txt.gz country_points.tsv; do
  cp "$root/src/main/gazetteer/geonames/$f" "$dumps/$f"
done
if [ ! -f "$dumps/allCountries.txt" ]; then
  echo "bench: writing $rows synthetic rows to $dumps/allCountries.txt" >&2
  java "$here/SyntheticAllCountries.java" "$rows" "$dumps/allCountries.txt.part"
  mv "$dumps/allCountries.txt.part" "$dumps/allCountries.txt"
fi

index=$work/world-$rows.idx
log=$work/build.log
start_ms=$(date +%s%3N)
/usr/bin/time -v java -Xmx2g -XX:+UseParallelGC -jar "$jar" gazetteer build --geonames "$dumps" -o "$index" \
  --features "$features" 2> "$log"
end_ms=$(date +%s%3N)
python3 - "$log" "$start_ms" "$end_ms" "$index" "$dumps/allCountries.txt" <<'PY'
import os, re, sys
log, start, end, index, dump = sys.argv[1:]
text = open(log).read()
def field(p):
    m = re.search(p, text)
    return m.group(1) if m else "?"
cpu = float(field(r"User time \(seconds\): ([\d.]+)")) + float(field(r"System time \(seconds\): ([\d.]+)"))
print(f"\n| input | build wall s | build CPU s | build peak RSS MB | index MB | places, names |")
print("|---|---:|---:|---:|---:|---|")
wrote = field(r"wrote \S+: ([\d,]+ places, [\d,]+ names)")
rss_mb = int(field(r"Maximum resident set size .kbytes.: (\d+)")) / 1024
print(f"| {os.path.getsize(dump) / 1e9:.2f} GB | {(int(end) - int(start)) / 1000:.0f} | {cpu:.0f} | {rss_mb:.0f} | "
      f"{os.path.getsize(index) / 1e6:.0f} | {wrote} |")
PY

echo "bench: mapping with $index" >&2
"$here/run.sh" --runs "$runs" --corpora "one tr-news" --gazetteer "$index"
echo "bench: mapping with the embedded gazetteer" >&2
"$here/run.sh" --runs "$runs" --corpora "one tr-news"
