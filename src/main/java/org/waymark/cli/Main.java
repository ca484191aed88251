package org.waymark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code waymark} command: wires the subcommands, nothing else. */
@Command(name = "waymark", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Turns news text into maps: finds the places in articles, resolves them to GeoNames entries,",
            "extracts the movements the text reports, and writes styled GeoPackage layers for QGIS and WMS.",
            "",
            "Start with:  waymark map sample-data -o out.gpkg   then open out.gpkg in QGIS.",
            "Place data: GeoNames (https://www.geonames.org/), CC BY 4.0."},
        subcommands = {MapCommand.class, ProjectCommand.class, PreviewCommand.class, PublishCommand.class,
            EvalCommand.class, GazetteerCommand.class, CacheCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("waymark: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("WAYMARK_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return 2;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"waymark " + (v == null ? "(development build)" : v)};
        }
    }
}
