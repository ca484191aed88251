# Waymark QGIS plugin. GPL-3.0-or-later.
"""waymark:mapdocuments: map the texts in a file or a folder."""

import os

from qgis.core import QgsProcessingParameterFile

from .common import MAP_HELP, MapAlgorithm, tr


class MapDocuments(MapAlgorithm):
    NAME = "mapdocuments"
    DISPLAY_NAME = "Map documents"
    HELP = ("<p>Reads news articles, finds the places they name and the movements they report, and writes them "
            "as styled layers to a GeoPackage.</p>"
            "<p><b>Input file</b>: a .txt or .md text (a short first line or # heading is the title), an .html "
            "page (its main text), or a .jsonl corpus (one object a line: id, text, and optionally title, url, "
            "date). <b>Input folder</b>: every such file in it and its subfolders. Give either or both; for a "
            "set of files, put them in one folder or one JSONL file, or run this algorithm as a batch process "
            "with Append into one GeoPackage. A document's id is its file name without "
            "extension, or its JSONL id. An unreadable input is reported in the log and skipped.</p>" + MAP_HELP)
    INPUT = "INPUT"
    FOLDER = "FOLDER"

    def initInputs(self):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Input file (.txt, .md, .html, .jsonl)"), optional=True,
            fileFilter="Texts (*.txt *.md *.html *.htm *.jsonl);;All files (*.*)"))
        self.addParameter(QgsProcessingParameterFile(self.FOLDER, tr("Input folder (read recursively)"),
                                                     behavior=QgsProcessingParameterFile.Folder, optional=True))

    def checkParameterValues(self, parameters, context):
        file = self.parameterAsFile(parameters, self.INPUT, context)
        folder = self.parameterAsFile(parameters, self.FOLDER, context)
        if not file and not folder:
            return False, tr("Choose an input file or an input folder.")
        if file and not os.path.isfile(file):
            return False, tr("The input file does not exist: {}").format(file)
        if folder and not os.path.isdir(folder):
            return False, tr("The input folder does not exist: {}").format(folder)
        return super().checkParameterValues(parameters, context)

    def documents(self, parameters, context, feedback, folder):
        paths = [self.parameterAsFile(parameters, name, context) for name in (self.INPUT, self.FOLDER)]
        return [p for p in paths if p], None
