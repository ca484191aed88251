# Waymark QGIS plugin. GPL-3.0-or-later.
"""The Waymark algorithms, one module each."""

from .build_gazetteer import BuildGazetteer
from .map_documents import MapDocuments
from .map_layer_text import MapLayerText
from .map_text import MapText
from .publish_geoserver import PublishGeoServer

ALGORITHMS = [MapDocuments, MapLayerText, MapText, PublishGeoServer, BuildGazetteer]
