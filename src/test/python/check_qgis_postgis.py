"""Checks Waymark's PostGIS layers in real QGIS and QGIS Server.

usage: /usr/bin/python3 check_qgis_postgis.py CONNINFO SCHEMA STYLES OUTDIR

1. Every Waymark layer opens from PostGIS as QGIS's Browser opens it (postgres provider, default style read from
   public.layer_styles), valid, in EPSG:4326, with features, and drawn with the renderer of Waymark's own QML
   (STYLES/<layer>.qml), not QGIS's default symbol.
2. A project of those layers, saved as OUTDIR/postgis.qgs, is served by qgis_mapserver on 127.0.0.1: GetMap draws
   the movements read from PostGIS (pixels sampled along each movement line differ from the same map without the
   movements, in the movements' colours).

Exit status 0 when every check passed, 1 on the first failed one (its message on stderr).
"""

import os
import sys

from waymark_qgis import WAYMARK_LAYERS, QmlRenderer, check, movements_drawn, renderer_mismatch, run_checks
from check_qgis_server import QGIS_MAPSERVER, Server, get_map

from qgis.core import QgsCoordinateReferenceSystem, QgsDataSourceUri, QgsProject, QgsVectorLayer


def postgis_layer(conninfo, schema, table):
    uri = QgsDataSourceUri(conninfo)
    uri.setDataSource(schema, table, "geom", "", "fid")
    return QgsVectorLayer(uri.uri(False), table, "postgres")


def waymark_qml(styles, name):
    with open(os.path.join(styles, name + ".qml"), encoding="utf-8") as f:
        return f.read()


def check_layers(conninfo, schema, styles):
    layers = {}
    for name in WAYMARK_LAYERS:
        layer = postgis_layer(conninfo, schema, name)
        check(layer.isValid(), "%s opens from PostGIS as a valid QGIS layer" % name)
        check(layer.crs().authid() == "EPSG:4326", "%s is in EPSG:4326 (%s)" % (name, layer.crs().authid()))
        check(layer.featureCount() > 0, "%s has %d features" % (name, layer.featureCount()))
        problem = renderer_mismatch(layer, waymark_qml(styles, name))
        check(problem is None, "%s opened from PostGIS is drawn with Waymark's style from layer_styles (%s)"
              % (name, problem or layer.renderer().type()))
        layers[name] = layer
    return layers


def check_server(layers, styles, outdir):
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    for name in reversed(WAYMARK_LAYERS):
        project.addMapLayer(layers[name].clone())
    qgs = os.path.join(outdir, "postgis.qgs")
    check(project.write(qgs), "the project of the PostGIS layers is saved as %s" % qgs)
    project.clear()
    server = Server(outdir)
    try:
        seconds = server.wait_until_listening()
        check(True, "qgis_mapserver listens on 127.0.0.1:%d after %.1f s" % (server.port, seconds))
        extent = layers["movements"].extent()
        extent.grow(2)
        minx, miny, maxx, maxy = extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()
        width = 1000
        height = max(200, int(round(width * (maxy - miny) / (maxx - minx))))
        bbox = (miny, minx, maxy, maxx)  # WMS 1.3.0 EPSG:4326: latitude first
        names = list(reversed(WAYMARK_LAYERS))
        image = get_map(server, qgs, names, "EPSG:4326", bbox, width, height, os.path.join(outdir, "postgis-wms.png"))
        without = get_map(server, qgs, [n for n in names if n != "movements"], "EPSG:4326", bbox, width, height,
                          os.path.join(outdir, "postgis-wms-without-movements.png"))

        def to_pixel(lon, lat):
            return (lon - minx) / (maxx - minx) * width, (maxy - lat) / (maxy - miny) * height

        colors = QmlRenderer(waymark_qml(styles, "movements")).colors
        drawn = total = 0
        for _, hits, sampled in movements_drawn(layers["movements"], image, without, colors, to_pixel):
            drawn += hits
            total += sampled
        check(total > 0 and drawn >= 0.6 * total,
              "QGIS Server draws the movements from PostGIS: %d of %d points sampled along their lines" % (drawn, total))
    except AssertionError as e:
        raise AssertionError("%s\n--- qgis_mapserver log (end) ---\n%s" % (e, server.log_text()))
    finally:
        server.stop()


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    conninfo, schema, styles, outdir = sys.argv[1:]
    os.makedirs(outdir, exist_ok=True)

    def checks():
        layers = check_layers(conninfo, schema, styles)
        if os.access(QGIS_MAPSERVER, os.X_OK):
            check_server(layers, styles, outdir)
        else:
            print("skipped: %s is not installed (Debian package qgis-server)" % QGIS_MAPSERVER, flush=True)
        layers.clear()

    run_checks("QGIS PostGIS", checks)


if __name__ == "__main__":
    main()
