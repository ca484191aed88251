package org.waymark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.waymark.SharedData;
import org.waymark.gazetteer.Place;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;
import org.waymark.text.Document;

/** The readers on the real dev corpora in shared/corpora/dev (counts checked independently when written). */
class DevCorporaTest {

    private static Path dev(String name) {
        return SharedData.assume("corpora/dev/" + name);
    }

    /** How many toponyms' spans hold exactly their phrase. */
    private static long spansHoldingPhrase(GoldCorpus corpus) {
        return corpus.documents().stream().mapToLong(d -> {
            Document doc = d.document();
            return d.toponyms().stream().filter(t -> doc.slice(t.start(), t.end()).equals(t.phrase())).count();
        }).sum();
    }

    private static boolean anyOutsideBmp(List<String> texts) {
        return texts.stream().anyMatch(t -> t.codePointCount(0, t.length()) != t.length());
    }

    @Test
    void trNews() {
        GoldCorpus corpus = GoldCorpus.read(dev("TR-News.xml"));
        assertEquals(GoldCorpus.Format.LGL_XML, corpus.format());
        assertEquals(118, corpus.documents().size());
        assertEquals(1319, corpus.toponyms());
        List<GoldToponym> all = corpus.documents().stream().flatMap(d -> d.toponyms().stream()).toList();
        assertEquals(44, all.stream().filter(t -> t.geonameid() == null).count(), "toponyms without gaztag");
        assertEquals(1275, all.stream().filter(GoldToponym::hasCoordinates).count());
        // 91.1% agree as given; the rest drift by 1-10 characters within a document, or (twice) the
        // end disagrees with the phrase ("Kenyan" spanning "Kenya"): all are found near their start
        assertEquals(new OffsetCheck(1319, 1202, 117, 0, 0), corpus.offsets());
        assertEquals(1319, spansHoldingPhrase(corpus));
        assertEquals(false, anyOutsideBmp(corpus.documents().stream().map(GoldDocument::text).toList()),
                "no character outside the BMP: char and code point offsets coincide");
    }

    @Test
    void geoVirus() {
        GoldCorpus corpus = GoldCorpus.read(dev("GeoVirus.xml"));
        assertEquals(GoldCorpus.Format.GEOVIRUS_XML, corpus.format());
        assertEquals(229, corpus.documents().size(), "the commented-out template articles are not read");
        assertEquals(2167, corpus.toponyms());
        // every offset is exactly one too high in the file; once corrected, all agree
        assertEquals(new OffsetCheck(2167, 2167, 0, 0, 0), corpus.offsets());
        assertEquals(2167, spansHoldingPhrase(corpus));
        List<GoldToponym> all = corpus.documents().stream().flatMap(d -> d.toponyms().stream()).toList();
        assertEquals(2167, all.stream().filter(GoldToponym::hasCoordinates).count());
        assertEquals(0, all.stream().filter(t -> t.geonameid() != null).count());
        assertEquals(false, anyOutsideBmp(corpus.documents().stream().map(GoldDocument::text).toList()));
    }

    @Test
    void spaceEvalTraining() {
        MovelinkCorpus corpus = MovelinkCorpus.read(dev("SpaceEval2015-training"));
        assertEquals(57, corpus.documents().size());
        assertEquals("ANC/WhereToJapan/Asakusa", corpus.documents().get(0).id());
        assertEquals(776, corpus.links());
        assertEquals(167, corpus.linksWithSource());
        assertEquals(403, corpus.linksWithGoal());
        // 69 sources and 85 goals are non-consuming tags (implicit places, no span); 1 source id is dangling
        assertEquals(97, corpus.scorableSources());
        assertEquals(318, corpus.scorableGoals());
        assertEquals(775, corpus.documents().stream().flatMap(d -> d.links().stream())
                .filter(l -> l.trigger() != null).count());
        // each scorable end's span holds its text attribute (XML turned the attribute's newlines into spaces)
        long ends = 0, agreeing = 0;
        for (MovelinkDocument d : corpus.documents()) {
            Document doc = d.document();
            for (MoveLink l : d.links()) {
                for (MoveLink.End e : new MoveLink.End[] {l.source(), l.goal()}) {
                    if (e != null && e.scorable()) {
                        ends++;
                        String slice = doc.slice(e.span().start(), e.span().end()).replaceAll("\\s+", " ");
                        agreeing += slice.equals(e.text().replaceAll("\\s+", " ")) ? 1 : 0;
                    }
                }
            }
        }
        assertEquals(97 + 318, ends);
        assertEquals(ends, agreeing);
        assertEquals(false, anyOutsideBmp(corpus.documents().stream().map(MovelinkDocument::text).toList()));
    }

    /** A system that answers with the gold itself, resolved or not, scores the extremes on the real corpus. */
    @Test
    void goldAnswersScoreTheExtremesOnTrNews() {
        GoldCorpus corpus = GoldCorpus.read(dev("TR-News.xml"));
        Map<String, GoldDocument> byId = new HashMap<>();
        corpus.documents().forEach(d -> byId.put(d.id(), d));
        Function<Document, List<Mention>> oracle = d -> byId.get(d.id()).toponyms().stream().map(t -> new Mention(
                new Toponym(t.start(), t.end(), t.phrase(), Toponym.Kind.TOPONYM, 0),
                t.hasCoordinates() ? new Place(0, t.phrase(), t.latitude(), t.longitude(), "P", "PPL", "", "", 0) : null,
                1, "gold", "")).toList();
        EvaluationReport best = GeoparsingEvaluator.evaluate(corpus.documents(), oracle, 2);
        assertEquals(new PrecisionRecall(1319, 1319, 1319), best.exact());
        assertEquals(1275, best.resolution().count());
        assertEquals(1.0, best.resolution().accuracyAt161(), 0);
        assertEquals(0.0, best.resolution().auc(), 0);
        assertEquals(1.0, best.endToEnd(), 0);

        Function<Document, List<Mention>> unresolved = d -> oracle.apply(d).stream()
                .map(m -> new Mention(m.toponym(), null, 0, null, "")).toList();
        ResolutionScore worst = GeoparsingEvaluator.evaluate(corpus.documents(), unresolved, 2).resolution();
        assertEquals(1275, worst.unresolved());
        assertEquals(0.0, worst.accuracyAt161(), 0);
        assertEquals(Math.log(20040) / Math.log(20039), worst.auc(), 1e-12, "ln(max+1)/ln(max), as defined");
    }
}
