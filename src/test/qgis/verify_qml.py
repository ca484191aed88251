"""Loads every styles/*.qml onto a memory layer with the contract's fields, as QGIS 3.22 would, and fails
loudly on any load error or unexpected renderer. With --render PNG it also draws sample features with
all four styles (places on top, as in a usual map) so the result can be looked at.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 src/test/qgis/verify_qml.py styles [--render out.png]
Prints one line per layer, "OK <layer> <renderer type> labels=<field|obstacle|None>"; exit status 1 on any problem.
"""
import math
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from qgis.core import (QgsApplication, QgsFeature, QgsGeometry, QgsMapRendererParallelJob,
                       QgsMapSettings, QgsPointXY, QgsReadWriteContext, QgsRectangle)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layer_contract import FIELDS, memory_layer  # noqa: E402

EXPECTED_RENDERER = {"places": "singleSymbol", "mentions": "categorizedSymbol",
                     "movements": "categorizedSymbol", "flows": "singleSymbol"}
# movements and flows draw no labels but register as label obstacles
EXPECTED_LABELS = {"places": "name", "mentions": None, "movements": "obstacle", "flows": "obstacle"}

PLACES = {"Damascus": (36.29, 33.51, 12), "Tripoli": (13.19, 32.89, 30),
          "Moscow": (37.62, 55.75, 3), "Ankara": (32.85, 39.93, 1)}


def great_circle(a, b, steps=24):
    (lon1, lat1), (lon2, lat2) = [(math.radians(x), math.radians(y)) for x, y in (a, b)]
    d = 2 * math.asin(math.sqrt(math.sin((lat2 - lat1) / 2) ** 2
                                + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2))
    points = []
    for i in range(steps + 1):
        f = i / steps
        A, B = math.sin((1 - f) * d) / math.sin(d), math.sin(f * d) / math.sin(d)
        x = A * math.cos(lat1) * math.cos(lon1) + B * math.cos(lat2) * math.cos(lon2)
        y = A * math.cos(lat1) * math.sin(lon1) + B * math.cos(lat2) * math.sin(lon2)
        z = A * math.sin(lat1) + B * math.sin(lat2)
        points.append(QgsPointXY(math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y)))))
    return QgsGeometry.fromPolylineXY(points)


def add(layer, geometry, **values):
    feature = QgsFeature(layer.fields())
    feature.setGeometry(geometry)
    for name, value in values.items():
        feature[name] = value
    layer.dataProvider().addFeature(feature)


def sample(layer):
    name = layer.name()
    at = {k: (v[0], v[1]) for k, v in PLACES.items()}
    if name == "places":
        for place, (x, y, n) in PLACES.items():
            add(layer, QgsGeometry.fromPointXY(QgsPointXY(x, y)), name=place, mentions=n)
    elif name == "mentions":
        add(layer, QgsGeometry.fromPointXY(QgsPointXY(*at["Damascus"])), kind="toponym", surface="Damascus")
        add(layer, QgsGeometry.fromPointXY(QgsPointXY(at["Moscow"][0] + 1.5, at["Moscow"][1])),
            kind="demonym", surface="Russian")
        add(layer, QgsGeometry(), kind="toponym", surface="Nowhere")  # unresolved: NULL geometry
    elif name == "movements":
        add(layer, great_circle(at["Damascus"], at["Tripoli"]), status="reported", count=2000)
        add(layer, great_circle(at["Moscow"], at["Damascus"]), status="planned")
        add(layer, great_circle(at["Ankara"], at["Tripoli"]), status="possible", count=300)
    elif name == "flows":
        add(layer, great_circle((at["Damascus"][0], at["Damascus"][1] + 1), (at["Tripoli"][0], at["Tripoli"][1] + 1)),
            reports=6, documents=3, total_count=2000)
        add(layer, great_circle(at["Moscow"], at["Ankara"]), reports=1, documents=1)


def main(args):
    style_dir = args[0] if args else "styles"
    render_to = args[args.index("--render") + 1] if "--render" in args else None
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    problems = []
    layers = {}
    try:
        for name in FIELDS:
            layer = memory_layer(name)
            path = os.path.join(style_dir, name + ".qml")
            message, ok = layer.loadNamedStyle(path)
            renderer = layer.renderer()
            kind = renderer.type() if renderer else None
            labels = None
            if layer.labelsEnabled() and layer.labeling() is not None:
                settings = layer.labeling().settings()
                labels = settings.fieldName if settings.drawLabels else "obstacle"
            if not ok:
                problems.append("%s: QGIS could not load %s: %s" % (name, path, message))
            elif kind != EXPECTED_RENDERER[name]:
                problems.append("%s: renderer %s, expected %s" % (name, kind, EXPECTED_RENDERER[name]))
            elif labels != EXPECTED_LABELS[name]:
                problems.append("%s: labels %s, expected %s" % (name, labels, EXPECTED_LABELS[name]))
            else:
                print("OK %s %s labels=%s" % (name, kind, labels))
            sample(layer)
            layers[name] = layer
        if render_to and not problems:
            settings = QgsMapSettings()
            settings.setLayers([layers[n] for n in ("places", "mentions", "movements", "flows")])  # top first
            settings.setDestinationCrs(layers["places"].crs())
            settings.setExtent(QgsRectangle(8, 28, 45, 60))
            settings.setOutputSize(QSize(1000, 860))
            settings.setBackgroundColor(QColor(242, 239, 233))
            job = QgsMapRendererParallelJob(settings)
            job.start()
            job.waitForFinished()
            job.renderedImage().save(render_to, "png")
            print("rendered", render_to)
    finally:
        app.exitQgis()
    for problem in problems:
        print("FAIL", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
