"""Serves a Waymark QGIS project with QGIS Server (qgis_mapserver) on 127.0.0.1 and checks what a WMS client gets.

usage: /usr/bin/python3 check_qgis_server.py GPKG QGS OUTDIR

- GetCapabilities (WMS 1.3.0) lists the Waymark layers and the base map, offers EPSG:4326 and EPSG:3857, and
  carries the GeoNames CC BY 4.0 attribution;
- GetMap answers image/png, in EPSG:3857 and in EPSG:4326 (lat/lon axis order), with the movements drawn: pixels
  sampled along each movement line differ from the same map without the movements layer, in the movements' colours.

The server gets a free port, is waited for at most SERVER_START_SECONDS, each request at most REQUEST_SECONDS, and
is stopped at the end whatever happened. Exit status 0 when every check passed, 1 on the first failed one.
"""

import gc
import math
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

from waymark_qgis import (WAYMARK_LAYERS, QmlRenderer, arguments, check, checks_done, default_qml, fail, movements_drawn,
                          start_qgis)

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QImage

QGIS_MAPSERVER = "/usr/bin/qgis_mapserver"
SERVER_START_SECONDS = 60
REQUEST_SECONDS = 60
STOP_SECONDS = 10
WMS = "{http://www.opengis.net/wms}"
ALL_LAYERS = ["countries", "flows", "movements", "mentions", "places"]  # WMS order: first drawn first
EARTH_RADIUS = 6378137.0


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """qgis_mapserver as a child process in its own process group, so that stopping it stops it all."""

    def __init__(self, outdir):
        self.port = free_port()
        self.log_path = os.path.join(outdir, "qgis_mapserver.log")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_SERVER_ADDRESS="127.0.0.1",
                   QGIS_SERVER_PORT=str(self.port), QGIS_SERVER_LOG_LEVEL="1", QGIS_SERVER_LOG_STDERR="1")
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen([QGIS_MAPSERVER], env=env, stdin=subprocess.DEVNULL, stdout=self.log,
                                        stderr=subprocess.STDOUT, start_new_session=True)

    def url(self, params):
        return "http://127.0.0.1:%d/ows/?%s" % (self.port, urllib.parse.urlencode(params))

    def wait_until_listening(self):
        deadline = time.monotonic() + SERVER_START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError("qgis_mapserver exited with status %s at start:\n%s"
                                     % (self.process.returncode, self.log_text()))
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return time.monotonic() - (deadline - SERVER_START_SECONDS)
            except OSError:
                time.sleep(0.2)
        raise AssertionError("qgis_mapserver did not listen on port %d within %d s:\n%s"
                             % (self.port, SERVER_START_SECONDS, self.log_text()))

    def get(self, params):
        try:
            with urllib.request.urlopen(self.url(params), timeout=REQUEST_SECONDS) as response:
                return response.status, response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Content-Type", ""), e.read()

    def log_text(self):
        self.log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")[-4000:]

    def stop(self):
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=STOP_SECONDS)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.process.wait(timeout=STOP_SECONDS)
        self.log.close()


def check_capabilities(server, qgs):
    status, content_type, body = server.get({"MAP": qgs, "SERVICE": "WMS", "VERSION": "1.3.0",
                                             "REQUEST": "GetCapabilities"})
    check(status == 200 and "xml" in content_type,
          "GetCapabilities answers %s %s%s" % (status, content_type,
                                               "" if status == 200 else ": " + body[:500].decode("utf-8", "replace")))
    root = ET.fromstring(body)
    check(root.tag == WMS + "WMS_Capabilities", "GetCapabilities is a WMS 1.3.0 document (%s)" % root.tag)
    title = root.findtext("%sService/%sTitle" % (WMS, WMS))
    check(bool(title) and "Waymark" in title, "the service is titled %r" % title)
    layers = {l.findtext(WMS + "Name"): l for l in root.iter(WMS + "Layer") if l.findtext(WMS + "Name")}
    for name in ALL_LAYERS:
        check(name in layers, "GetCapabilities lists the layer %s" % name)
    crs = {c.text for c in root.iter(WMS + "CRS")}
    check({"EPSG:4326", "EPSG:3857"} <= crs, "the layers are offered in EPSG:4326 and EPSG:3857")
    for name in WAYMARK_LAYERS:
        attribution = layers[name].findtext("%sAttribution/%sTitle" % (WMS, WMS))
        check(attribution == "GeoNames CC BY 4.0", "%s is attributed to %r" % (name, attribution))
    constraints = root.findtext("%sService/%sAccessConstraints" % (WMS, WMS)) or ""
    check("GeoNames" in constraints and "CC BY 4.0" in constraints,
          "the service's access constraints name the GeoNames licence")
    box = root.find("%sCapability/%sLayer/%sEX_GeographicBoundingBox" % (WMS, WMS, WMS))
    check(box is not None, "the root layer has a geographic extent")
    return {k: float(box.findtext(WMS + k)) for k in
            ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude")}


def mercator(lon, lat):
    return (EARTH_RADIUS * math.radians(lon),
            EARTH_RADIUS * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def get_map(server, qgs, layers, crs, bbox, width, height, path):
    status, content_type, body = server.get({
        "MAP": qgs, "SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "LAYERS": ",".join(layers),
        "STYLES": "", "CRS": crs, "BBOX": ",".join("%.6f" % v for v in bbox), "WIDTH": width, "HEIGHT": height,
        "FORMAT": "image/png", "TRANSPARENT": "FALSE"})
    check(status == 200 and content_type.startswith("image/png"),
          "GetMap %s %s answers %s %s%s" % (crs, "+".join(layers), status, content_type,
                                            "" if content_type.startswith("image") else ": " + body[:300].decode(
                                                "utf-8", "replace")))
    with open(path, "wb") as f:
        f.write(body)
    image = QImage.fromData(body, "PNG")
    check(not image.isNull() and image.width() == width and image.height() == height,
          "GetMap returned a %dx%d PNG (%s)" % (width, height, os.path.basename(path)))
    return image


def check_get_map(server, qgs, gpkg, extent, crs, outdir):
    west, east = extent["westBoundLongitude"], extent["eastBoundLongitude"]
    south, north = extent["southBoundLatitude"], extent["northBoundLatitude"]
    if crs == "EPSG:3857":
        (minx, miny), (maxx, maxy) = mercator(west, south), mercator(east, north)
        bbox = (minx, miny, maxx, maxy)

        def project(lon, lat):
            return mercator(lon, lat)
    else:  # WMS 1.3.0 EPSG:4326: latitude first
        minx, miny, maxx, maxy = west, south, east, north
        bbox = (south, west, north, east)

        def project(lon, lat):
            return lon, lat
    width = 1000
    height = max(200, int(round(width * (maxy - miny) / (maxx - minx))))
    tag = crs.replace(":", "")
    image = get_map(server, qgs, ALL_LAYERS, crs, bbox, width, height, os.path.join(outdir, "wms-%s.png" % tag))
    without = get_map(server, qgs, [l for l in ALL_LAYERS if l != "movements"], crs, bbox, width, height,
                      os.path.join(outdir, "wms-%s-without-movements.png" % tag))

    def to_pixel(lon, lat):
        x, y = project(lon, lat)
        return (x - minx) / (maxx - minx) * width, (maxy - y) / (maxy - miny) * height

    colors = QmlRenderer(default_qml(gpkg, "movements")).colors
    movements = QgsVectorLayer("%s|layername=movements" % gpkg, "movements", "ogr")
    drawn = total = 0
    for _, hits, sampled in movements_drawn(movements, image, without, colors, to_pixel):
        drawn += hits
        total += sampled
    check(total > 0 and drawn >= 0.6 * total,
          "GetMap %s draws the movement lines: %d of %d points sampled between their ends" % (crs, drawn, total))


def main():
    gpkg, qgs, outdir = arguments(__doc__)
    if not os.access(QGIS_MAPSERVER, os.X_OK):
        fail("%s is not installed (Debian package qgis-server)" % QGIS_MAPSERVER)
    app = start_qgis()
    server = Server(outdir)
    status = 0
    try:
        seconds = server.wait_until_listening()
        check(True, "qgis_mapserver listens on 127.0.0.1:%d after %.1f s" % (server.port, seconds))
        extent = check_capabilities(server, qgs)
        check_get_map(server, qgs, gpkg, extent, "EPSG:3857", outdir)
        check_get_map(server, qgs, gpkg, extent, "EPSG:4326", outdir)
        print("QGIS Server checks: all %d good" % checks_done(), flush=True)
    except AssertionError as e:
        print("FAILED: %s\n--- qgis_mapserver log (end) ---\n%s" % (e, server.log_text()), file=sys.stderr,
              flush=True)
        status = 1
    finally:
        server.stop()
    # Layers must go before QGIS does: left to the interpreter's exit they may crash it.
    gc.collect()
    app.exitQgis()
    sys.exit(status)

if __name__ == "__main__":
    main()
