package org.waymark.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code waymark} command: wires the subcommands, nothing else. */
@Command(name = "waymark", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Turns news text into maps: finds the places in articles, resolves them to GeoNames entries, "
                + "extracts the movements the text reports, and writes styled GeoPackage layers for QGIS and "
                + "WMS servers.",
            "",
            "Each command tells its options and examples: waymark COMMAND --help.",
            "Place data: GeoNames (https://www.geonames.org/), CC BY 4.0.",
            "",
            "Example:",
            "  waymark map sample-data -o out.gpkg --qgis-project out.qgs   then open out.qgs in QGIS"},
        subcommands = {MapCommand.class, ProjectCommand.class, PreviewCommand.class, PublishCommand.class,
            EvalCommand.class, GazetteerCommand.class, CacheCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for a bug report); also WAYMARK_DEBUG=1.")
    boolean debug;

    /** Wide enough for the option descriptions, narrow enough to read: every help line is shorter than 100. */
    static final int HELP_WIDTH = 99;

    public static void main(String[] args) {
        java.util.OptionalInt elsewhere = Relaunch.ifBare(args);
        if (elsewhere.isPresent()) {
            System.exit(elsewhere.getAsInt());
        }
        Relaunch.watchParent();
        System.exit(run(args));
    }

    /**
     * Runs a command line and returns its exit code (for tests). An error of the JVM (memory run out outside a
     * document) ends the run with one line and exit code 2, like any failure, not with a stack trace.
     */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            cli.getErr().println("waymark: " + (e instanceof OutOfMemoryError
                    ? "out of memory (give Java more with -Xmx)" : "stack overflow"));
            ((Main) cli.getCommand()).trace(e, cli.getErr());
            return 2;
        }
    }

    /** Prints the stack trace of {@code e} when asked to (--debug, WAYMARK_DEBUG). */
    void trace(Throwable e, PrintWriter err) {
        if (debug || System.getenv("WAYMARK_DEBUG") != null) {
            e.printStackTrace(err);
        }
    }

    /**
     * The command line with its subcommands, help under 100 characters a line, and errors told in one line: a usage
     * error with a second line that points to the command's help, not the whole help.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine command = ex.getCommandLine();
            command.getErr().println("waymark: " + ex.getMessage());
            command.getErr().println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("waymark: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            ((Main) cli.getCommand()).trace(ex, line.getErr());
            return 2;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"waymark " + (v == null ? "(development build)" : v)};
        }
    }
}
