# Waymark QGIS plugin. GPL-3.0-or-later.
"""The plugin: registers the Waymark Processing provider with QGIS and removes it on unload."""

from qgis.core import QgsApplication

from .provider import WaymarkProvider


class WaymarkPlugin:

    def __init__(self, iface):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 - QGIS calls it before initGui for Processing-only plugins
        if self.provider is None:
            self.provider = WaymarkProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
