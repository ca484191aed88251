"""Run by QGIS (qgis --code) from screenshots.sh: grabs the dialog of waymark:mapdocuments, runs it on the sample
articles, adds QGIS's own world map below the result and grabs the main window."""
import os
import time

import processing
from qgis.core import QgsApplication, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface

SAMPLE = os.environ["WAYMARK_SHOT_SAMPLE"]
OUT = os.environ["WAYMARK_SHOT_OUT"]
PARAMETERS = {"FOLDER": SAMPLE, "OUTPUT": os.path.join(OUT, "sample.gpkg")}


def show_dialog():
    dialog = processing.createAlgorithmDialog("waymark:mapdocuments", PARAMETERS)
    dialog.resize(900, 640)
    dialog.show()
    QTimer.singleShot(1500, lambda: run(dialog))


def run(dialog):
    dialog.grab().save(os.path.join(OUT, "dialog.png"))
    dialog.close()
    t0 = time.time()
    processing.run("waymark:mapdocuments", PARAMETERS)
    with open(os.path.join(OUT, "seconds.txt"), "w") as f:
        f.write("%.1f" % (time.time() - t0))
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
