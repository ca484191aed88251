"""The Waymark GeoPackage layer contract (EPSG:4326, geometry column geom) as QGIS memory layers."""
from qgis.core import QgsField, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

S, I, R = QVariant.String, QVariant.LongLong, QVariant.Double

FIELDS = {
    "places": ("Point", [("geonameid", I), ("name", S), ("country_code", S), ("feature_class", S),
                         ("feature_code", S), ("admin1", S), ("population", I), ("mentions", I),
                         ("documents", I), ("confidence", R), ("source", S)]),
    "mentions": ("Point", [("doc_id", S), ("start", I), ("end", I), ("surface", S), ("kind", S),
                           ("geonameid", I), ("name", S), ("country_code", S), ("feature_code", S),
                           ("confidence", R), ("sentence", S), ("source", S)]),
    "movements": ("MultiLineString", [("doc_id", S), ("origin_geonameid", I), ("origin_name", S),
                                 ("destination_geonameid", I), ("destination_name", S),
                                 ("via_geonameids", S), ("origin_inferred", I), ("destination_kind", S),
                                 ("trigger", S), ("mover", S), ("count", I), ("status", S),
                                 ("sentence", S), ("start", I), ("end", I), ("confidence", R)]),
    "flows": ("MultiLineString", [("origin_geonameid", I), ("origin_name", S), ("destination_geonameid", I),
                             ("destination_name", S), ("destination_kind", S), ("reports", I),
                             ("documents", I), ("total_count", I)]),
}


def memory_layer(name):
    geometry, fields = FIELDS[name]
    layer = QgsVectorLayer("%s?crs=EPSG:4326" % geometry, name, "memory")
    layer.dataProvider().addAttributes([QgsField(f, t) for f, t in fields])
    layer.updateFields()
    return layer
