#!/usr/bin/env python3
"""Makes the compact GeoNames extract from which the build writes Waymark's embedded gazetteer.

usage: tools/extract_geonames.py GEONAMES_DIR [OUT_DIR]     (OUT_DIR default: src/main/gazetteer/geonames)

GEONAMES_DIR holds GeoNames dump files (https://download.geonames.org/export/dump/, CC BY 4.0): cities500.txt,
countryInfo.txt, admin1CodesASCII.txt, admin2Codes.txt, no-country.txt and, optionally, country_points.tsv.
The extract keeps of each geoname row only the columns Waymark reads (id, names, alternate names, coordinates,
feature class and code, country, admin1, admin2, population; the others are left empty), keeps of no-country.txt
every feature above the sea floor (the build chooses among them: GeoNamesFiles.NO_COUNTRY_CODES), and gzips the large
files. Standard library only.
"""
import gzip
import os
import shutil
import sys

KEEP = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 14}
# undersea features (class U: seamounts, trenches, canyons) never end a movement
UNDERSEA = "U"


def trim(line):
    cols = line.rstrip("\n").split("\t")
    return "\t".join(c if i in KEEP else "" for i, c in enumerate(cols)) + "\n", cols


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    src = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(__file__), "..", "src", "main",
                                                                 "gazetteer", "geonames")
    os.makedirs(out, exist_ok=True)
    # mtime=0: the same input gives the same bytes
    with open(os.path.join(src, "cities500.txt"), encoding="utf-8") as f, \
            gzip.GzipFile(os.path.join(out, "cities500.txt.gz"), "wb", 9, mtime=0) as o:
        for line in f:
            o.write(trim(line)[0].encode("utf-8"))
    with open(os.path.join(src, "no-country.txt"), encoding="utf-8") as f, \
            gzip.GzipFile(os.path.join(out, "no-country.txt.gz"), "wb", 9, mtime=0) as o:
        for line in f:
            row, cols = trim(line)
            if len(cols) > 7 and cols[6] != UNDERSEA:
                o.write(row.encode("utf-8"))
    with open(os.path.join(src, "admin2Codes.txt"), "rb") as f, \
            gzip.GzipFile(os.path.join(out, "admin2Codes.txt.gz"), "wb", 9, mtime=0) as o:
        shutil.copyfileobj(f, o)
    for name in ("countryInfo.txt", "admin1CodesASCII.txt", "country_points.tsv"):
        if os.path.exists(os.path.join(src, name)):
            shutil.copyfile(os.path.join(src, name), os.path.join(out, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
