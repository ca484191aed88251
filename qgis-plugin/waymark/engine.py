# Waymark QGIS plugin. GPL-3.0-or-later.
"""Runs Waymark's engine, a Java program (waymark.jar beside this file), as a child process: finds Java 17+,
turns the engine's JSON progress lines into Processing feedback, relays its messages word for word, and stops it
when the user cancels."""

import json
import os
import queue
import re
import shlex
import shutil
import subprocess
import threading

from qgis.core import QgsProcessingException

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(PLUGIN_DIR, "waymark.jar")
# The Processing setting (Options > Processing > Providers > Waymark) that names the Java to use.
JAVA_SETTING = "WAYMARK_JAVA"
MIN_JAVA = 17
INSTALL_JAVA = ("Install Java {0} or later (for example Eclipse Temurin {0}, or on Debian/Ubuntu: "
                "apt install openjdk-{0}-jre-headless), then restart QGIS, or give its path in Settings > Options > "
                "Processing > Providers > Waymark > Java executable.").format(MIN_JAVA)
STOP_WAIT_SECONDS = 10
_EOF = object()
_versions = {}


def java_setting():
    """The Java the user set in the Processing options; empty when unset (or outside Processing)."""
    try:
        from processing.core.ProcessingConfig import ProcessingConfig
        return (ProcessingConfig.getSetting(JAVA_SETTING) or "").strip()
    except Exception:  # noqa: BLE001 - no Processing framework: no setting
        return ""


def find_java(setting=None):
    """The java executable to run: the Processing setting (an executable or a Java home), else JAVA_HOME, else
    PATH. Raises QgsProcessingException with one clear message when there is none, or it is older than 17."""
    setting = java_setting() if setting is None else setting
    if setting:
        java, where = _executable(setting), "the Processing setting 'Java executable' ({})".format(setting)
    elif os.environ.get("JAVA_HOME"):
        java, where = _executable(os.environ["JAVA_HOME"]), "JAVA_HOME ({})".format(os.environ["JAVA_HOME"])
    else:
        java, where = shutil.which("java"), "PATH"
    if not java or not os.path.isfile(java):
        raise QgsProcessingException("Waymark needs Java {} or later, but no Java was found in {}. {}".format(
            MIN_JAVA, where, INSTALL_JAVA))
    version = java_version(java)
    if version is None:
        raise QgsProcessingException("Waymark needs Java {} or later, but {} (from {}) does not run or tell its "
                                     "version. {}".format(MIN_JAVA, java, where, INSTALL_JAVA))
    if version < MIN_JAVA:
        raise QgsProcessingException("Waymark needs Java {} or later, but {} (from {}) is Java {}. {}".format(
            MIN_JAVA, java, where, version, INSTALL_JAVA))
    return java


def _executable(path):
    """A java executable, or the one in a Java home folder."""
    if os.path.isdir(path):
        name = "java.exe" if os.name == "nt" else "java"
        return os.path.join(path, "bin", name)
    return path


def java_version(java):
    """The feature version of a java executable (8 for 1.8, 17 for 17.0.15), or None; cached per file."""
    try:
        key = (java, os.path.getmtime(java))
    except OSError:
        return None
    if key not in _versions:
        try:
            done = subprocess.run([java, "-version"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=60, **_no_window())
            text = done.stdout.decode("utf-8", "replace")
        except (OSError, subprocess.SubprocessError):
            text = ""
        match = re.search(r'version "(\d+)(?:\.(\d+))?', text)
        if match is None:
            _versions[key] = None
        else:
            major = int(match.group(1))
            _versions[key] = int(match.group(2) or 0) if major == 1 else major
    return _versions[key]


def _no_window():
    """No console window flashing up on Windows."""
    return {"creationflags": subprocess.CREATE_NO_WINDOW} if os.name == "nt" else {}


class Result:
    """What a finished run left: its exit code, its plain lines, and the counts of its closing JSON line."""

    def __init__(self, code, lines, done):
        self.code = code
        self.lines = lines
        self.done = done or {}


class ProgressReporter:
    """Turns `map --progress json` lines into Processing feedback. `total` overrides the engine's, when the caller
    knows how many documents it gave (a layer's features)."""

    def __init__(self, feedback, total=None):
        self.feedback = feedback
        self.total = total
        self.done = None

    def event(self, event):
        kind = event.get("event")
        if kind == "start":
            total = self.total or event.get("total")
            self.feedback.pushInfo("Mapping {} document(s)".format(total) if total else "Mapping the documents")
        elif kind == "document":
            total = self.total or event.get("total")
            share = event["done"] / total if total else event.get("fraction")
            if share is not None:
                self.feedback.setProgress(min(100.0, 100.0 * share))
            self.feedback.pushInfo("{}/{} {} ({})".format(event["done"], total or "?", event.get("doc"),
                                                          event.get("source")))
        elif kind == "done":
            self.done = event


def jar():
    path = os.environ.get("WAYMARK_JAR") or JAR
    if not os.path.isfile(path):
        raise QgsProcessingException("Waymark's engine {} is missing; reinstall the plugin from its ZIP.".format(path))
    return path


def run(args, feedback, env=None, total=None):
    """Runs `java -jar waymark.jar ARGS` and waits for it. Every plain line it prints goes to the Processing log as
    it is; JSON progress lines move the progress bar. Cancel stops the engine (which then deletes its temporary
    file) and raises. Exit code 2 (or any other failure) raises with the engine's own error lines. The engine picks
    its own JVM options (heap, collector, JIT) for the command, as it does however it is started."""
    java = find_java()
    command = [java, "-jar", jar()] + list(args)
    feedback.pushCommandInfo(" ".join(shlex.quote(a) for a in command))
    child_env = dict(os.environ)
    child_env.update(env or {})
    reporter = ProgressReporter(feedback, total)
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, env=child_env, **_no_window())
    except OSError as e:
        raise QgsProcessingException("Cannot start {}: {}".format(java, e))
    lines = queue.Queue()
    threading.Thread(target=_read, args=(process.stdout, lines), daemon=True).start()
    plain = []
    while True:
        if feedback.isCanceled():
            stop(process)
            raise QgsProcessingException("Canceled: Waymark was stopped; its output was not written.")
        try:
            line = lines.get(timeout=0.1)
        except queue.Empty:
            continue
        if line is _EOF:
            break
        event = _json(line)
        if event is not None:
            reporter.event(event)
        elif line:
            plain.append(line)
            if line.startswith("waymark: skipped"):
                feedback.reportError(line, False)
            else:
                feedback.pushInfo(line)
    code = process.wait()
    if code not in (0, 1):
        errors = [l for l in plain if l.startswith("waymark:")] or plain[-5:] or ["exit code {}".format(code)]
        raise QgsProcessingException("\n".join(errors))
    return Result(code, plain, reporter.done)


def _read(stream, lines):
    for raw in iter(stream.readline, b""):
        lines.put(raw.decode("utf-8", "replace").rstrip("\r\n"))
    stream.close()
    lines.put(_EOF)


def _json(line):
    if not line.startswith("{"):
        return None
    try:
        event = json.loads(line)
    except ValueError:
        return None
    return event if isinstance(event, dict) and "event" in event else None


def stop(process):
    """Asks the engine to stop (its shutdown hook deletes the temporary output), then forces it if it lingers."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(STOP_WAIT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
