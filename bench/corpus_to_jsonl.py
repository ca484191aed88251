#!/usr/bin/env python3
"""Converts a gold XML corpus (TR-News or GeoVirus layout) to Waymark's JSONL input: {"id","text","title"} a line.

Usage: corpus_to_jsonl.py CORPUS.xml OUT.jsonl [REPEAT]
REPEAT (default 1) writes the corpus that many times over, with ids made unique (id, id#2, id#3 ...), so that a
throughput run is long enough for the start-up cost to fade. Standard library only.
"""
import json
import sys
import xml.etree.ElementTree as ET


def articles(path):
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for n, article in enumerate(ET.parse(path).getroot().iter("article"), start=1):
        text = (article.findtext("text") or "").strip()
        if not text:
            continue
        # TR-News has docid and title; GeoVirus has only a source URL
        doc_id = article.get("docid") or f"{name}-{n}"
        title = " ".join((article.findtext("title") or "").split())
        yield doc_id, text, title


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    src, out = argv[1], argv[2]
    repeat = int(argv[3]) if len(argv) == 4 else 1
    docs = list(articles(src))
    chars = 0
    with open(out, "w", encoding="utf-8") as f:
        for r in range(1, repeat + 1):
            for doc_id, text, title in docs:
                rid = doc_id if r == 1 else f"{doc_id}#{r}"
                f.write(json.dumps({"id": rid, "text": text, "title": title}, ensure_ascii=False) + "\n")
                chars += len(text)
    print(f"{out}: {len(docs) * repeat} documents, {chars} characters", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
