# Waymark QGIS plugin: places and movements from news text, as a Processing provider.
# Copyright the Waymark contributors. GPL-3.0-or-later (see LICENSE).


def classFactory(iface):  # noqa: N802 - the name QGIS calls
    from .plugin import WaymarkPlugin
    return WaymarkPlugin(iface)
