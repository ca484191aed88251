# Waymark QGIS plugin. GPL-3.0-or-later.
"""waymark:publishgeoserver: publish a Waymark GeoPackage on GeoServer as WMS layers with Waymark's styles."""

from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterAuthConfig, QgsProcessingParameterFile, QgsProcessingParameterString)

from .. import engine
from .common import WaymarkAlgorithm, tr

# The variable `waymark publish geoserver` reads the password from: it never appears on a command line.
PASSWORD_VARIABLE = "WAYMARK_GEOSERVER_PASSWORD"


class PublishGeoServer(WaymarkAlgorithm):
    NAME = "publishgeoserver"
    DISPLAY_NAME = "Publish to GeoServer"
    HELP = ("<p>Publishes a GeoPackage written by Waymark on GeoServer through its REST API: creates the "
            "workspace if missing, uploads the file as a GeoPackage store, publishes places, mentions, movements "
            "and flows (EPSG:4326) as WMS layers and gives each its Waymark SLD style. Running it again replaces "
            "the data and updates the styles.</p>"
            "<p><b>Authentication</b>: a QGIS authentication configuration of the Basic method (user name and "
            "password of a GeoServer administrator), kept in the QGIS password store. The password is handed "
            "to the engine through its environment, never on a command line or in the log.</p>"
            "<p>The result WMS_CAPABILITIES is the WMS GetCapabilities URL of the workspace.</p>")
    INPUT = "INPUT"
    URL = "URL"
    AUTHCFG = "AUTHCFG"
    WORKSPACE = "WORKSPACE"
    STORE = "STORE"
    WMS_CAPABILITIES = "WMS_CAPABILITIES"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, tr("Waymark GeoPackage"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterString(self.URL, tr("GeoServer URL"),
                                                       defaultValue="http://localhost:8080/geoserver"))
        self.addParameter(QgsProcessingParameterAuthConfig(self.AUTHCFG, tr("Authentication (Basic: user and "
                                                                              "password)")))
        self.addParameter(QgsProcessingParameterString(self.WORKSPACE, tr("Workspace"), defaultValue="news"))
        self.addParameter(QgsProcessingParameterString(self.STORE, tr("Data store"), defaultValue="waymark"))
        self.addOutput(QgsProcessingOutputString(self.WMS_CAPABILITIES, tr("WMS capabilities URL")))

    def processAlgorithm(self, parameters, context, feedback):
        user, password = credentials(self.parameterAsString(parameters, self.AUTHCFG, context))
        args = ["publish", "geoserver", self.parameterAsFile(parameters, self.INPUT, context),
                "--url", self.parameterAsString(parameters, self.URL, context).strip(), "--user", user,
                "--workspace", self.parameterAsString(parameters, self.WORKSPACE, context).strip(),
                "--store", self.parameterAsString(parameters, self.STORE, context).strip()]
        result = engine.run(args, feedback, env={PASSWORD_VARIABLE: password})
        urls = [line for line in result.lines if line.startswith("http")]
        return {self.WMS_CAPABILITIES: urls[-1] if urls else None}


def credentials(authcfg):
    """User name and password of a QGIS authentication configuration (Basic method)."""
    if not authcfg:
        raise QgsProcessingException(tr("Choose an authentication configuration with the GeoServer user and "
                                        "password."))
    config = QgsAuthMethodConfig()
    if not QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True):
        raise QgsProcessingException(tr("Cannot read the authentication configuration {} (is the QGIS password "
                                        "store unlocked?)").format(authcfg))
    user, password = config.config("username"), config.config("password")
    if not user or not password:
        raise QgsProcessingException(tr("The authentication configuration {} has no user name and password; use "
                                        "the Basic method.").format(authcfg))
    return user, password
