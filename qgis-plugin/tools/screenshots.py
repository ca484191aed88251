"""Run by QGIS (qgis --code) from screenshots.sh: opens the dialog of waymark:mapdocuments on the sample articles,
grabs it, presses Run, waits for the layers to appear in the project (timing it), adds QGIS's own world map below
them and grabs the main window."""
import os
import time

import processing
from qgis.core import QgsApplication, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface

OUT = os.environ["WAYMARK_SHOT_OUT"]
TIMEOUT_SECONDS = 120
state = {}


def show_dialog():
    dialog = processing.createAlgorithmDialog("waymark:mapdocuments",
                                              {"FOLDER": os.path.join(OUT, "articles"),
                                               "OUTPUT": os.path.join(OUT, "articles.gpkg")})
    dialog.resize(900, 640)
    dialog.show()
    state["dialog"] = dialog
    QTimer.singleShot(1500, run)


def run():
    state["dialog"].grab().save(os.path.join(OUT, "dialog.png"))
    state["start"] = time.time()
    state["dialog"].runAlgorithm()
    QTimer.singleShot(100, wait_for_layers)


def wait_for_layers():
    group = QgsProject.instance().layerTreeRoot().findGroup("articles")
    if group is None or len(group.findLayers()) < 4:
        if time.time() - state["start"] > TIMEOUT_SECONDS:
            QgsApplication.exit(1)
        else:
            QTimer.singleShot(100, wait_for_layers)
        return
    with open(os.path.join(OUT, "seconds.txt"), "w") as f:
        f.write("%.1f" % (time.time() - state["start"]))
    state["dialog"].close()
    world = QgsVectorLayer(os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")
                           + "|layername=countries", "countries", "ogr")
    QgsProject.instance().addMapLayer(world, False)
    QgsProject.instance().layerTreeRoot().addLayer(world)
    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName() == "Browser":
            dock.hide()
        if dock.objectName() == "ProcessingToolbox":
            dock.show()
            dock.searchBox.setText("waymark")
    QTimer.singleShot(1000, zoom)


def zoom():
    iface.mapCanvas().setExtent(QgsRectangle(-25, -5, 85, 68))
    iface.mapCanvas().refresh()
    QTimer.singleShot(3000, grab_main)


def grab_main():
    iface.mainWindow().grab().save(os.path.join(OUT, "map.png"))
    QgsApplication.exit(0)


iface.mainWindow().resize(1400, 900)
QTimer.singleShot(3000, show_dialog)
