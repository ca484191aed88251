"""Writes styles/*.qml with the QGIS API itself, so the files are exactly what QGIS 3.22 saves.

Run from the project root with the Debian QGIS 3.22 Python bindings (apt-get install python3-qgis):
    /usr/bin/python3 src/test/qgis/make_qml.py styles
then check them with verify_qml.py. The QML files are committed; this script is how they were made and
how to remake them after a change (keep the SLDs in step: same colours, sizes and classes).
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "0")  # same attribute order on every run, so regenerated files diff cleanly

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsDataDefinedSizeLegend,
                       QgsFeatureRequest, QgsLineSymbol, QgsMapLayer, QgsMarkerLineSymbolLayer,
                       QgsMarkerSymbol, QgsPalLayerSettings, QgsProperty, QgsRendererCategory,
                       QgsSimpleLineSymbolLayer, QgsSingleSymbolRenderer, QgsSizeScaleTransformer,
                       QgsSymbolLayer, QgsTemplatedLineSymbolLayerBase, QgsTextBufferSettings,
                       QgsTextFormat, QgsUnitTypes, QgsVectorLayer, QgsVectorLayerSimpleLabeling)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layer_contract import memory_layer  # noqa: E402

MM = QgsUnitTypes.RenderMillimeters

# Colours chosen to read on light base maps (OSM, Positron): saturated, dark-edged.
PLACE_FILL = QColor(44, 127, 184, 190)
PLACE_EDGE = QColor(8, 48, 107)
TOPONYM = QColor(253, 141, 60)
TOPONYM_EDGE = QColor(127, 39, 4)
DEMONYM = QColor(106, 81, 163)
DEMONYM_EDGE = QColor(63, 0, 125)
MOVEMENT = QColor(203, 24, 29)
FLOW = QColor(84, 39, 143, 200)

# Arrow tips stop this far short of the destination: place circles (at most 7 mm across) drawn on top
# hide at most the tip of a head, the rest stays visible.
ARROW_GAP_MM = 2.5


def places():
    layer = memory_layer("places")
    symbol = QgsMarkerSymbol.createSimple({
        "name": "circle", "color": rgba(PLACE_FILL), "outline_color": rgba(PLACE_EDGE),
        "outline_width": "0.3", "outline_width_unit": "MM", "size": "3", "size_unit": "MM"})
    # Flannery scaling: circle area grows with mentions, perceptually corrected; 50+ mentions cap at 7 mm.
    size = QgsProperty.fromField("mentions")
    size.setTransformer(QgsSizeScaleTransformer(QgsSizeScaleTransformer.Flannery, 1, 50, 2, 7, 1.5, 0.57))
    symbol.setDataDefinedSize(size)
    renderer = QgsSingleSymbolRenderer(symbol)
    # big circles first, so small ones stay clickable on top
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause('"mentions"', False)]))
    renderer.setOrderByEnabled(True)
    legend = QgsDataDefinedSizeLegend()
    legend.setTitle("Mentions")
    legend.setLegendType(QgsDataDefinedSizeLegend.LegendCollapsed)
    renderer.setDataDefinedSizeLegend(legend)
    layer.setRenderer(renderer)

    labels = QgsPalLayerSettings()
    labels.fieldName = "name"
    labels.enabled = True
    labels.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
    labels.dist = 0.8
    labels.distUnits = MM
    text = QgsTextFormat()
    text.setFont(QFont("Arial"))
    text.setSize(9)
    text.setColor(QColor(26, 26, 26))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(1.0)
    halo.setSizeUnit(MM)
    halo.setColor(QColor(255, 255, 255))
    halo.setOpacity(0.85)
    text.setBuffer(halo)
    labels.setFormat(text)
    # frequently mentioned places win label collisions
    labels.dataDefinedProperties().setProperty(
        QgsPalLayerSettings.Priority, QgsProperty.fromExpression('scale_linear("mentions", 1, 20, 4, 10)'))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)
    return layer


def mentions():
    layer = memory_layer("mentions")
    toponym = QgsMarkerSymbol.createSimple({
        "name": "circle", "color": rgba(TOPONYM), "outline_color": rgba(TOPONYM_EDGE),
        "outline_width": "0.2", "size": "1.8"})
    demonym = QgsMarkerSymbol.createSimple({
        "name": "triangle", "color": rgba(DEMONYM), "outline_color": rgba(DEMONYM_EDGE),
        "outline_width": "0.2", "size": "2.2"})
    other = QgsMarkerSymbol.createSimple({
        "name": "square", "color": "150,150,150,255", "outline_color": "80,80,80,255",
        "outline_width": "0.2", "size": "1.6"})
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", [
        QgsRendererCategory("toponym", toponym, "Place name"),
        QgsRendererCategory("demonym", demonym, "Demonym (e.g. 'Syrian')"),
        QgsRendererCategory(None, other, "Other"),
    ]))
    return layer


def arrow_line(color, width_expr, head_size_expr, dash=None, opacity=1.0):
    """A line that ends ARROW_GAP_MM before its last vertex, with a filled arrow head there."""
    line = QgsSimpleLineSymbolLayer(color, 0.6)
    line.setWidthUnit(MM)
    line.setPenCapStyle(Qt.FlatCap)
    line.setPenJoinStyle(Qt.RoundJoin)
    line.setTrimDistanceEnd(ARROW_GAP_MM + 1.0)  # ends under the head, not past its tip
    line.setTrimDistanceEndUnit(MM)
    if dash:
        line.setUseCustomDashPattern(True)
        line.setCustomDashVector(dash)
        line.setCustomDashPatternUnit(MM)
    line.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression(width_expr))

    head = QgsMarkerSymbol.createSimple({
        "name": "filled_arrowhead", "color": rgba(color), "outline_color": "255,255,255,255",
        "outline_width": "0.15", "size": "3"})
    head.setDataDefinedSize(QgsProperty.fromExpression(head_size_expr))
    heads = QgsMarkerLineSymbolLayer(True)
    heads.setPlacement(QgsTemplatedLineSymbolLayerBase.LastVertex)
    heads.setOffsetAlongLine(-ARROW_GAP_MM)  # negative: back from the last vertex
    heads.setOffsetAlongLineUnit(MM)
    heads.setSubSymbol(head)

    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, line)  # the symbol takes ownership of both layers
    symbol.appendSymbolLayer(heads)
    symbol.setOpacity(opacity)
    return symbol


def obstacle_only(layer):
    """Draws no labels but keeps other layers' labels (place names and their halos) off the arrows."""
    settings = QgsPalLayerSettings()
    settings.enabled = True
    settings.drawLabels = False
    settings.obstacleSettings().setIsObstacle(True)
    settings.obstacleSettings().setFactor(2.0)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def movements():
    layer = memory_layer("movements")
    obstacle_only(layer)
    # count spans 1 .. millions: log scale; unknown count gets a middle width
    width = 'coalesce(scale_linear(log10("count"), 0, 6, 0.4, 1.8), 0.7)'
    head = 'coalesce(scale_linear(log10("count"), 0, 6, 5.5, 8.5), 6.0)'
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", [
        QgsRendererCategory("reported", arrow_line(MOVEMENT, width, head), "Reported"),
        QgsRendererCategory("planned", arrow_line(MOVEMENT, width, head, dash=[3.0, 1.5]), "Planned"),
        QgsRendererCategory("possible", arrow_line(MOVEMENT, width, head, dash=[1.0, 1.5], opacity=0.75),
                            "Possible"),
    ]))
    return layer


def flows():
    layer = memory_layer("flows")
    obstacle_only(layer)
    width = 'scale_linear("reports", 1, 20, 0.5, 3.0)'
    head = 'scale_linear("reports", 1, 20, 5.5, 9.0)'
    layer.setRenderer(QgsSingleSymbolRenderer(arrow_line(FLOW, width, head)))
    return layer


def rgba(color):
    return "%d,%d,%d,%d" % (color.red(), color.green(), color.blue(), color.alpha())


def main(out_dir):
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    os.makedirs(out_dir, exist_ok=True)
    try:
        for make in (places, mentions, movements, flows):
            layer = make()
            path = os.path.join(out_dir, layer.name() + ".qml")
            message, ok = layer.saveNamedStyle(path, QgsMapLayer.AllStyleCategories)
            if not ok or not os.path.isfile(path):
                raise SystemExit("could not write %s: %s" % (path, message))
            print("wrote", path)
    finally:
        app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "styles")
