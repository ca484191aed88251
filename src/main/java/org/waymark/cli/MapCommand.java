package org.waymark.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.waymark.GeoParser;
import org.waymark.ParallelParser;
import org.waymark.ParsedDocument;
import org.waymark.UnparsedDocument;
import org.waymark.nlp.NlpPipeline;
import org.waymark.output.DocumentSink;
import org.waymark.output.GeoPackageWriter;
import org.waymark.output.OpeningSink;
import org.waymark.output.PostGisTarget;
import org.waymark.output.PostGisWriter;
import org.waymark.output.QgisProjectWriter;
import org.waymark.output.WriteMode;
import org.waymark.text.Document;
import org.waymark.text.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "map", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Maps articles: writes their places, mentions, movements and flows to a GeoPackage or to PostGIS.",
            "",
            "The layers (EPSG:4326) carry their QGIS and SLD styles; see README for the columns.",
            "",
            "INPUT is a .txt, .md or .html file, a folder (read recursively), a .jsonl corpus (one object a "
                + "line: id, text, and optionally title, url, date), or - for standard input. Bad inputs are "
                + "reported on stderr and skipped; the exit code is then 1.",
            "",
            "Examples:",
            "  waymark map sample-data -o out.gpkg",
            "  waymark map news.jsonl -o archive.gpkg --append",
            "  curl -s https://example.org/a.html | waymark map - -o a.gpkg --overwrite",
            "  waymark map news.jsonl -o news.gpkg --geonames-user NAME",
            "  PGPASSWORD=… waymark map news.jsonl --to 'postgresql://waymark@db:5432/news?schema=feed' --append"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs mapped", "1:some inputs could not be read or mapped, or documents changed since OUT "
                + "got them were skipped (the rest were mapped)",
            "2:the run failed; OUT was left as it was"})
final class MapCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, .jsonl corpora or -.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.gpkg",
            description = "The GeoPackage to write; it appears only when complete.")
    Path out;

    @Option(names = "--to", paramLabel = "URL",
            description = "Instead of -o: PostGIS, postgresql://USER@HOST:PORT/DB?schema=NAME (password from "
                    + "PGPASSWORD or ~/.pgpass). Each document is committed whole as it is written; many runs may "
                    + "write one schema at once.")
    String to;

    @Option(names = "--overwrite", description = "Replace OUT (and QGS) if it exists.")
    boolean overwrite;

    @Option(names = "--append", description = "Add to OUT; documents already in it (same id and text) are skipped, "
            + "and one whose id is there with another text is skipped with a message (exit code 1). Another run "
            + "writing OUT is waited for.")
    boolean append;

    @Option(names = "--replace-changed", description = "With --append: a document whose id is in OUT with another "
            + "text replaces the earlier version (said on stderr).")
    boolean replaceChanged;

    @Mixin
    GazetteerOptions gazetteer;

    @Option(names = "--threads", paramLabel = "N", description = "Documents parsed at once (default: the cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sentence-memo", paramLabel = "N",
            description = "Sentences whose tags and parse are kept, so that a later document that repeats one word "
                    + "for word (wire copy in several outlets, a story sent again, boilerplate) costs no tagging or "
                    + "parsing; about 3 KB each. 0 keeps none; default: ${DEFAULT-VALUE}.")
    int memoSentences = NlpPipeline.DEFAULT_MEMO_SENTENCES;

    @Option(names = "--qgis-project", paramLabel = "QGS",
            description = "Also write a QGIS project of the result (see 'waymark project'); an existing one (and "
                + "its base map) is replaced only with --overwrite or --append.")
    Path qgisProject;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "bar",
            description = "bar (default): a progress bar when stderr is a terminal. json: one JSON object a line on "
                    + "stderr, for programs that run waymark: {\"event\":\"start\",\"total\":N}, then per document "
                    + "written {\"event\":\"document\",\"done\":n,\"total\":N,\"fraction\":0..1,\"doc\":ID,"
                    + "\"source\":PATH}, and {\"event\":\"done\",...} with the counts; total and fraction are null "
                    + "when unknown. Other lines stay plain text. Written even with --quiet.")
    ProgressMode progressMode;

    enum ProgressMode { bar, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        checkOptions();
        checkInputs();
        // every output before any work: a bad path fails now, and nothing is written
        PostGisTarget database = to == null ? null : PostGisTarget.parse(to);
        if (database != null) {
            PostGisWriter.check(database, mode());
        } else {
            GeoPackageWriter.check(out, mode());
        }
        if (qgisProject != null) {
            QgisProjectWriter.check(out, qgisProject, overwrite || append);
        }
        PrintStream err = System.err;
        AtomicInteger problems = new AtomicInteger();
        AtomicReference<Progress> bar = new AtomicReference<>();
        DocumentReader reader = DocumentReader.open(inputs, p -> {
            problems.incrementAndGet();
            say("waymark: skipped " + p, bar.get(), err);
        });
        long t0 = System.nanoTime();
        // the models load on their own threads while this one reads the gazetteer
        NlpPipeline nlp = NlpPipeline.load(memoSentences);
        nlp.preloadParser();
        long opening = System.nanoTime();
        try (OpenGazetteer gaz = gazetteer.open(line -> say(line, bar.get(), err))) {
            if (Timing.wanted()) {
                Timing.gazetteerOpened(err, opening);
            }
            return map(reader, nlp, gaz, problems, bar, err, t0, database);
        }
    }

    private void checkOptions() {
        if ((out == null) == (to == null)) {
            throw new ParameterException(spec.commandLine(), "give either -o OUT.gpkg or --to URL");
        }
        if (to != null && qgisProject != null) {
            throw new ParameterException(spec.commandLine(), "--qgis-project goes with -o OUT.gpkg");
        }
        if (overwrite && append) {
            throw new ParameterException(spec.commandLine(), "--overwrite and --append exclude each other");
        }
        if (replaceChanged && !append) {
            throw new ParameterException(spec.commandLine(), "--replace-changed goes with --append");
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads takes a number from 1 up, not " + threads);
        }
        if (memoSentences < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--sentence-memo takes a number from 0 up, not " + memoSentences);
        }
    }

    /** Nothing readable at all (a mistyped path, say) is a failed run, not a run that maps nothing. */
    private void checkInputs() {
        List<String> unreadable = inputs.stream().filter(i -> !"-".equals(i))
                .filter(i -> !Files.isReadable(Path.of(i))).toList();
        if (unreadable.size() == inputs.size()) {
            throw new IllegalArgumentException("nothing to map: " + unreadable.stream()
                    .map(i -> i + ": " + (Files.exists(Path.of(i)) ? "permission denied" : "no such file or folder"))
                    .collect(Collectors.joining("; ")));
        }
    }

    private WriteMode mode() {
        return append ? WriteMode.APPEND : overwrite ? WriteMode.OVERWRITE : WriteMode.CREATE;
    }

    private int map(DocumentReader reader, NlpPipeline nlp, OpenGazetteer gaz, AtomicInteger problems,
                    AtomicReference<Progress> bar, PrintStream err, long t0, PostGisTarget database) {
        GeoParser parser = new GeoParser(nlp, gaz.gazetteer());
        Counts counts = new Counts();
        Timing timing = Timing.wanted() ? new Timing(err) : null;
        DocumentSink.Options options = new DocumentSink.Options(replaceChanged, err::println);
        // opened while the first documents are parsed; the first to be written waits for it
        DocumentSink writer = OpeningSink.start("waymark-open-output", () -> database != null
                ? PostGisWriter.open(database, mode(), options) : GeoPackageWriter.open(out, mode(), options));
        JsonProgress json = progressMode == ProgressMode.json
                ? new JsonProgress(err, reader.expectedDocuments(), reader::fractionRead) : null;
        try (Progress progress = json != null ? json
                : ProgressBar.start(reader.expectedDocuments(), reader::fractionRead, quiet);
             Stream<Document> docs = reader.documents()) {
            bar.set(progress);
            ParallelParser.run(docs.iterator(), parser::tryParse, threads, result -> {
                if (!(result instanceof ParsedDocument parsed)) {
                    UnparsedDocument failed = (UnparsedDocument) result;
                    problems.incrementAndGet();
                    say("waymark: skipped document " + failed.document().id() + ": could not be mapped: "
                            + failed.reason(), progress, err);
                    main.trace(failed.cause(), spec.commandLine().getErr());
                    return;
                }
                DocumentSink.Outcome outcome = writer.write(parsed);
                counts.add(parsed, outcome);
                String id = parsed.document().id();
                if (outcome == DocumentSink.Outcome.CHANGED_KEPT) {
                    problems.incrementAndGet();
                    say("waymark: skipped document " + id + ": " + writer.target() + " already holds it with another "
                            + "text; use --replace-changed to replace it", progress, err);
                } else if (outcome == DocumentSink.Outcome.REPLACED) {
                    say("waymark: replaced document " + id + " in " + writer.target() + ": its text changed", progress,
                            err);
                }
                progress.advance(parsed.document());
                if (timing != null) {
                    timing.written(parsed);
                }
            });
        } catch (RuntimeException e) {
            writer.abort();
            throw e;
        }
        writer.close();
        if (json != null) {
            json.done(writer.target(), counts.documents, counts.skipped, counts.mentions, counts.resolved,
                    counts.movements);
        }
        if (timing != null) {
            timing.end();
        }
        if (!quiet) {
            err.printf("wrote %s: %d documents (%d already there), %d mentions (%d resolved), %d movements, "
                            + "in %.1f s%n", writer.target(), counts.documents, counts.skipped, counts.mentions,
                    counts.resolved, counts.movements, (System.nanoTime() - t0) / 1e9);
            gaz.webSummary().ifPresent(err::println);
        }
        if (qgisProject != null) {
            // the project shows OUT: where OUT may be replaced or added to, its project follows
            ProjectCommand.report(QgisProjectWriter.write(out, qgisProject, overwrite || append));
        }
        if (problems.get() > 0) {
            err.printf("%d input(s) could not be read, mapped or written; see the messages above%n", problems.get());
            return 1;
        }
        return 0;
    }

    /** A line on stderr that does not garble the progress bar. */
    private static void say(String line, Progress bar, PrintStream err) {
        if (bar != null) {
            bar.message(line);
        } else {
            err.println(line);
        }
    }

    /**
     * With -Dwaymark.timing=true or WAYMARK_TIMING=1, lines on stderr for the benchmark (bench/run.sh): the
     * time the gazetteer took to open, the wall-clock time in ms since the epoch when the first document has been
     * written, and when the output is complete, with the characters read.
     */
    private static final class Timing {
        private final PrintStream err;
        private long documents;
        private long chars;

        Timing(PrintStream err) {
            this.err = err;
        }

        static boolean wanted() {
            return Boolean.getBoolean("waymark.timing") || "1".equals(System.getenv("WAYMARK_TIMING"));
        }

        /** How long opening the gazetteer took (the embedded one read from the jar, an index file mapped). */
        static void gazetteerOpened(PrintStream err, long since) {
            err.printf("waymark-timing gazetteer-opened ms=%d%n", (System.nanoTime() - since) / 1_000_000);
        }

        void written(ParsedDocument d) {
            documents++;
            chars += d.document().text().length();
            if (documents == 1) {
                err.printf("waymark-timing first-document epoch-ms=%d uptime-ms=%d chars=%d%n",
                        System.currentTimeMillis(), ManagementFactory.getRuntimeMXBean().getUptime(), chars);
            }
        }

        void end() {
            err.printf("waymark-timing end epoch-ms=%d uptime-ms=%d documents=%d chars=%d%n",
                    System.currentTimeMillis(), ManagementFactory.getRuntimeMXBean().getUptime(), documents, chars);
        }
    }

    /** What a run wrote, for the summary line; touched by the writer thread only. */
    private static final class Counts {
        int documents;
        int skipped;
        long mentions;
        long resolved;
        long movements;

        void add(ParsedDocument d, DocumentSink.Outcome outcome) {
            if (outcome == DocumentSink.Outcome.UNCHANGED || outcome == DocumentSink.Outcome.CHANGED_KEPT) {
                skipped++;
                return;
            }
            documents++;
            mentions += d.mentions().size();
            resolved += d.mentions().stream().filter(m -> m.isResolved()).count();
            movements += d.movements().size();
        }
    }
}
