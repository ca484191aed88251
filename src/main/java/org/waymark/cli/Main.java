package org.waymark.cli;

import java.io.PrintWriter;
import java.util.List;
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
            "  waymark map sample-data -o out.gpkg --qgis-project out.qgs   then open out.qgs in QGIS"})
public final class Main {
    /**
     * The subcommands' names, in the order the help lists them (then picocli's help). Picocli reads a command's
     * annotations when it is added (45 ms of a cold start for these): a command line that names one gets that one only
     * ({@link #commandLine(String...)}).
     */
    private static final List<String> NAMES = List.of("map", "project", "preview", "publish", "eval", "gazetteer",
            "cache");

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
        CommandLine cli = commandLine(args);
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
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code given}: with the one subcommand it begins with, where it names one of
     * {@link #NAMES}; with all of them otherwise (help, an option first, a mistyped command that picocli then
     * suggests a name for).
     */
    static CommandLine commandLine(String... given) {
        CommandLine cli = new CommandLine(new Main());
        if (given.length > 0 && NAMES.contains(given[0])) {
            cli.addSubcommand(subcommand(given[0]));
        } else {
            for (String name : NAMES) {
                cli.addSubcommand(subcommand(name));
            }
            cli.addSubcommand(new CommandLine.HelpCommand());
        }
        versions(cli);
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

    /**
     * A subcommand by name: constructors, not method references in a static list, so that loading this class (also in
     * the first JVM of a bare start, {@link Relaunch}) bootstraps no lambda.
     */
    private static Object subcommand(String name) {
        return switch (name) {
            case "map" -> new MapCommand();
            case "project" -> new ProjectCommand();
            case "preview" -> new PreviewCommand();
            case "publish" -> new PublishCommand();
            case "eval" -> new EvalCommand();
            case "gazetteer" -> new GazetteerCommand();
            case "cache" -> new CacheCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** Every subcommand's -V tells Waymark's version, as the top command's does. */
    private static void versions(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
            versions(sub);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"waymark " + (v == null ? "(development build)" : v)};
        }
    }
}
