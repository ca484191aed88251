"""Checks a Waymark GeoPackage and the QGIS project written for it with real PyQGIS.

usage: /usr/bin/python3 check_qgis_project.py GPKG QGS OUTDIR

1. Every layer of the GeoPackage opens as QGIS's Browser opens it (ogr provider, default style from layer_styles)
   and comes up valid with the renderer its QML describes, not QGIS's default symbol.
2. The project opens: layers in order, all valid, sources relative, EPSG:4326, WMS settings, attribution, and each
   layer drawn with its stored style.
3. The styles are embedded in the project: with layer_styles emptied in a copy, the copy still draws them.
4. The project renders: country outlines and the movements, found by sampling pixels along each movement line.

Exit status 0 when every check passed, 1 on the first failed one (its message on stderr).
"""

import gc
import os
import shutil
import sqlite3
import sys
import tempfile

from waymark_qgis import (WAYMARK_LAYERS, QmlRenderer, arguments, check, checks_done, default_qml, feature_tables,
                          movements_drawn, non_background_share, pixel, renderer_mismatch, rgb_distance,
                          start_qgis)

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

EXPECTED_ORDER = WAYMARK_LAYERS + ["countries"]


def check_geopackage_layers(gpkg):
    tables = feature_tables(gpkg)
    check(set(WAYMARK_LAYERS) <= set(tables), "the GeoPackage has the layers %s (it has %s)"
          % (WAYMARK_LAYERS, tables))
    for table in tables:
        layer = QgsVectorLayer("%s|layername=%s" % (gpkg, table), table, "ogr")
        check(layer.isValid(), "%s opens as a valid QGIS layer" % table)
        qml = default_qml(gpkg, table)
        check(qml is not None, "%s has a default style in layer_styles" % table)
        problem = renderer_mismatch(layer, qml)
        check(problem is None, "%s opened from the GeoPackage is drawn with its stored style (%s)"
              % (table, problem or layer.renderer().type()))
    documents = QgsVectorLayer("%s|layername=documents" % gpkg, "documents", "ogr")
    check(documents.isValid() and documents.featureCount() >= 0, "documents opens as a table")


def expected_styles(project):
    """The stored default style of each project layer, from the GeoPackage it reads."""
    styles = {}
    for layer in project.mapLayers().values():
        path = layer.source().split("|")[0]
        styles[layer.name()] = default_qml(path, layer.name())
    return styles


def open_project(qgs):
    project = QgsProject()
    check(project.read(qgs), "QGIS reads the project %s" % os.path.basename(qgs))
    return project


def check_project(qgs, gpkg):
    project = open_project(qgs)
    order = [l.name() for l in project.layerTreeRoot().layerOrder()]
    check(order == EXPECTED_ORDER, "layers top to bottom are %s (got %s)" % (EXPECTED_ORDER, order))
    for layer in project.mapLayers().values():
        check(layer.isValid(), "project layer %s is valid" % layer.name())
    check(project.crs().authid() == "EPSG:4326", "project CRS is EPSG:4326 (got %s)" % project.crs().authid())

    text = open(qgs, encoding="utf-8").read()
    for name in EXPECTED_ORDER:
        check("|layername=%s</datasource>" % name in text and "<datasource>/" not in text,
              "%s is stored with a relative path" % name)
    for layer in project.mapLayers().values():
        source = layer.source().split("|")[0]
        if layer.name() != "countries":
            check(os.path.samefile(source, gpkg), "%s reads %s" % (layer.name(), gpkg))
        else:
            check(os.path.isfile(source), "the base map %s exists" % source)
            check(layer.featureCount() > 0, "the base map has %d countries" % layer.featureCount())

    styles = expected_styles(project)
    for layer in project.mapLayers().values():
        problem = renderer_mismatch(layer, styles[layer.name()])
        check(problem is None, "project layer %s is drawn with its stored style (%s)"
              % (layer.name(), problem or layer.renderer().type()))

    check(project.readBoolEntry("WMSServiceCapabilities", "/")[0], "WMS service capabilities are on")
    check(project.readEntry("WMSServiceTitle", "/")[0] != "", "the WMS service has a title")
    crs_list = project.readListEntry("WMSCrsList", "/")[0]
    check({"EPSG:4326", "EPSG:3857"} <= set(crs_list), "WMS CRS list offers EPSG:4326 and EPSG:3857 (%s)" % crs_list)
    wms_extent = [float(v) for v in project.readListEntry("WMSExtent", "/")[0]]
    check(len(wms_extent) == 4, "the WMS extent has four numbers")
    view = project.viewSettings().defaultViewExtent()
    check(not view.isEmpty(), "the project opens on a set extent")
    for layer in project.mapLayers().values():
        if layer.name() == "countries" or layer.featureCount() == 0:
            continue
        data = layer.extent()
        check(QgsRectangle(*wms_extent).contains(data) and view.contains(data),
              "WMS and opening extents hold all of %s (%s)" % (layer.name(), data.toString(3)))
        check(layer.attribution() == "GeoNames CC BY 4.0", "%s carries the GeoNames CC BY 4.0 attribution"
              % layer.name())
    return project


def check_styles_embedded(qgs, gpkg, workdir):
    """A copy of project and data, with every layer_styles row deleted, must still draw the same styles."""
    project = QgsProject()
    project.read(qgs)
    sources = sorted({l.source().split("|")[0] for l in project.mapLayers().values()})
    styles = expected_styles(project)
    files = [os.path.abspath(qgs)] + [os.path.abspath(s) for s in sources]
    common = os.path.commonpath([os.path.dirname(f) for f in files])
    copy_root = os.path.join(workdir, "styles-removed")
    for f in files:
        target = os.path.join(copy_root, os.path.relpath(f, common))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(f, target)
        if f.endswith(".gpkg"):
            with sqlite3.connect(target) as db:
                db.execute("DELETE FROM layer_styles")
    copy_qgs = os.path.join(copy_root, os.path.relpath(os.path.abspath(qgs), common))
    copy_gpkg = os.path.join(copy_root, os.path.relpath(os.path.abspath(gpkg), common))

    bare = QgsVectorLayer("%s|layername=movements" % copy_gpkg, "movements", "ogr")
    check(renderer_mismatch(bare, styles["movements"]) is not None,
          "without layer_styles QGIS draws movements from the GeoPackage in its own default style (control)")
    copy = open_project(copy_qgs)
    for layer in copy.mapLayers().values():
        check(layer.isValid(), "copied project layer %s is valid" % layer.name())
        problem = renderer_mismatch(layer, styles[layer.name()])
        check(problem is None, "with layer_styles emptied, the project still draws %s with its style%s"
              % (layer.name(), "" if problem is None else " (%s)" % problem))


def render(project, layers, size, path):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(project.crs())
    settings.setOutputSize(size)
    settings.setOutputDpi(96)
    settings.setExtent(project.viewSettings().defaultViewExtent())
    settings.setBackgroundColor(background(project))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    check(not image.isNull() and image.save(path, "PNG"), "rendered %s" % os.path.basename(path))
    return settings, image


def background(project):
    return QColor(project.readNumEntry("Gui", "/CanvasColorRedPart", 255)[0],
                  project.readNumEntry("Gui", "/CanvasColorGreenPart", 255)[0],
                  project.readNumEntry("Gui", "/CanvasColorBluePart", 255)[0])


def check_rendering(project, outdir):
    layers = project.layerTreeRoot().layerOrder()
    size = QSize(1200, 600)
    settings, image = render(project, layers, size, os.path.join(outdir, "project.png"))
    _, without = render(project, [l for l in layers if l.name() != "movements"], size,
                        os.path.join(outdir, "project-without-movements.png"))
    bg = background(project)
    bg_rgb = (bg.red(), bg.green(), bg.blue())
    share = non_background_share(image, bg_rgb)
    check(share > 0.05, "%.0f %% of the map is drawn on the background" % (100 * share))

    to_pixel = settings.mapToPixel()

    def pixel_of(x, y):
        p = to_pixel.transform(x, y)
        return p.x(), p.y()

    countries = project.mapLayersByName("countries")[0]
    fill = QmlRenderer(default_qml(countries.source().split("|")[0], "countries")).colors
    inside = on_fill = 0
    request = QgsFeatureRequest().setFilterRect(settings.visibleExtent())
    for feature in countries.getFeatures(request):
        p = feature.geometry().pointOnSurface().asPoint()
        x, y = pixel_of(p.x(), p.y())
        if 0 <= x < image.width() and 0 <= y < image.height():
            inside += 1
            on_fill += any(rgb_distance(pixel(image, int(x), int(y)), c) <= 30 for c in fill)
    check(inside > 0 and on_fill >= max(1, inside // 2),
          "country outlines drawn: %d of %d countries in view show the base map colour" % (on_fill, inside))

    movements = project.mapLayersByName("movements")[0]
    colors = QmlRenderer(default_qml(movements.source().split("|")[0], "movements")).colors
    # WAYMARK_REQUIRE_DRAWN="Syria>Libya,...": these movements must each be drawn, not only the layer as a whole
    required = {r for r in os.environ.get("WAYMARK_REQUIRE_DRAWN", "").split(",") if r}
    drawn = total = 0
    for feature, hits, sampled in movements_drawn(movements, image, without, colors, pixel_of):
        name = "%s>%s" % (feature["origin_name"], feature["destination_name"])
        print("   movement %s (%s): %d of %d sampled points drawn" % (feature.id(), name, hits, sampled))
        if name in required:
            check(sampled > 0 and hits >= 0.6 * sampled,
                  "movement %s drawn at %d of %d sampled points" % (name, hits, sampled))
            required.discard(name)
        drawn += hits
        total += sampled
    check(not required, "movements required to be drawn are in the layer: missing %s" % sorted(required))
    check(total > 0, "the movements layer has lines to draw")
    check(drawn >= 0.6 * total, "movement lines drawn in their colours at %d of %d points sampled between their "
                                "ends" % (drawn, total))


def main():
    gpkg, qgs, outdir = arguments(__doc__)
    app = start_qgis()
    status = 0
    try:
        check_geopackage_layers(gpkg)
        project = check_project(qgs, gpkg)
        with tempfile.TemporaryDirectory(dir=outdir) as workdir:
            check_styles_embedded(qgs, gpkg, workdir)
        check_rendering(project, outdir)
        project.clear()
        print("QGIS project checks: all %d good" % checks_done(), flush=True)
    except AssertionError as e:
        print("FAILED: " + str(e), file=sys.stderr, flush=True)
        status = 1
    # Projects and layers must go before QGIS does: left to the interpreter's exit they crash it.
    project = None
    gc.collect()
    app.exitQgis()
    sys.exit(status)


if __name__ == "__main__":
    main()
