package org.waymark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.gazetteer.Place;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;
import org.waymark.text.Document;

/**
 * A three-document corpus, one document in each gold format, and a fake system whose answers are chosen so that
 * every measure has a value worked out by hand below.
 */
class GeoparsingEvaluatorTest {

    private static final double TOLERANCE = 1e-9;

    /** Distance between two points on the equator, degrees apart: the arc on the mean-radius sphere. */
    private static double equatorKm(double degrees) {
        return 6371.0088 * Math.toRadians(degrees);
    }

    // A: LGL; a character outside the BMP first, so char and code point offsets differ by one
    private static final String TEXT_A = "\uD83D\uDE81 Troops left Paris for New York City on Monday.";
    // B: GeoVirus, offsets written one too high as in the real file
    private static final String TEXT_B = "Cases rose in Lagos and in Kano, officials said in Abuja.";
    // C: JSONL, code point offsets after a mathematical bold N
    private static final String TEXT_C = "\uD835\uDC0D: Refugees reached Berlin from Aleppo.";

    @TempDir
    Path dir;

    private List<GoldDocument> gold;

    @BeforeEach
    void writeCorpus() throws IOException {
        int paris = TEXT_A.indexOf("Paris"), nyc = TEXT_A.indexOf("New York City");
        Files.writeString(dir.resolve("a.xml"), """
                <articles><article docid="a1"><text><![CDATA[%s]]></text><toponyms>
                <toponym><phrase>Paris</phrase><start>%d</start><end>%d</end>
                  <gaztag geonameid="1"><lat>0</lat><lon>10</lon></gaztag></toponym>
                <toponym><phrase>New York City</phrase><start>%d</start><end>%d</end>
                  <gaztag geonameid="2"><lat>0</lat><lon>20</lon></gaztag></toponym>
                </toponyms></article></articles>
                """.formatted(TEXT_A, paris, paris + 5, nyc, nyc + 13));
        StringBuilder locations = new StringBuilder();
        String[][] b = {{"Lagos", "30"}, {"Kano", "40"}, {"Abuja", "50"}};
        for (String[] l : b) {
            int at = TEXT_B.indexOf(l[0]) + 1;
            locations.append("<location><name>%s</name><start>%d</start><end>%d</end><lat>0</lat><lon>%s</lon></location>\n"
                    .formatted(l[0], at, at + l[0].length(), l[1]));
        }
        Files.writeString(dir.resolve("geovirus.xml"), "<articles><article><source>s</source><text>" + TEXT_B
                + "</text><locations>\n" + locations + "</locations></article></articles>\n");
        int berlin = cp(TEXT_C, "Berlin"), aleppo = cp(TEXT_C, "Aleppo");
        Files.writeString(dir.resolve("c.jsonl"), """
                {"id": "c1", "text": "%s", "toponyms": [
                """.formatted(TEXT_C).strip() + """
                {"start": %d, "end": %d, "geonameid": 2950159}, {"start": %d, "end": %d, "lat": 0, "lon": 70}]}
                """.formatted(berlin, berlin + 6, aleppo, aleppo + 6));
        gold = Stream.of("a.xml", "geovirus.xml", "c.jsonl")
                .flatMap(f -> GoldCorpus.read(dir.resolve(f)).documents().stream()).toList();
    }

    /** Code point index of a phrase. */
    private static int cp(String text, String phrase) {
        return text.codePointCount(0, text.indexOf(phrase));
    }

    private static Mention mention(String text, String surface, Double lat, Double lon) {
        int start = cp(text, surface);
        Toponym t = new Toponym(start, start + surface.codePointCount(0, surface.length()), surface,
                Toponym.Kind.TOPONYM, 0);
        Place place = lat == null ? null : new Place(9, surface, lat, lon, "P", "PPL", "", "", 0);
        return new Mention(t, place, place == null ? 0 : 1, place == null ? null : "test", text);
    }

    private static final Map<String, List<Mention>> ANSWERS = Map.of(
            "a1", List.of(
                    mention(TEXT_A, "Paris", 0.0, 11.0),          // exact; 1 degree off: 111 km
                    mention(TEXT_A, "New York", 0.0, 20.0)),      // overlap only; spot on
            "geovirus-1", List.of(
                    mention(TEXT_B, "Lagos", null, null),         // exact but unresolved: max error
                    mention(TEXT_B, "Kano", 0.0, 100.0),          // exact; 60 degrees off: far
                    mention(TEXT_B, "officials", 0.0, 0.0)),      // false positive; Abuja missed
            "c1", List.of(
                    mention(TEXT_C, "Berlin", 52.5, 13.4),        // exact; gold has no coordinates
                    mention(TEXT_C, "Refugees", 1.0, 1.0),        // false positive
                    mention(TEXT_C, "from", null, null)));        // false positive; Aleppo missed

    private static final Function<Document, List<Mention>> SYSTEM = d -> ANSWERS.get(d.id());

    @Test
    void everyMeasureHasItsHandComputedValue() {
        assertEquals(List.of("a1", "geovirus-1", "c1"), gold.stream().map(GoldDocument::id).toList());
        EvaluationReport r = GeoparsingEvaluator.evaluate(gold, SYSTEM, 1);

        assertEquals(3, r.documents());
        assertEquals(7, r.goldToponyms());
        assertEquals(8, r.systemMentions());
        assertEquals(5, r.matched());
        // exact: Paris, Lagos, Kano, Berlin
        assertEquals(new PrecisionRecall(8, 7, 4), r.exact());
        assertEquals(4.0 / 8, r.exact().precision(), TOLERANCE);
        assertEquals(4.0 / 7, r.exact().recall(), TOLERANCE);
        assertEquals(2 * 4.0 / (8 + 7), r.exact().f1(), TOLERANCE);
        // overlap adds New York ~ New York City
        assertEquals(5.0 / 8, r.overlap().precision(), TOLERANCE);
        assertEquals(5.0 / 7, r.overlap().recall(), TOLERANCE);
        assertEquals(2 * 5.0 / (8 + 7), r.overlap().f1(), TOLERANCE);

        // resolution pairs: Paris, New York City, Lagos (unresolved), Kano; Berlin's gold has no coordinates
        ResolutionScore res = r.resolution();
        double e1 = equatorKm(1), e60 = equatorKm(60), max = 20039;
        assertEquals(4, res.count());
        assertEquals(1, res.unresolved());
        double[] errors = res.errorsKm().stream().mapToDouble(Double::doubleValue).toArray();
        double[] expected = {e1, 0, max, e60};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], errors[i], 1e-6, "error " + i);
        }
        assertEquals(2.0 / 4, res.accuracyAt161(), TOLERANCE);
        assertEquals((e1 + e60) / 2, res.medianKm(), 1e-6, "even count: mean of the middle two");
        assertEquals((0 + e1 + e60 + max) / 4, res.meanKm(), 1e-6);
        double y0 = Math.log(1), y1 = Math.log(e1 + 1), y2 = Math.log(e60 + 1), y3 = Math.log(max + 1);
        double auc = ((y0 + y1) / 2 + (y1 + y2) / 2 + (y2 + y3) / 2) / (Math.log(20039) * 3);
        assertEquals(auc, res.auc(), 1e-9);
        assertEquals(5.0 / 7 * 0.5, r.endToEnd(), TOLERANCE);

        // per document, in input order
        DocumentScore b = r.documentScores().get(1);
        assertEquals("geovirus-1", b.id());
        assertEquals(new PrecisionRecall(3, 3, 2), b.exact());
        assertEquals(1, b.resolution().unresolved());
    }

    @Test
    void aucOfThreeErrorsByHand() {
        // sorted ln(e+1): ln 11, ln 201, ln 1001; two trapezoids over 2 × ln 20039
        ResolutionScore s = new ResolutionScore(List.of(1000.0, 10.0, 200.0), 0);
        assertEquals(0.5025841508718661, s.auc(), 1e-12);
        assertEquals(200, s.medianKm(), 0);
        assertEquals(1210.0 / 3, s.meanKm(), 1e-9);
        assertEquals(1.0 / 3, s.accuracyAt161(), 1e-12);

        assertEquals(1.0, new ResolutionScore(List.of(161.0), 0).accuracyAt161(), 0, "161 km is within 161 km");
        assertEquals(Math.log(100) / Math.log(20039), new ResolutionScore(List.of(99.0), 0).auc(), 1e-12);
        assertEquals(0.0, new ResolutionScore(List.of(0.0, 0.0), 0).auc(), 0);
        assertTrue(Double.isNaN(ResolutionScore.NONE.auc()));
        assertTrue(Double.isNaN(ResolutionScore.NONE.medianKm()));
        assertThrows(IllegalArgumentException.class, () -> new ResolutionScore(List.of(-1.0), 0));
    }

    @Test
    void eachGoldAndEachMentionIsMatchedAtMostOnce() {
        String text = "Paris Texas and Paris.";
        GoldDocument doc = new GoldDocument("d", text, List.of(
                new GoldToponym(0, 5, "Paris", null, 33.66, -95.56),
                new GoldToponym(6, 11, "Texas", null, 31.0, -100.0),
                new GoldToponym(16, 21, "Paris", null, 33.66, -95.56)));
        Mention both = new Mention(new Toponym(0, 11, "Paris Texas", Toponym.Kind.TOPONYM, 0),
                new Place(1, "Paris", 33.66, -95.56, "P", "PPL", "US", "TX", 0), 1, "t", text);
        Mention texas = mention(text, "Texas", 31.0, -100.0);
        DocumentScore s = GeoparsingEvaluator.score(doc, List.of(both, texas, texas));
        assertEquals(new PrecisionRecall(3, 3, 1), s.exact(), "the duplicate Texas matches nothing more");
        // equal spans pair first, so "Paris Texas" is left for the first Paris
        assertEquals(new PrecisionRecall(3, 3, 2), s.overlap());
        assertEquals(List.of(0.0, 0.0), s.resolution().errorsKm());
    }

    @Test
    void parallelRunsGiveTheSameReportInInputOrder() {
        List<GoldDocument> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (GoldDocument g : gold) {
                many.add(new GoldDocument(g.id() + "#" + i, g.text(), g.toponyms()));
            }
        }
        Function<Document, List<Mention>> slowFirst = d -> {
            String base = d.id().substring(0, d.id().indexOf('#'));
            int i = Integer.parseInt(d.id().substring(d.id().indexOf('#') + 1));
            try {
                Thread.sleep(12 - i); // earlier documents finish later
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ANSWERS.get(base);
        };
        EvaluationReport sequential = GeoparsingEvaluator.evaluate(many, slowFirst, 1);
        EvaluationReport parallel = GeoparsingEvaluator.evaluate(many, slowFirst, 4);
        assertEquals(many.stream().map(GoldDocument::id).toList(),
                parallel.documentScores().stream().map(DocumentScore::id).toList());
        assertEquals(sequential.documentScores(), parallel.documentScores());
        assertEquals(36, parallel.documents());
        assertEquals(12 * 5, parallel.matched());
    }

    @Test
    void writesJsonAndATable() throws IOException {
        EvaluationReport r = GeoparsingEvaluator.evaluate(gold, SYSTEM);
        Path json = dir.resolve("out/report.json");
        r.writeJson(json);
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        assertEquals(7, n.get("goldToponyms").asInt());
        assertEquals(5.0 / 8, n.at("/recognition/overlap/precision").asDouble(), TOLERANCE);
        assertEquals(0.5, n.at("/resolution/accuracyAt161").asDouble(), TOLERANCE);
        assertEquals(r.resolution().auc(), n.at("/resolution/auc").asDouble(), TOLERANCE);
        assertEquals("c1", n.at("/perDocument/2/id").asText());
        assertEquals(20039, n.at("/perDocument/1/errorsKm/0").asDouble(), 0);

        String table = r.toTable();
        assertTrue(table.contains("3 documents, 7 gold toponyms, 8 system mentions, 5 matched"), table);
        assertTrue(table.contains("Acc@161 km              0.500"), table);

        // with nothing to resolve, undefined measures are null, not NaN
        EvaluationReport none = GeoparsingEvaluator.evaluate(gold, d -> List.of(), 2);
        JsonNode empty = none.toJson();
        assertTrue(empty.at("/resolution/auc").isNull());
        assertEquals(0, empty.at("/recognition/exact/precision").asDouble(), 0);
        assertEquals(0, none.endToEnd(), 0);
    }

    @Test
    void aFailingSystemIsReportedWithTheDocument() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GeoparsingEvaluator.evaluate(gold, d -> d.id().equals("c1") ? null : ANSWERS.get(d.id()), 2));
        assertTrue(e.getMessage().contains("document c1"), e.getMessage());
    }
}
