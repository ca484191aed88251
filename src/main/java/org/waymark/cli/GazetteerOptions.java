package org.waymark.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.GeoNamesIndex;
import picocli.CommandLine.Option;

/** The gazetteer options that every command reading text shares. */
final class GazetteerOptions {
    @Option(names = "--gazetteer", paramLabel = "INDEX",
            description = "A gazetteer index made by 'waymark gazetteer build' (default: the embedded one: "
                    + "countries, admin1, regions and GeoNames cities15000, offline).")
    Path index;

    Gazetteer open() {
        try {
            return index == null ? GeoNamesIndex.embedded() : GeoNamesIndex.load(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer index " + index + ": " + e.getMessage(), e);
        }
    }
}
