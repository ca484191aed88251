"""The Waymark layer schema as QGIS memory layers. The schema is Java's (org.waymark.output.Layer); this reads it
from layer_contract.json beside this file, which LayerSchemaTest checks is what the Java schema writes."""
import json
import os

from qgis.core import QgsField, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "layer_contract.json"), encoding="utf-8") as f:
    SCHEMA = json.load(f)

# as QGIS reads the GeoPackage columns through GDAL: a boolean is an integer there
QGIS_TYPES = {"TEXT": QVariant.String, "INTEGER": QVariant.LongLong, "REAL": QVariant.Double,
              "BOOLEAN": QVariant.LongLong}
QGIS_GEOMETRY = {"POINT": "Point", "MULTILINESTRING": "MultiLineString"}

# layer name: (QGIS geometry type, [(column, QVariant type)]) for every layer with a geometry, in schema order
FIELDS = {layer["name"]: (QGIS_GEOMETRY[layer["geometry"]],
                          [(c["name"], QGIS_TYPES[c["type"]]) for c in layer["columns"]])
          for layer in SCHEMA["layers"] if layer["geometry"]}


def memory_layer(name):
    geometry, fields = FIELDS[name]
    layer = QgsVectorLayer("%s?crs=EPSG:%d" % (geometry, SCHEMA["srid"]), name, "memory")
    layer.dataProvider().addAttributes([QgsField(f, t) for f, t in fields])
    layer.updateFields()
    return layer
