package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.gazetteer.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = {
            "Builds gazetteer indexes from GeoNames dump files, for map and eval --gazetteer.",
            "",
            "Example:",
            "  waymark gazetteer build --geonames ~/geonames -o geonames.idx"},
        subcommands = GazetteerCommand.Build.class)
final class GazetteerCommand {

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {
                "Builds a larger gazetteer index from GeoNames dump files, for --gazetteer.",
                "",
                "DIR holds dump files from https://download.geonames.org/export/dump/: allCountries.txt or "
                    + "citiesNNN.txt, countryInfo.txt, admin1CodesASCII.txt and no-country.txt; "
                    + "country_points.tsv and an admin1 points file are used when present.",
                "",
                "Examples:",
                "  waymark gazetteer build --geonames ~/geonames -o geonames.idx",
                "  waymark map news.jsonl -o news.gpkg --gazetteer geonames.idx"})
    static final class Build implements Callable<Integer> {
        @Option(names = "--geonames", required = true, paramLabel = "DIR", description = "GeoNames dump folder.")
        Path dir;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "INDEX", description = "Index to write.")
        Path out;

        @Option(names = "--admin1-points", paramLabel = "TSV",
                description = "A point for each admin1 code (default: looked up beside DIR).")
        Path admin1Points;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            GazetteerBuilder.Summary s = admin1Points == null ? GazetteerBuilder.build(dir, out)
                    : GazetteerBuilder.build(dir, admin1Points, out);
            System.err.printf("wrote %s: %,d places, %,d names from %s in %.1f s%n", s.index(), s.places(),
                    s.names(), s.dump(), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
