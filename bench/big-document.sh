#!/usr/bin/env bash
# One big document in the launcher's default heap: writes a text of SIZE chars (LongText, seed 12, places in one
# paragraph of EVERY) beside a short article, maps both with ./waymark under /usr/bin/time -v, and prints the
# summary line, wall-clock time and peak RSS. Needs target/waymark.jar and target/test-classes (mvn test-compile).
#   bench/big-document.sh                     # 50,000,000 chars, places in every 5th paragraph
#   bench/big-document.sh 5000000 1 oneline   # 5 MB of place-dense text on one line, without full stops
#   bench/big-document.sh 50000000 5 text /tmp/old-tree   # another build tree (git archive of an older commit)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
size=${1:-50000000}
every=${2:-5}
shape=${3:-text}
tree=${4:-$here}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
java -cp "$here/target/test-classes" org.waymark.LongText "$work/big.txt" "$size" "$every"
if [ "$shape" = oneline ]; then
  tr '\n' ' ' < "$work/big.txt" | sed 's/\. / /g' > "$work/in/big.txt"
else
  mv "$work/big.txt" "$work/in/big.txt"
fi
printf 'Buses took 40 families from Herat to Mashhad in Iran on Sunday.\n' > "$work/in/small.txt"
echo "input: $(wc -c < "$work/in/big.txt") bytes ($shape, places in 1 paragraph of $every) + a short article"
WAYMARK_CDS=0 /usr/bin/time -v "$tree/waymark" map "$work/in" -o "$work/out.gpkg" > "$work/log" 2>&1 || true
grep -E "^wrote|^waymark|Exception|Error|Elapsed|Maximum resident|Exit status" "$work/log" | head -20
