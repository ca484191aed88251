# Waymark QGIS plugin. GPL-3.0-or-later.
"""The Processing provider "Waymark" (id waymark) and its setting: which Java runs the engine."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from . import engine
from .algorithms import ALGORITHMS
from .algorithms.common import ICON


class WaymarkProvider(QgsProcessingProvider):

    def id(self):
        return "waymark"

    def name(self):
        return "Waymark"

    def longName(self):
        return "Waymark: places and movements from news text"

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):
        return ICON

    def load(self):
        from processing.core.ProcessingConfig import ProcessingConfig, Setting
        ProcessingConfig.settingIcons[self.name()] = self.icon()
        ProcessingConfig.addSetting(Setting(self.name(), engine.JAVA_SETTING,
                                            "Java executable (17 or later; empty: JAVA_HOME, then PATH)", "",
                                            valuetype=Setting.FILE))
        ProcessingConfig.readSettings()
        self.refreshAlgorithms()
        return True

    def unload(self):
        from processing.core.ProcessingConfig import ProcessingConfig
        ProcessingConfig.removeSetting(engine.JAVA_SETTING)

    def loadAlgorithms(self):
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
