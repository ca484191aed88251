# Waymark QGIS plugin. GPL-3.0-or-later.
"""waymark:buildgazetteer: build a gazetteer index from GeoNames dump files (waymark gazetteer build)."""

import os

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterFileDestination

from .. import engine
from .common import WaymarkAlgorithm, tr


class BuildGazetteer(WaymarkAlgorithm):
    NAME = "buildgazetteer"
    DISPLAY_NAME = "Build a gazetteer from GeoNames files"
    HELP = ("<p>Builds a gazetteer index, larger than the embedded one, from GeoNames dump files "
            "(download.geonames.org/export/dump): the folder holds allCountries.txt or citiesNNN.txt, "
            "countryInfo.txt, admin1CodesASCII.txt and no-country.txt (country_points.tsv and an admin1 points "
            "file are used when present). The map algorithms use it with the gazetteer <i>Built index "
            "file</i>. allCountries.txt needs about 2 GB of memory.</p>"
            "<p>Place data &copy; GeoNames, CC BY 4.0.</p>")
    INPUT = "INPUT"
    ADMIN1_POINTS = "ADMIN1_POINTS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("GeoNames dump folder"),
                                                     behavior=QgsProcessingParameterFile.Folder))
        self.addParameter(QgsProcessingParameterFile(self.ADMIN1_POINTS, tr("Admin1 points (TSV)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Gazetteer index"),
                                                                fileFilter="Waymark gazetteer index (*.idx)"))

    def checkParameterValues(self, parameters, context):
        folder = self.parameterAsFile(parameters, self.INPUT, context)
        if not os.path.isdir(folder):
            return False, tr("The GeoNames dump folder does not exist: {}").format(folder)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        args = ["gazetteer", "build", "--geonames", self.parameterAsFile(parameters, self.INPUT, context),
                "-o", output]
        points = self.parameterAsFile(parameters, self.ADMIN1_POINTS, context)
        if points:
            args += ["--admin1-points", points]
        engine.run(args, feedback)
        return {self.OUTPUT: output}
