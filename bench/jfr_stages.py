#!/usr/bin/env python3
"""Sums the execution samples of a JFR recording by pipeline stage.

Usage: jfr_stages.py RECORDING.jfr
Reads `jfr print --events jdk.ExecutionSample` (the JDK's jfr tool) and files each sample under the first stage,
in the order below, that one of its frames belongs to. JFR samples threads running Java code only: time in the JIT
compiler and the garbage collector does not show here (compare the CPU seconds of bench/run.sh).
"""
import collections
import re
import subprocess
import sys

# (stage, frame substrings): the first stage any frame of a sample matches wins, so nested work goes to the inner
# stage (the parse under MovementExtractor counts as depparse, the gazetteer lookups under the gate as gate)
STAGES = [
    ("load: gazetteer", ["GeoNamesIndex.embedded", "GeoNamesIndex.buildEmbedded", "GeoNamesIndex.load"]),
    ("load: tagger", ["NlpPipeline$Tagger.load"]),
    ("load: ner", ["NlpPipeline.loadNer"]),
    ("load: parser", ["NlpPipeline.loadParser", "DependencyParseAnnotator.<init>"]),
    # before the models loaded in the background, NlpPipeline.load built one CoreNLP pipeline for all of them
    ("load: tagger + ner", ["=org.waymark.nlp.NlpPipeline.load"]),
    ("tokenize", ["TokenizerAnnotator"]),
    ("ssplit", ["WordsToSentencesAnnotator"]),
    ("pos", ["POSTaggerAnnotator"]),
    ("lemma", ["MorphaAnnotator"]),
    ("ner", ["NERCombinerAnnotator"]),
    ("depparse", ["DependencyParser.predict", "SemanticGraphFactory"]),
    ("gate", ["org.waymark.NameGate"]),
    ("recognize", ["ToponymRecognizer"]),
    ("resolve", ["ToponymResolver"]),
    ("movements (without parse)", ["MovementExtractor"]),
    ("nlp other", ["NlpPipeline.annotate"]),
    ("write", ["GeoPackageWriter"]),
    ("read", ["DocumentReader", "JsonlFile"]),
]


def matches(mark, frame):
    """A mark is a substring of the frame's method, or with a leading '=' the whole of it."""
    return frame == mark[1:] if mark.startswith("=") else mark in frame


def main(path):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                          check=True, capture_output=True, text=True).stdout
    counts = collections.Counter()
    for sample in text.split("jdk.ExecutionSample {")[1:]:
        frames = re.findall(r"^\s+(\S+?)\(", sample, re.M)
        stage = next((name for name, marks in STAGES if any(matches(m, f) for f in frames for m in marks)), "other")
        counts[stage] += 1
    total = sum(counts.values())
    print(f"{total} samples")
    for name in [s for s, _ in STAGES] + ["other"]:
        if counts[name]:
            print(f"  {name:28s} {counts[name]:6d} {100 * counts[name] / total:5.1f}%")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
