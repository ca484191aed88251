"""Runs the Waymark QGIS plugin in real, headless QGIS: installs the plugin ZIP into a fresh profile, loads it the
way QGIS does (classFactory, initGui), and runs every algorithm through processing.run, comparing what it loads
with what `waymark map` writes for the same input.

Usage: check_qgis_plugin.py ZIP WORKDIR
Environment: WAYMARK_GEOSERVER_URL (a GeoServer REST stand-in with admin/geoserver) enables the publish checks,
WAYMARK_GEONAMES_DIR (GeoNames dumps) the gazetteer build check; the other checks need neither."""

import glob
import hashlib
import json
import os
import shlex
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SAMPLE = os.path.join(REPO, "sample-data")
MODEL = os.path.join(REPO, "qgis-plugin", "models", "waymark_layer_text_buffer.model3")
sys.path.insert(0, HERE)

from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsProcessingException,  # noqa: E402
                       QgsProcessingFeatureSourceDefinition, QgsProcessingFeedback, QgsProcessingModelAlgorithm,
                       QgsProject, QgsVectorLayer, QgsVectorLayerJoinInfo)

from waymark_qgis import check, checks_done, default_qml, fail, renderer_mismatch  # noqa: E402

LAYERS_TOP_DOWN = ["places", "mentions", "movements", "flows"]


class Feedback(QgsProcessingFeedback):
    """Keeps the log lines and the progress; cancels after the first progress report when asked to."""

    def __init__(self, cancel_at_progress=False):
        super().__init__()
        self.lines = []
        self.commands = []
        self.progress = []
        self.cancel_at_progress = cancel_at_progress

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushCommandInfo(self, info):  # noqa: N802
        self.commands.append(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.lines.append(error)

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        self.progress.append(progress)
        if self.cancel_at_progress and progress > 0 and not self.isCanceled():
            self.canceled_at = time.time()
            self.cancel()


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    zip_path, work = (os.path.abspath(a) for a in sys.argv[1:])
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    plugins = os.path.join(work, "profile", "python", "plugins")
    with zipfile.ZipFile(zip_path) as z:
        tops = {name.split("/")[0] for name in z.namelist()}
        check(tops == {"waymark"}, "the ZIP has one top folder waymark/")
        for needed in ("metadata.txt", "__init__.py", "waymark.jar", "LICENSE", "icon.svg"):
            check("waymark/" + needed in z.namelist(), "the ZIP holds waymark/" + needed)
        z.extractall(plugins)
    os.environ["QGIS_AUTH_DB_DIR_PATH"] = os.path.join(work, "auth")
    os.makedirs(os.environ["QGIS_AUTH_DB_DIR_PATH"])
    app = QgsApplication([], False, os.path.join(work, "profile"))
    app.initQgis()
    sys.path.insert(0, os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    sys.path.insert(0, plugins)
    import processing
    import qgis.utils
    from processing.core.Processing import Processing
    from processing.core.ProcessingConfig import ProcessingConfig
    Processing.initialize()

    check(qgis.utils.loadPlugin("waymark") and qgis.utils.startPlugin("waymark"),
          "QGIS loads and starts the plugin (classFactory, initGui)")
    provider = QgsApplication.processingRegistry().providerById("waymark")
    check(provider is not None and provider.name() == "Waymark" and not provider.icon().isNull(),
          "the provider Waymark (id waymark) is registered, with its icon")
    ids = sorted(a.id() for a in provider.algorithms())
    check(ids == ["waymark:buildgazetteer", "waymark:mapdocuments", "waymark:maplayertext", "waymark:maptext",
                  "waymark:publishgeoserver"], "the five algorithms: %s" % ids)
    check("WAYMARK_JAVA" in ProcessingConfig.settings, "the provider registers the Processing setting WAYMARK_JAVA")
    jar = os.path.join(plugins, "waymark", "waymark.jar")
    env = Environment(work, jar, processing)

    env.map_documents()
    env.map_layer_text()
    env.map_text()
    env.cancel()
    env.bad_input()
    env.missing_java(ProcessingConfig)
    env.model()
    if os.environ.get("WAYMARK_GEOSERVER_URL"):
        env.publish(os.environ["WAYMARK_GEOSERVER_URL"])
    else:
        print("skipped: publishgeoserver (no WAYMARK_GEOSERVER_URL)")
    if os.environ.get("WAYMARK_GEONAMES_DIR"):
        env.build_gazetteer(os.environ["WAYMARK_GEONAMES_DIR"])
    else:
        print("skipped: buildgazetteer (no WAYMARK_GEONAMES_DIR)")
    print("QGIS plugin checks: all %d passed" % checks_done())
    qgis.utils.unloadPlugin("waymark")
    app.exitQgis()


def counts(gpkg):
    with sqlite3.connect("file:%s?mode=ro" % gpkg, uri=True) as db:
        return {t: db.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0]
                for t in LAYERS_TOP_DOWN + ["documents"]}


def doc_ids(gpkg, table):
    with sqlite3.connect("file:%s?mode=ro" % gpkg, uri=True) as db:
        return {r[0] for r in db.execute('SELECT DISTINCT doc_id FROM "%s"' % table)}


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def sample_documents():
    """The sample articles as (id, title, text): the JSONL ones and the plain text ones."""
    docs = []
    with open(os.path.join(SAMPLE, "wire-digest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs.append((d["id"], d.get("title"), d["text"]))
    for name in ("aid-convoys-sudan.txt", "baltic-exercise.md"):
        with open(os.path.join(SAMPLE, name), encoding="utf-8") as f:
            docs.append((os.path.splitext(name)[0], None, f.read()))
    return docs


class Environment:
    def __init__(self, work, jar, processing):
        self.work = work
        self.jar = jar
        self.processing = processing

    def path(self, *parts):
        return os.path.join(self.work, *parts)

    def cli(self, *args):
        """`waymark ARGS` with the jar the plugin carries; (exit code, stderr lines)."""
        done = subprocess.run(["java", "-Xmx1g", "-jar", self.jar] + list(args), stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
        return done.returncode, done.stderr.decode("utf-8").splitlines()

    def reference(self, name, *inputs):
        out = self.path(name + "-cli.gpkg")
        code, err = self.cli("map", *inputs, "-o", out, "--offline", "--quiet")
        if code != 0:
            fail("waymark map %s exited %d: %s" % (inputs, code, err))
        return counts(out)

    def run(self, algorithm, parameters, feedback=None):
        return self.processing.run(algorithm, parameters, feedback=feedback or Feedback())

    def check_loaded(self, gpkg, expected, what):
        """The group named after the GeoPackage holds places, mentions, movements, flows (top to bottom), each
        valid, drawn with the style the GeoPackage stores, with the feature counts of `waymark map`."""
        name = os.path.splitext(os.path.basename(gpkg))[0]
        group = QgsProject.instance().layerTreeRoot().findGroup(name)
        check(group is not None, "%s: a layer group named %s" % (what, name))
        layers = [node.layer() for node in group.findLayers()]
        check([l.name() for l in layers] == LAYERS_TOP_DOWN,
              "%s: the group holds %s from top to bottom" % (what, ", ".join(LAYERS_TOP_DOWN)))
        for layer in layers:
            check(layer.isValid() and layer.source().startswith(gpkg), "%s: %s is valid, from %s"
                  % (what, layer.name(), os.path.basename(gpkg)))
            mismatch = renderer_mismatch(layer, default_qml(gpkg, layer.name()))
            check(mismatch is None, "%s: %s is drawn with the Waymark style stored in the GeoPackage (%s)"
                  % (what, layer.name(), mismatch or layer.renderer().type()))
            check(layer.featureCount() == expected[layer.name()], "%s: %s has %d features, as waymark map writes"
                  % (what, layer.name(), expected[layer.name()]))

    def map_documents(self):
        expected = self.reference("sample", SAMPLE)
        out = self.path("sample.gpkg")
        feedback = Feedback()
        t0 = time.time()
        os.environ["WAYMARK_DEBUG"] = "1"  # the engine says which JVM options it chose
        try:
            result = self.run("waymark:mapdocuments", {"FOLDER": SAMPLE, "OUTPUT": out}, feedback)
        finally:
            del os.environ["WAYMARK_DEBUG"]
        seconds = time.time() - t0
        check(result["OUTPUT"] == out and result["DOCUMENT_COUNT"] == expected["documents"],
              "mapdocuments: %d documents mapped into %s" % (expected["documents"], os.path.basename(out)))
        self.check_loaded(out, expected, "mapdocuments")
        check(feedback.progress and max(feedback.progress) == 100, "mapdocuments: the progress reaches 100%")
        check(any(l.startswith("wrote ") for l in feedback.lines), "mapdocuments: the engine's summary is logged")
        print("timing: mapdocuments on sample-data, run to layers shown: %.1f s" % seconds)
        check(shlex.split(feedback.commands[0])[1:2] == ["-jar"],
              "mapdocuments: the plugin starts the engine bare (java -jar), leaving the JVM options to it")
        chosen = [l for l in feedback.lines if "running in a JVM of its own" in l]
        check(chosen and "-XX:TieredStopAtLevel=1" in chosen[0].split() and "-Xmx1g" in chosen[0].split(),
              "mapdocuments: the engine runs a small input with its 1 GB heap and the quick JIT compiler only")
        # Append: the same documents again add nothing
        self.run("waymark:mapdocuments", {"FOLDER": SAMPLE, "OUTPUT": out, "MODE": 1})
        self.check_loaded(out, expected, "mapdocuments, appending the same documents")
        single = self.path("one.gpkg")
        one = os.path.join(SAMPLE, "aid-convoys-sudan.txt")
        self.run("waymark:mapdocuments", {"INPUT": one, "OUTPUT": single})
        self.check_loaded(single, self.reference("one", one), "mapdocuments, one file")

    def write_csv(self, docs):
        path = self.path("articles.csv")
        import csv
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["ref", "headline", "body", "published"])
            for i, (doc_id, title, text) in enumerate(docs):
                w.writerow(["A%02d" % (i + 1), title or "", text, "2024-05-%02d" % (i + 1)])
        layer = QgsVectorLayer("file://%s?type=csv&detectTypes=yes&geomType=none" % path, "articles", "delimitedtext")
        check(layer.isValid() and layer.featureCount() == len(docs), "a CSV table of %d articles opens" % len(docs))
        QgsProject.instance().addMapLayer(layer)
        return layer

    def map_layer_text(self):
        docs = sample_documents()
        layer = self.write_csv(docs)
        jsonl = self.path("articles.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for i, (_, title, text) in enumerate(docs):
                f.write(json.dumps({"id": "A%02d" % (i + 1), "text": text, "title": title}) + "\n")
        expected = self.reference("articles", jsonl)
        out = self.path("articles.gpkg")
        result = self.run("waymark:maplayertext", {"INPUT": layer, "FIELD": "body", "ID_FIELD": "ref",
                                                   "TITLE_FIELD": "headline", "DATE_FIELD": "published",
                                                   "OUTPUT": out})
        check(result["DOCUMENT_COUNT"] == len(docs), "maplayertext: one document per feature (%d)" % len(docs))
        self.check_loaded(out, expected, "maplayertext")
        refs = {f["ref"] for f in layer.getFeatures()}
        check(doc_ids(out, "mentions") <= refs and doc_ids(out, "documents") == refs,
              "maplayertext: doc_id of documents and mentions is the id field's value")
        mentions = QgsProject.instance().layerTreeRoot().findGroup("articles").findLayers()[1].layer()
        join = QgsVectorLayerJoinInfo()
        join.setJoinLayer(layer)
        join.setJoinFieldName("ref")
        join.setTargetFieldName("doc_id")
        join.setPrefix("article_")
        check(mentions.addJoin(join), "maplayertext: a join from mentions.doc_id to the CSV's ref is accepted")
        dates = [f["article_published"] for f in mentions.getFeatures()]
        check(dates and all(d for d in dates),
              "maplayertext: through the join each of the %d mentions gets its article's date" % len(dates))
        with sqlite3.connect(out) as db:
            row = db.execute("SELECT title, date, source FROM documents WHERE doc_id = 'A01'").fetchone()
        check(row == (docs[0][1], "2024-05-01", "articles"),
              "maplayertext: title and date come from their fields, source is the layer's name (%s)" % (row,))
        layer.selectByIds([f.id() for f in layer.getFeatures()][:2])
        selected = self.path("selected.gpkg")
        result = self.run("waymark:maplayertext", {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "FIELD": "body", "ID_FIELD": "ref",
            "OUTPUT": selected})
        check(result["DOCUMENT_COUNT"] == 2 and doc_ids(selected, "documents") == {"A01", "A02"},
              "maplayertext: selected features only maps the 2 selected")
        fid = self.path("fid.gpkg")
        self.run("waymark:maplayertext", {"INPUT": layer, "FIELD": "body", "OUTPUT": fid})
        check(doc_ids(fid, "documents") == {str(f.id()) for f in layer.getFeatures()},
              "maplayertext: without an id field, doc_id is the feature id")

    def map_text(self):
        _, title, text = sample_documents()[0]
        jsonl = self.path("pasted.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            f.write(json.dumps({"id": "pasted", "text": text}) + "\n")
        expected = self.reference("pasted", jsonl)
        out = self.path("pasted.gpkg")
        self.run("waymark:maptext", {"TEXT": text, "DOC_ID": "pasted", "OUTPUT": out})
        self.check_loaded(out, expected, "maptext")
        check(doc_ids(out, "documents") == {"pasted"}, "maptext: the document id is the one given")

    def big_corpus(self, copies=12):
        path = self.path("big.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for k in range(copies):
                for doc_id, title, text in sample_documents():
                    f.write(json.dumps({"id": "%s-%d" % (doc_id, k), "text": text}) + "\n")
        return path

    def cancel(self):
        corpus = self.big_corpus()
        out = self.path("earlier.gpkg")
        shutil.copy(self.path("sample.gpkg"), out)
        before = sha256(out)
        feedback = Feedback(cancel_at_progress=True)
        try:
            self.run("waymark:mapdocuments", {"INPUT": corpus, "OUTPUT": out, "MODE": 1}, feedback)
            fail("cancel: the run was not canceled")
        except QgsProcessingException as e:
            check("Canceled" in str(e), "cancel: the run stops with '%s'" % e)
            print("timing: cancel to stopped engine: %.1f s" % (time.time() - feedback.canceled_at))
        check(feedback.progress and min(p for p in feedback.progress if p > 0) < 100,
              "cancel: it was canceled mid-run, at %.0f%%" % min(p for p in feedback.progress if p > 0))
        check(sha256(out) == before, "cancel: the earlier GeoPackage appended to is unchanged, byte for byte")
        fresh = self.path("canceled.gpkg")
        try:
            self.run("waymark:mapdocuments", {"INPUT": corpus, "OUTPUT": fresh}, Feedback(cancel_at_progress=True))
        except QgsProcessingException:
            pass
        # the engine's temporary files (".NAME.<pid>.<uuid>.tmp.gpkg" and SQLite's companions); the empty
        # ".NAME.gpkg.lock" that serialises writers stays by design
        leftovers = [p for p in glob.glob(self.path(".*")) if ".tmp.gpkg" in p]
        check(not os.path.exists(fresh) and not leftovers,
              "cancel: no output file and no temporary file left (%s)" % leftovers)
        # an engine killed outright (as on Windows) cannot clean up: the plugin deletes its temporary file
        from waymark import engine
        gentle = engine.stop
        engine.stop = lambda process: (process.kill(), process.wait())
        try:
            self.run("waymark:mapdocuments", {"INPUT": corpus, "OUTPUT": fresh}, Feedback(cancel_at_progress=True))
        except QgsProcessingException:
            pass
        finally:
            engine.stop = gentle
        # the engine's temporary files (".NAME.<pid>.<uuid>.tmp.gpkg" and SQLite's companions); the empty
        # ".NAME.gpkg.lock" that serialises writers stays by design
        leftovers = [p for p in glob.glob(self.path(".*")) if ".tmp.gpkg" in p]
        check(not os.path.exists(fresh) and not leftovers,
              "cancel with the engine killed: no output file and no temporary file left (%s)" % leftovers)

    def bad_input(self):
        binary = self.path("binary.txt")
        with open(binary, "wb") as f:
            f.write(bytes(range(256)) * 8)
        code, err = self.cli("map", binary, "-o", self.path("binary-cli.gpkg"), "--offline", "--quiet")
        engine_lines = [l for l in err if l.startswith("waymark:")]
        try:
            self.run("waymark:mapdocuments", {"INPUT": binary, "OUTPUT": self.path("binary.gpkg")})
            fail("bad input: no error")
        except QgsProcessingException as e:
            check(engine_lines and all(l in str(e) for l in engine_lines),
                  "bad input: the error carries the engine's words: %s" % str(e).replace("\n", " | "))
        index = self.path("broken.idx")
        with open(index, "w") as f:
            f.write("not an index")
        code, err = self.cli("map", SAMPLE, "-o", self.path("broken-cli.gpkg"), "--gazetteer", index, "--quiet")
        check(code == 2 and err, "a broken gazetteer index makes waymark map exit 2")
        try:
            self.run("waymark:mapdocuments", {"FOLDER": SAMPLE, "GAZETTEER": 1, "GAZETTEER_INDEX": index,
                                              "OUTPUT": self.path("broken.gpkg")})
            fail("broken index: no error")
        except QgsProcessingException as e:
            check(str(e) == err[-1], "a failed run's error is the engine's, word for word: %s" % e)
        try:
            self.run("waymark:mapdocuments", {"OUTPUT": self.path("nothing.gpkg")})
            fail("no input: no error")
        except QgsProcessingException as e:
            check("Choose an input file or an input folder" in str(e), "no input: '%s'" % str(e).strip())
        try:
            self.run("waymark:maptext", {"TEXT": "Troops left Syria.", "GAZETTEER": 2,
                                         "OUTPUT": self.path("web.gpkg")})
            fail("web service without a user: no error")
        except QgsProcessingException as e:
            check("GeoNames user name" in str(e), "web service without a user name: '%s'" % str(e).strip())

    def missing_java(self, config):
        old = os.path.join(self.work, "java11")
        with open(old, "w") as f:
            f.write('#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n')
        os.chmod(old, os.stat(old).st_mode | stat.S_IEXEC)
        # a folder as Java home without bin/java, and a Java that is too old
        cases = [(self.work, "no Java was found"), (old, "is Java 11")]
        for java, words in cases:
            config.setSettingValue("WAYMARK_JAVA", java)
            try:
                self.run("waymark:maptext", {"TEXT": "Troops left Syria.", "OUTPUT": self.path("java.gpkg")})
                fail("java %s: no error" % java)
            except QgsProcessingException as e:
                check(words in str(e) and "Install Java 17 or later" in str(e), "java %s: '%s'" % (java, e))
        config.setSettingValue("WAYMARK_JAVA", "")
        saved = dict(os.environ)
        try:
            os.environ.pop("JAVA_HOME", None)
            os.environ["PATH"] = self.work
            self.run("waymark:maptext", {"TEXT": "Troops left Syria.", "OUTPUT": self.path("java.gpkg")})
            fail("no java on PATH: no error")
        except QgsProcessingException as e:
            check("no Java was found in PATH" in str(e) and "Install Java 17" in str(e), "no Java on PATH: '%s'" % e)
        finally:
            os.environ.clear()
            os.environ.update(saved)
        check(not os.path.exists(self.path("java.gpkg")), "without Java nothing is written")

    def model(self):
        model = QgsProcessingModelAlgorithm()
        check(model.fromFile(MODEL), "the model %s loads" % os.path.basename(MODEL))
        layer = QgsProject.instance().mapLayersByName("articles")[0]
        gpkg = self.path("model.gpkg")
        buffered = self.path("model-buffered.gpkg")
        result = self.processing.run(model, {"articles": layer, "text": "body", "id": "ref", "distance": 0.5,
                                             "maplayertext:Waymark GeoPackage": gpkg,
                                             "buffer:Buffered places": buffered}, feedback=Feedback())
        out = QgsVectorLayer(result["buffer:Buffered places"], "buffered", "ogr")
        places = counts(gpkg)["places"]
        check(out.isValid() and out.featureCount() == places and out.geometryType() == 2,
              "the model maplayertext -> native:buffer buffers all %d places into polygons" % places)

    def publish(self, url):
        manager = QgsApplication.authManager()
        check(manager.setMasterPassword("waymark-test", True), "a QGIS password store for the test")
        config = QgsAuthMethodConfig("Basic")
        config.setName("geoserver")
        config.setConfig("username", "admin")
        config.setConfig("password", "geoserver")
        check(manager.storeAuthenticationConfig(config)[0], "an authentication configuration (Basic) is stored")
        feedback = Feedback()
        result = self.run("waymark:publishgeoserver", {"INPUT": self.path("sample.gpkg"), "URL": url,
                                                       "AUTHCFG": config.id(), "WORKSPACE": "news"}, feedback)
        check(result["WMS_CAPABILITIES"] and "/news/wms" in result["WMS_CAPABILITIES"],
              "publishgeoserver: published, WMS at %s" % result["WMS_CAPABILITIES"])
        command = [a for line in feedback.commands for a in shlex.split(line)]
        options = command[command.index("publish") + 2:] if "publish" in command else []
        check(options and "geoserver" not in options and "--password" not in options,
              "publishgeoserver: the password is not on the engine's command line (it goes in its environment)")
        wrong = QgsAuthMethodConfig("Basic")
        wrong.setName("wrong")
        wrong.setConfig("username", "admin")
        wrong.setConfig("password", "not-the-password")
        manager.storeAuthenticationConfig(wrong)
        try:
            self.run("waymark:publishgeoserver", {"INPUT": self.path("sample.gpkg"), "URL": url,
                                                  "AUTHCFG": wrong.id(), "WORKSPACE": "news"})
            fail("wrong password: no error")
        except QgsProcessingException as e:
            check(str(e).startswith("waymark: ") and "401" in str(e),
                  "publishgeoserver, wrong password: the engine's error: %s" % e)

    def build_gazetteer(self, geonames):
        dumps = self.path("geonames")
        os.makedirs(dumps)
        for name in ("countryInfo.txt", "admin1CodesASCII.txt"):
            shutil.copy(os.path.join(geonames, name), dumps)
        with open(os.path.join(geonames, "cities500.txt"), encoding="utf-8") as f, \
                open(os.path.join(dumps, "cities500.txt"), "w", encoding="utf-8") as out:
            for _, line in zip(range(300), f):
                out.write(line)
        index = self.path("small.idx")
        self.run("waymark:buildgazetteer", {"INPUT": dumps, "OUTPUT": index})
        check(os.path.getsize(index) > 0, "buildgazetteer: writes %s" % os.path.basename(index))
        out = self.path("with-index.gpkg")
        self.run("waymark:maptext", {"TEXT": sample_documents()[0][2], "GAZETTEER": 1, "GAZETTEER_INDEX": index,
                                     "OUTPUT": out})
        with sqlite3.connect(out) as db:
            sources = {r[0] for r in db.execute("SELECT DISTINCT source FROM places")}
        check(sources == {"geonames-index"}, "maptext with the built index resolves with it (%s)" % sources)


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        fail(str(e))
