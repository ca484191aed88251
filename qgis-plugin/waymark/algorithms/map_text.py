# Waymark QGIS plugin. GPL-3.0-or-later.
"""waymark:maptext: map a pasted text."""

from qgis.core import QgsProcessingParameterString

from .common import MAP_HELP, MapAlgorithm, tr, writeJsonl


class MapText(MapAlgorithm):
    NAME = "maptext"
    DISPLAY_NAME = "Map pasted text"
    HELP = ("<p>Maps one text pasted into the dialog (an article, a dispatch): the places it names and the "
            "movements it reports, as styled layers in a GeoPackage. The document id (doc_id in the layers) is "
            "the one given; with Append, several texts with different ids collect in one GeoPackage.</p>" + MAP_HELP)
    TEXT = "TEXT"
    DOC_ID = "DOC_ID"
    TITLE = "TITLE"

    def initInputs(self):
        self.addParameter(QgsProcessingParameterString(self.TEXT, tr("Text"), multiLine=True))
        self.addParameter(QgsProcessingParameterString(self.DOC_ID, tr("Document id"), defaultValue="text"))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title"), optional=True))

    def checkParameterValues(self, parameters, context):
        if not self.parameterAsString(parameters, self.TEXT, context).strip():
            return False, tr("The text is empty.")
        if not self.parameterAsString(parameters, self.DOC_ID, context).strip():
            return False, tr("Give the text a document id.")
        return super().checkParameterValues(parameters, context)

    def documents(self, parameters, context, feedback, folder):
        document = {"id": self.parameterAsString(parameters, self.DOC_ID, context).strip(),
                    "text": self.parameterAsString(parameters, self.TEXT, context),
                    "title": self.parameterAsString(parameters, self.TITLE, context),
                    "url": "pasted text"}  # the documents layer's source, instead of the temporary file
        return [writeJsonl(folder, [document])], 1
