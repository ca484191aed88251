# Waymark QGIS plugin. GPL-3.0-or-later.
"""What the Waymark algorithms share: names and help, the gazetteer and output parameters of the three map
algorithms, the engine run, and loading the result into the project."""

import glob
import json
import os
import shutil
import tempfile

from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingOutputVectorLayer, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString, QgsProcessingUtils, QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.PyQt.QtGui import QIcon

from .. import engine

ICON = os.path.join(engine.PLUGIN_DIR, "icon.svg")
# Loaded in this order, each on top of the one before: places end up on top, flows at the bottom.
LAYERS = ["flows", "movements", "mentions", "places"]


def tr(text):
    return QCoreApplication.translate("Waymark", text)


class WaymarkAlgorithm(QgsProcessingAlgorithm):
    """Name, display name, group and help from class attributes."""
    NAME = ""
    DISPLAY_NAME = ""
    HELP = ""

    def name(self):
        return self.NAME

    def displayName(self):
        return tr(self.DISPLAY_NAME)

    def group(self):
        return ""

    def groupId(self):
        return ""

    def shortHelpString(self):
        return tr(self.HELP)

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):
        return ICON

    def createInstance(self):
        return type(self)()


GAZETTEERS = ["Embedded (offline: countries, divisions, seas, places over 500 people)",
              "Built index file (waymark gazetteer build)", "GeoNames web service (free account)"]
EMBEDDED, INDEX, WEB = range(3)
MODES = ["Overwrite the GeoPackage", "Append to the GeoPackage (documents already there are skipped)"]

MAP_HELP = ("<p>The places are resolved with the chosen gazetteer: the embedded one (offline), an index built "
            "by <i>Build a gazetteer from GeoNames files</i>, or the GeoNames web service under your free account "
            "(user name; register at geonames.org and enable the free web services; answers are cached).</p>"
            "<p>The GeoPackage holds the layers documents, places, mentions, movements and flows with their "
            "Waymark styles; it appears only when complete, so a canceled or failed run leaves an earlier file "
            "as it was. On success flows, movements, mentions and places are loaded in a group named after "
            "the file. Append adds documents to an existing Waymark GeoPackage.</p>"
            "<p>The engine is Java: Java 17 or later must be installed (Settings &gt; Options &gt; "
            "Processing &gt; Providers &gt; Waymark, or JAVA_HOME, or PATH). Place data &copy; GeoNames, "
            "CC BY 4.0.</p>")


class MapAlgorithm(WaymarkAlgorithm):
    """The three map algorithms: their own input parameters and documents, then the same gazetteer, output and
    engine run, and the layers loaded in a group."""
    GAZETTEER = "GAZETTEER"
    GAZETTEER_INDEX = "GAZETTEER_INDEX"
    GEONAMES_USER = "GEONAMES_USER"
    OUTPUT = "OUTPUT"
    MODE = "MODE"
    DOCUMENT_COUNT = "DOCUMENT_COUNT"
    MOVEMENT_COUNT = "MOVEMENT_COUNT"

    def __init__(self):
        super().__init__()
        self.output = None

    def initInputs(self):
        raise NotImplementedError

    def documents(self, parameters, context, feedback, folder):
        """The engine's input paths for these parameters (files written into `folder` if need be), and the number
        of documents when known."""
        raise NotImplementedError

    def initAlgorithm(self, config=None):
        self.initInputs()
        self.addParameter(QgsProcessingParameterEnum(self.GAZETTEER, tr("Gazetteer"),
                                                     options=[tr(g) for g in GAZETTEERS], defaultValue=EMBEDDED))
        self.addParameter(QgsProcessingParameterFile(self.GAZETTEER_INDEX,
                                                     tr("Gazetteer index file (for a built index)"),
                                                     extension="idx", optional=True))
        self.addParameter(QgsProcessingParameterString(self.GEONAMES_USER,
                                                       tr("GeoNames user name (for the web service)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Output GeoPackage"),
                                                                fileFilter="GeoPackage (*.gpkg)"))
        self.addParameter(QgsProcessingParameterEnum(self.MODE, tr("If the GeoPackage exists"),
                                                     options=[tr(m) for m in MODES], defaultValue=0))
        for layer in LAYERS:
            self.addOutput(QgsProcessingOutputVectorLayer(layer.upper(), tr("Waymark {}").format(layer),
                                                          QgsProcessing.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.DOCUMENT_COUNT, tr("Documents mapped")))
        self.addOutput(QgsProcessingOutputNumber(self.MOVEMENT_COUNT, tr("Movements found")))

    def checkParameterValues(self, parameters, context):
        kind = self.parameterAsEnum(parameters, self.GAZETTEER, context)
        index = self.parameterAsFile(parameters, self.GAZETTEER_INDEX, context)
        if kind == INDEX and not (index and os.path.isfile(index)):
            return False, tr("Choose the gazetteer index file (made by Build a gazetteer from GeoNames files).")
        if kind == WEB and not self.parameterAsString(parameters, self.GEONAMES_USER, context).strip():
            return False, tr("Give your GeoNames user name for the web service.")
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".gpkg"):
            return False, tr("The output must be a GeoPackage file (.gpkg): {}").format(output)
        return super().checkParameterValues(parameters, context)

    def gazetteerArguments(self, parameters, context):
        kind = self.parameterAsEnum(parameters, self.GAZETTEER, context)
        index = self.parameterAsFile(parameters, self.GAZETTEER_INDEX, context)
        args = ["--gazetteer", index] if kind != EMBEDDED and index else []
        if kind == WEB:
            return args + ["--geonames-user", self.parameterAsString(parameters, self.GEONAMES_USER, context).strip()]
        return args + ["--offline"]

    def processAlgorithm(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        mode = "--append" if self.parameterAsEnum(parameters, self.MODE, context) == 1 else "--overwrite"
        gazetteer = self.gazetteerArguments(parameters, context)
        folder = tempfile.mkdtemp(prefix="waymark-", dir=QgsProcessingUtils.tempFolder())
        earlier = set(engineTemporaryFiles(output))
        try:
            inputs, total = self.documents(parameters, context, feedback, folder)
            result = engine.run(["map"] + inputs + ["-o", output, mode, "--progress", "json"] + gazetteer, feedback,
                                total=total)
        except QgsProcessingException:
            # An engine that had to be killed (Windows has no gentler way) could not delete its temporary file.
            for path in set(engineTemporaryFiles(output)) - earlier:
                os.remove(path)
            raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if result.code == 1 and not result.done.get("documents") and not result.done.get("skipped"):
            raise QgsProcessingException(tr("No document could be read:") + "\n" + "\n".join(
                l for l in result.lines if l.startswith("waymark:")))
        self.output = output
        results = {self.OUTPUT: output, self.DOCUMENT_COUNT: result.done.get("documents"),
                   self.MOVEMENT_COUNT: result.done.get("movements")}
        results.update({layer.upper(): layerSource(output, layer) for layer in LAYERS})
        return results

    def postProcessAlgorithm(self, context, feedback):
        if self.output:
            loadLayers(self.output, context, feedback)
        return {}


def layerSource(gpkg, layer):
    return "{}|layername={}".format(gpkg, layer)


def loadLayers(gpkg, context, feedback):
    """Adds flows, movements, mentions and places (each with the default style the GeoPackage stores) to the
    project, in a group named after the file that replaces an earlier one of that name. From a background thread
    (a model's child algorithm) the layers are handed to Processing to load at the end instead."""
    project = context.project() or QgsProject.instance()
    name = os.path.splitext(os.path.basename(gpkg))[0]
    if QThread.currentThread() != QCoreApplication.instance().thread():
        for layer in LAYERS:
            context.addLayerToLoadOnCompletion(layerSource(gpkg, layer),
                                               context.LayerDetails("{} {}".format(name, layer), project, layer))
        return
    root = project.layerTreeRoot()
    group = root.findGroup(name)
    if group is None:
        group = root.insertGroup(0, name)
    else:
        for node in group.findLayers():
            project.removeMapLayer(node.layerId())
        group.removeAllChildren()
    for layer_name in LAYERS:
        layer = QgsVectorLayer(layerSource(gpkg, layer_name), layer_name, "ogr")
        if not layer.isValid():
            feedback.reportError(tr("Cannot open layer {} of {}").format(layer_name, gpkg), False)
            continue
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)


def engineTemporaryFiles(output):
    """The hidden files the engine writes beside OUTPUT until it is complete: .NAME.<pid>.<random>.tmp.gpkg and SQLite's
    journal files of it."""
    folder, name = os.path.split(os.path.abspath(output))
    return glob.glob(os.path.join(glob.escape(folder), "." + glob.escape(name) + ".*.tmp.gpkg*"))


def writeJsonl(folder, documents):
    """Writes documents (dicts with id, text and optionally title, date, url) as one JSON object a line into
    `folder`, and returns the file's path."""
    path = os.path.join(folder, "documents.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for document in documents:
            out.write(json.dumps({k: v for k, v in document.items() if v not in (None, "")}, ensure_ascii=False))
            out.write("\n")
    return path
