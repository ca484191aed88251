package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.net.URI;
import org.waymark.gazetteer.GazetteerBuilder;
import org.waymark.gazetteer.GeoNamesDownload;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = {
            "Builds gazetteer indexes from GeoNames dump files, for map and eval --gazetteer: download fetches "
                + "the files and builds, build builds from files you have.",
            "",
            "Examples:",
            "  waymark gazetteer download --dir ~/geonames -o geonames.idx",
            "  waymark gazetteer build --geonames ~/geonames -o geonames.idx"},
        subcommands = {GazetteerCommand.Download.class, GazetteerCommand.Build.class})
final class GazetteerCommand {

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {
                "Builds a larger gazetteer index from GeoNames dump files, for --gazetteer.",
                "",
                "DIR holds dump files from https://download.geonames.org/export/dump/: allCountries.txt or "
                    + "citiesNNN.txt, countryInfo.txt, admin1CodesASCII.txt and no-country.txt; "
                    + "country_points.tsv and an admin1 points file are used when present.",
                "",
                "The geoname table is read as a stream: the heap holds about 40 bytes a place kept, and the names "
                    + "are sorted on disk in temporary files beside INDEX (allCountries, all 12 million places: "
                    + "under 2 GB of heap, about 2 GB of disk for a while). The index is memory-mapped when map or "
                    + "eval reads it, so their heap does not grow with it.",
                "",
                "Which places: of a citiesNNN table every town; of allCountries by default the towns with people "
                    + "or a seat, divisions, and the seas, straits, islands, regions and mountain ranges news names. "
                    + "--features keeps every row of the given GeoNames feature classes instead: A divisions, "
                    + "H water, L areas, P towns, R roads, S buildings and spots, T land forms, U undersea, "
                    + "V vegetation (countries and divisions are class A: leave it out and demonyms find no country).",
                "",
                "Examples:",
                "  waymark gazetteer build --geonames ~/geonames -o geonames.idx",
                "  waymark gazetteer build --geonames ~/geonames -o world.idx --features P,A,H,T",
                "  waymark map news.jsonl -o news.gpkg --gazetteer geonames.idx"})
    static final class Build implements Callable<Integer> {
        @Option(names = "--geonames", required = true, paramLabel = "DIR", description = "GeoNames dump folder.")
        Path dir;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "INDEX", description = "Index to write.")
        Path out;

        @Option(names = "--admin1-points", paramLabel = "TSV",
                description = "A point for each admin1 code (default: looked up beside DIR).")
        Path admin1Points;

        @Option(names = "--features", split = ",", paramLabel = "CLASS",
                description = "GeoNames feature classes to keep, every row of them: A, H, L, P, R, S, T, U, V "
                        + "(default: see above).")
        Set<String> features;

        @Option(names = {"-q", "--quiet"}, description = "No progress, only errors.")
        boolean quiet;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            GazetteerBuilder.Options options;
            try {
                options = GazetteerBuilder.Options.DEFAULT.withAdmin1Points(admin1Points).withFeatures(features);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--features: " + e.getMessage());
            }
            if (!quiet) {
                options = options.withProgress(line -> System.err.printf("%s (%.0f s)%n", line,
                        (System.nanoTime() - t0) / 1e9));
            }
            report(GazetteerBuilder.build(dir, out, options), t0);
            return 0;
        }
    }

    static void report(GazetteerBuilder.Summary s, long t0) {
        System.err.printf("wrote %s: %,d places, %,d names from %s in %.1f s%n", s.index(), s.places(),
                s.names(), s.dump(), (System.nanoTime() - t0) / 1e9);
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = {
                "Fetches the GeoNames dump files into DIR, checks them, and builds the index as gazetteer build does.",
                "",
                "What is fetched from the GeoNames download server (--base-url), with its size today:",
                "  countryInfo.txt, admin1CodesASCII.txt, admin2Codes.txt, no-country.zip   about 3 MB",
                "  cities500.zip (the default --dump: the 200,000 towns of 500 people or more)   11 MB",
                "  cities1000.zip, cities5000.zip, cities15000.zip                        10, 5 and 3 MB",
                "  allCountries.zip (12 million places; 1.6 GB unzipped, builds in 2 GB of heap) 400 MB",
                "  alternateNamesV2.zip (with --alternate-names; kept, the build does not read it)  190 MB",
                "",
                "An interrupted run leaves NAME.part: run the same command again and it goes on where it stopped. "
                    + "A file becomes NAME only when it has the size the server announced and, for a zip, the CRC "
                    + "of every entry is right; a file already in DIR is kept (delete it to fetch it again). The "
                    + "build reads the zips as they are: nothing is unpacked.",
                "",
                "GeoNames data (https://www.geonames.org/) is licensed CC BY 4.0: credit GeoNames when you publish.",
                "",
                "Examples:",
                "  waymark gazetteer download --dir ~/geonames -o geonames.idx",
                "  waymark gazetteer download --dump allCountries --dir ~/geonames -o world.idx",
                "  waymark map news.jsonl -o news.gpkg --gazetteer geonames.idx"})
    static final class Download implements Callable<Integer> {
        @Option(names = "--dir", required = true, paramLabel = "DIR",
                description = "Folder to download into (created if missing); then read by the build.")
        Path dir;

        @Option(names = {"-o", "--output"}, paramLabel = "INDEX", description = "Index to write (required unless "
                + "--no-build).")
        Path out;

        @Option(names = "--dump", defaultValue = "cities500", paramLabel = "TABLE",
                description = "Geoname table: cities500 (default), cities1000, cities5000, cities15000 or allCountries.")
        String dump;

        @Option(names = "--alternate-names", description = "Also fetch alternateNamesV2.zip (190 MB).")
        boolean alternateNames;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "Folder URL of the dump files (default: GeoNames' download server).")
        URI base = GeoNamesDownload.DEFAULT_BASE;

        @Option(names = "--no-build", description = "Only download and check; build later with gazetteer build.")
        boolean noBuild;

        @Option(names = {"-q", "--quiet"}, description = "No progress, only errors.")
        boolean quiet;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!GeoNamesDownload.DUMPS.contains(dump)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--dump must be one of "
                        + String.join(", ", GeoNamesDownload.DUMPS) + ", was '" + dump + "'");
            }
            if (out == null && !noBuild) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Missing required option: '--output=INDEX' (or --no-build)");
            }
            long t0 = System.nanoTime();
            DownloadBar bar = new DownloadBar(System.err, quiet);
            GeoNamesDownload.Summary fetched;
            try {
                fetched = GeoNamesDownload.fetch(new GeoNamesDownload.Request(base, dump, alternateNames, dir), bar);
            } finally {
                bar.closeBar();
            }
            if (!quiet) {
                System.err.printf("%s: %d files fetched, %d already there, %.1f MB%n", dir, fetched.fetched().size(),
                        fetched.present().size(), fetched.bytes() / 1e6);
            }
            if (!noBuild) {
                report(GazetteerBuilder.build(dir, out), t0);
            }
            return 0;
        }
    }
}
