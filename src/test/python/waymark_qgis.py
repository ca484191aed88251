"""Helpers shared by the QGIS checks of Waymark projects: styles read from QML, renderers compared with them, and
pixels sampled along lines in rendered maps. Needs QGIS's Python bindings (Debian: python3-qgis)."""

import os
import sqlite3
import sys
import xml.etree.ElementTree as ET

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsRenderContext, QgsSymbol  # noqa: E402

WAYMARK_LAYERS = ["places", "mentions", "movements", "flows"]
# Symbol layer properties that decide how a symbol looks; compared when the QML gives them.
KEY_PROPS = ["color", "outline_color", "line_color", "line_width", "outline_width", "size", "name", "line_style",
             "style"]
SYMBOL_TYPES = {"marker": QgsSymbol.Marker, "line": QgsSymbol.Line, "fill": QgsSymbol.Fill}

_checks = []


def check(condition, message):
    """Records a passed check or stops the script with the message of the failed one."""
    if not condition:
        raise AssertionError(message)
    _checks.append(message)
    print("ok: " + message, flush=True)


def checks_done():
    return len(_checks)


def arguments(usage):
    """GPKG QGS OUTDIR, the arguments of a check script, as absolute paths (OUTDIR created if missing); the usage
    and exit code 2 when they are not three."""
    if len(sys.argv) != 4:
        print(usage, file=sys.stderr)
        sys.exit(2)
    gpkg, qgs, outdir = (os.path.abspath(a) for a in sys.argv[1:])
    os.makedirs(outdir, exist_ok=True)
    return gpkg, qgs, outdir


def start_qgis():
    app = QgsApplication([], False)
    app.initQgis()
    return app


def run_checks(title, body):
    """Runs body() in a started QGIS, then exits: 0 with "<title> checks: all N good" when every check passed, 1 with
    "FAILED: …" on stderr at the first failed one. What body made must be gone by then (QGIS may crash otherwise)."""
    import gc
    app = start_qgis()
    status = 0
    try:
        body()
        print("%s checks: all %d good" % (title, checks_done()), flush=True)
    except AssertionError as e:
        print("FAILED: " + str(e), file=sys.stderr, flush=True)
        status = 1
    gc.collect()
    app.exitQgis()
    sys.exit(status)


def default_qml(gpkg, table):
    """The QML QGIS loads by default for a table of a GeoPackage: useAsDefault first, then the newest."""
    with sqlite3.connect("file:%s?mode=ro" % gpkg, uri=True) as db:
        row = db.execute("SELECT styleQML FROM layer_styles WHERE f_table_name = ? "
                         "ORDER BY CASE WHEN useAsDefault THEN 0 ELSE 1 END, update_time DESC, rowid DESC LIMIT 1",
                         (table,)).fetchone()
    return row[0] if row else None


def feature_tables(gpkg):
    with sqlite3.connect("file:%s?mode=ro" % gpkg, uri=True) as db:
        return [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]


def _props(layer_element):
    """A symbol layer's properties from QML: the 3.22 <Option type="Map"> form or the older <prop k v>."""
    props = {}
    option_map = layer_element.find("Option")
    if option_map is not None:
        for o in option_map.findall("Option"):
            if o.get("name") is not None and o.get("value") is not None:
                props[o.get("name")] = o.get("value")
    for p in layer_element.findall("prop"):
        props[p.get("k")] = p.get("v")
    return props


class QmlRenderer:
    """What a QML says its renderer draws: renderer type, class attribute, categories and symbols."""

    def __init__(self, qml):
        root = ET.fromstring(qml.encode("utf-8"))
        renderer = root.find("renderer-v2")
        if renderer is None:
            raise AssertionError("the QML has no renderer-v2")
        self.type = renderer.get("type")
        self.attribute = renderer.get("attr")
        self.categories = [c.get("value") for c in renderer.iter("category")]
        self.symbols = []
        symbols = renderer.find("symbols")
        for symbol in (symbols if symbols is not None else []):
            layers = [(layer.get("class"), _props(layer)) for layer in symbol.findall("layer")]
            self.symbols.append((symbol.get("type"), layers))
        # every colour the renderer may draw with, sub-symbols (arrow heads, markers on lines) included
        self.colors = set()
        for element in renderer.iter():
            name = element.get("name") if element.tag == "Option" else element.get("k")
            value = element.get("value") if element.tag == "Option" else element.get("v")
            if name and value and name.endswith("color"):
                rgba = color(value)
                if rgba and rgba[3] > 0:
                    self.colors.add(rgba[:3])


def color(value):
    """'r,g,b,a' (QGIS 3.22), possibly followed by ',rgb:…' in later versions, as an (r, g, b, a) tuple."""
    parts = value.split(",")
    try:
        return tuple(int(p) for p in parts[:4]) if len(parts) >= 4 else None
    except ValueError:
        return None


def _same_value(key, expected, actual):
    if actual is None:
        return False
    if key.endswith("color"):
        return color(expected) == color(actual)
    try:
        return abs(float(expected) - float(actual)) < 1e-9
    except ValueError:
        return expected == actual


def _symbol_matches(expected, symbol):
    symbol_type, layers = expected
    if SYMBOL_TYPES.get(symbol_type) != symbol.type() or len(layers) != symbol.symbolLayerCount():
        return False
    for i, (cls, props) in enumerate(layers):
        sl = symbol.symbolLayer(i)
        if sl.layerType() != cls:
            return False
        actual = sl.properties()
        for key in KEY_PROPS:
            if key in props and not _same_value(key, props[key], actual.get(key)):
                return False
    return True


def renderer_mismatch(layer, qml):
    """None when the layer's renderer is the one the QML describes, else what differs."""
    expected = QmlRenderer(qml)
    renderer = layer.renderer()
    if renderer is None:
        return "no renderer"
    if renderer.type() != expected.type:
        return "renderer %s, QML says %s" % (renderer.type(), expected.type)
    if expected.attribute and hasattr(renderer, "classAttribute") and renderer.classAttribute() != expected.attribute:
        return "classifies by %s, QML by %s" % (renderer.classAttribute(), expected.attribute)
    if expected.type == "categorizedSymbol":
        values = [str(c.value()) for c in renderer.categories()]
        if values != expected.categories:
            return "categories %s, QML has %s" % (values, expected.categories)
    actual = list(renderer.symbols(QgsRenderContext()))
    if len(actual) != len(expected.symbols):
        return "%d symbols, QML has %d" % (len(actual), len(expected.symbols))
    unused = list(actual)
    for sym in expected.symbols:
        match = next((s for s in unused if _symbol_matches(sym, s)), None)
        if match is None:
            found = [[(sl.layerType(), {k: sl.properties().get(k) for k in KEY_PROPS if k in sl.properties()})
                      for sl in s.symbolLayers()] for s in actual]
            return "no symbol like %s among %s" % (sym, found)
        unused.remove(match)
    return None


def rgb_distance(a, b):
    return max(abs(a[0] - b[0]), abs(a[1] - b[1]), abs(a[2] - b[2]))


def pixel(image, x, y):
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def along_line(geometry, to_pixel, samples=21, margin=0.1):
    """Pixel positions of points spread along a line (away from its ends, where place markers sit)."""
    length = geometry.length()
    points = []
    for i in range(samples):
        t = margin + (1 - 2 * margin) * i / (samples - 1)
        p = geometry.interpolate(t * length).asPoint()
        points.append(to_pixel(p.x(), p.y()))
    return points


def drawn_along(image, without, points, colors, tolerance=60, radius=2):
    """How many of the points have, within `radius` pixels, a pixel that differs from the map drawn without the
    layer and is close to one of the layer's colours."""
    hits = 0
    for (px, py) in points:
        found = False
        for dx in range(-radius, radius + 1):
            for dy in range(-radius, radius + 1):
                x, y = int(round(px)) + dx, int(round(py)) + dy
                if not (0 <= x < image.width() and 0 <= y < image.height()):
                    continue
                here = pixel(image, x, y)
                if here != pixel(without, x, y) and any(rgb_distance(here, c) <= tolerance for c in colors):
                    found = True
        hits += found
    return hits


def movements_drawn(layer, image, without, colors, to_pixel):
    """For each movement with a line: (feature, how many of the points sampled along it are drawn, how many
    were sampled)."""
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        points = along_line(geometry, to_pixel)
        yield feature, drawn_along(image, without, points, colors), len(points)


def non_background_share(image, background):
    step = 4
    total = drawn = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            drawn += rgb_distance(pixel(image, x, y), background) > 8
    return drawn / total


def fail(message):
    print("FAILED: " + message, file=sys.stderr, flush=True)
    sys.exit(1)
