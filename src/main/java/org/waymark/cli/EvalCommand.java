package org.waymark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.GeoParser;
import org.waymark.eval.EvaluationReport;
import org.waymark.eval.GeoparsingEvaluator;
import org.waymark.eval.GoldCorpus;
import org.waymark.eval.MovelinkEvaluator;
import org.waymark.eval.Report;
import org.waymark.movement.MovementExtractor;
import org.waymark.nlp.NlpPipeline;
import org.waymark.recognize.Toponym;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Scores Waymark against a gold corpus.",
            "",
            "A file: toponym recognition (precision, recall, F1; exact span and overlap) and resolution "
                + "(Acc@161 km, AUC of the log-error curve, mean and median error) with end-to-end = recall x "
                + "Acc@161. Formats, told from the content: LGL-style XML (TR-News, LGL), GeoVirus XML (offsets "
                + "+1), and JSONL {id, text, toponyms:[{start, end, geonameid, lat, lon}]}.",
            "A folder of SpaceEval/ISO-Space XML: MOVELINK source and goal extraction.",
            "",
            "Examples:",
            "  waymark eval ../shared/corpora/dev/TR-News.xml --gazetteer geonames.idx",
            "  waymark eval ../shared/corpora/dev/GeoVirus.xml --no-demonyms",
            "  waymark eval ../shared/corpora/dev/SpaceEval2015-training --json movelinks.json",
            "  waymark eval ../shared/corpora/dev/TR-News.xml --geonames-user NAME"})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", description = "A gold corpus file, or a SpaceEval folder.")
    Path corpus;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--no-demonyms", description = {"Score without the demonym mentions (\"Turkish\" for Turkey):",
            "for corpora that annotate none, such as GeoVirus."})
    boolean noDemonyms;

    @Mixin
    GazetteerOptions gazetteer;

    @Option(names = "--named-ends-only",
            description = "MOVELINK: let only resolved place names end a movement, as 'map' does.")
    boolean namedEndsOnly;

    @Override
    public Integer call() {
        try (OpenGazetteer gaz = gazetteer.open()) {
            // ISO-Space ends are any spatial phrase ("the station"), not only place names
            MovementExtractor.Ends ends = Files.isDirectory(corpus) && !namedEndsOnly
                    ? MovementExtractor.Ends.ANY_PHRASE : MovementExtractor.Ends.NAMED_PLACES;
            evaluate(new GeoParser(NlpPipeline.load(), gaz.gazetteer(), ends));
            gaz.webSummary().ifPresent(System.err::println);
            return 0;
        }
    }

    private void evaluate(GeoParser parser) {
        if (Files.isDirectory(corpus)) {
            show(MovelinkEvaluator.evaluate(corpus, d -> parser.parse(d).movements()));
            return;
        }
        GoldCorpus gold = GoldCorpus.read(corpus);
        EvaluationReport report = GeoparsingEvaluator.evaluate(gold.documents(), d -> noDemonyms
                ? parser.mentions(d).stream().filter(m -> m.toponym().kind() != Toponym.Kind.DEMONYM).toList()
                : parser.mentions(d));
        System.out.println(corpus.getFileName() + " (" + gold.format() + "): " + gold.offsets());
        show(report);
    }

    /** Prints a report's table, and writes its figures where --json asks. */
    private void show(Report<?> report) {
        System.out.println(report.toTable());
        if (json != null) {
            report.writeJson(json);
        }
    }
}
