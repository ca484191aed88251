# Waymark QGIS plugin. GPL-3.0-or-later.
"""waymark:maplayertext: map the texts in a field of a layer, one document per feature."""

from qgis.core import (QgsFeatureRequest, QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)
from qgis.PyQt.QtCore import QDate, QDateTime

from .common import MAP_HELP, MapAlgorithm, tr, writeJsonl


class MapLayerText(MapAlgorithm):
    NAME = "maplayertext"
    DISPLAY_NAME = "Map a layer's text field"
    HELP = ("<p>Maps the texts held in a field of any vector layer or table (a CSV of articles, a table of "
            "reports): each feature is one document. Tick <i>Selected features only</i> to map just the "
            "selection.</p>"
            "<p><b>Joining back.</b> Each document's id, the doc_id column of the documents, mentions and movements "
            "layers, is the value of the <b>id field</b> as text (the feature id when no id field is chosen). So "
            "a join on the mentions or movements layer from doc_id to the source layer's id field (Layer "
            "Properties &gt; Joins) gives each mention the article's fields, and a relation lists a feature's "
            "mentions in its form. The id field's values must be unique and not empty; features with an "
            "empty text are skipped and said in the log. Title, date and URL fields, when given, fill the "
            "documents layer; its source column holds the URL, or else the layer's name.</p>" + MAP_HELP)
    INPUT = "INPUT"
    FIELD = "FIELD"
    ID_FIELD = "ID_FIELD"
    TITLE_FIELD = "TITLE_FIELD"
    DATE_FIELD = "DATE_FIELD"
    URL_FIELD = "URL_FIELD"

    def initInputs(self):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, tr("Input layer"),
                                                              [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(self.FIELD, tr("Text field"),
                                                      parentLayerParameterName=self.INPUT,
                                                      type=QgsProcessingParameterField.String))
        self.addParameter(QgsProcessingParameterField(self.ID_FIELD,
                                                      tr("Id field (becomes doc_id; default: feature id)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        for name, label in ((self.TITLE_FIELD, "Title field"), (self.DATE_FIELD, "Date field"),
                            (self.URL_FIELD, "URL field")):
            self.addParameter(QgsProcessingParameterField(name, tr(label), parentLayerParameterName=self.INPUT,
                                                          optional=True))

    def documents(self, parameters, context, feedback, folder):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        fields = {key: (self.parameterAsFields(parameters, name, context) or [None])[0]
                  for key, name in (("text", self.FIELD), ("id", self.ID_FIELD), ("title", self.TITLE_FIELD),
                                    ("date", self.DATE_FIELD), ("url", self.URL_FIELD))}
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        documents, seen, empty = [], {}, 0
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                break
            text = _text(feature[fields["text"]])
            doc_id = _text(feature[fields["id"]]) if fields["id"] else str(feature.id())
            if not doc_id:
                raise QgsProcessingException(tr("Feature {} has no value in the id field {}; each document needs "
                                                "an id.").format(feature.id(), fields["id"]))
            if doc_id in seen:
                raise QgsProcessingException(tr("The id field {} is not unique: '{}' is the id of features {} and "
                                                "{}. Choose a field with unique values.").format(
                    fields["id"], doc_id, seen[doc_id], feature.id()))
            seen[doc_id] = feature.id()
            if not text.strip():
                empty += 1
                feedback.pushInfo(tr("Skipped {} = {}: the text field is empty").format(fields["id"] or "feature",
                                                                                         doc_id))
                continue
            # the documents layer's source: the URL field's value, else the layer's name (not the temporary file)
            document = {"id": doc_id, "text": text, "url": source.sourceName()}
            for key in ("title", "date", "url"):
                if fields[key] and _text(feature[fields[key]]):
                    document[key] = _text(feature[fields[key]])
            documents.append(document)
        if not documents:
            raise QgsProcessingException(tr("No feature has a text in the field {}.").format(fields["text"]))
        feedback.pushInfo(tr("{} document(s) from the layer, {} with an empty text skipped").format(len(documents),
                                                                                                    empty))
        return [writeJsonl(folder, documents)], len(documents)


def _text(value):
    """A field value as text: NULL as empty, dates in ISO 8601."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss")
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    return str(value)
