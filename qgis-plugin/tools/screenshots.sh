#!/usr/bin/env bash
# Pictures of the plugin in real QGIS for README: the dialog of waymark:mapdocuments and the main window after it
# ran on sample-data. QGIS runs under Xvfb with a fresh profile into which the built ZIP is installed.
#   mvn -q package -DskipTests && qgis-plugin/tools/screenshots.sh    (Debian: apt-get install qgis xvfb)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
# a short, fixed folder, since the dialog shows its paths
work=/tmp/waymark
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
cp -r "$repo/sample-data" "$work/articles"
mkdir -p "$work/profiles/default/python/plugins" "$work/profiles/default/QGIS"
unzip -q "$repo/target/waymark-qgis-plugin.zip" -d "$work/profiles/default/python/plugins"
printf '[PythonPlugins]\nwaymark=true\n[qgis]\nshowTips=false\ncheckVersion=false\n' \
  > "$work/profiles/default/QGIS/QGIS3.ini"
WAYMARK_SHOT_OUT="$work" \
  timeout 300 xvfb-run -a -s "-screen 0 1400x900x24" qgis --noversioncheck --nologo --profiles-path "$work" \
  --code "$repo/qgis-plugin/tools/screenshots.py"
cp "$work/dialog.png" "$repo/docs/qgis-plugin-dialog.png"
cp "$work/map.png" "$repo/docs/qgis-plugin-map.png"
echo "wrote docs/qgis-plugin-dialog.png and docs/qgis-plugin-map.png; from Run to the layers shown: $(cat "$work/seconds.txt") s"
