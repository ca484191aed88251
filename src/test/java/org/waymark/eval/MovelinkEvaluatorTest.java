package org.waymark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.SharedData;
import org.waymark.movement.Movement;
import org.waymark.recognize.Toponym;
import org.waymark.text.Document;

class MovelinkEvaluatorTest {

    // the bus is outside the BMP: SpaceEval's UTF-16 offsets after it are one more than code points
    private static final String TEXT = "\nWe drove from Madrid to Toledo. Then the \uD83D\uDE8C left the station for Segovia."
            + "\nIn 1990 he moved to Lisbon.";

    @TempDir
    Path dir;

    private Path corpusDir;

    /** A SpaceEval tag at the n-th occurrence of a word, with UTF-16 offsets as the corpus has them. */
    private static String tag(String element, String id, String word, int occurrence, String extra) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(word, at + 1);
        }
        return "<%s id=\"%s\" start=\"%d\" end=\"%d\" text=\"%s\" %s/>\n"
                .formatted(element, id, at, at + word.length(), word, extra);
    }

    @BeforeEach
    void writeCorpus() throws IOException {
        String tags = tag("MOTION", "m1", "drove", 0, "")
                + tag("PLACE", "pl1", "Madrid", 0, "form=\"NAM\"")
                + tag("PLACE", "pl2", "Toledo", 0, "form=\"NAM\"")
                + tag("MOTION", "m2", "left", 0, "")
                + tag("PLACE", "pl4", "station", 0, "form=\"NOM\"")
                + tag("PLACE", "pl3", "Segovia", 0, "form=\"NAM\"")
                + tag("MOTION", "m3", "moved", 0, "")
                + tag("PLACE", "pl5", "Lisbon", 0, "form=\"NAM\"")
                + "<PLACE id=\"pl6\" start=\"-1\" end=\"-1\" text=\"\" form=\"NOM\" />\n"
                + "<MOVELINK id=\"mvl1\" trigger=\"m1\" source=\"pl1\" goal=\"pl2\" mover=\"\" />\n"
                + "<MOVELINK id=\"mvl2\" trigger=\"m2\" source=\"pl4\" goal=\"pl3\" mover=\"\" />\n"
                + "<MOVELINK id=\"mvl3\" trigger=\"m3\" source=\"pl6\" goal=\"pl5\" mover=\"\" />\n"
                + "<MOVELINK id=\"mvl4\" trigger=\"m1\" source=\"pl99\" goal=\"\" mover=\"\" />\n";
        corpusDir = dir.resolve("spaceeval");
        Files.createDirectories(corpusDir.resolve("sub"));
        Files.writeString(corpusDir.resolve("sub/trip.xml"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <SpaceEvalTaskv1.2>
                <TEXT><![CDATA[%s]]></TEXT>
                <TAGS>
                %s</TAGS>
                </SpaceEvalTaskv1.2>
                """.formatted(TEXT, tags));
        Files.writeString(corpusDir.resolve("SpaceEvalTaskv1.2.dtd"), "<!ELEMENT TEXT (#PCDATA)>");
    }

    /** Code point span of the n-th occurrence of a word. */
    private static Toponym word(String text, String w, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(w, at + 1);
        }
        int start = text.codePointCount(0, at);
        return new Toponym(start, start + w.length(), w, Toponym.Kind.TOPONYM, 0);
    }

    /** The code point span of the sentence (line part) holding a word: the evidence a system would give. */
    private static int[] sentence(String text, String w) {
        int at = text.indexOf(w);
        int from = Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf('\n', at) + 1);
        int to = text.indexOf('.', at) + 1;
        return new int[] {text.codePointCount(0, from), text.codePointCount(0, to)};
    }

    private static Movement movement(Toponym origin, Toponym destination, int[] evidence) {
        return new Movement("d", null, null, origin, destination, List.of(), false, Movement.EndKind.PLACE,
                "go", null, null, Movement.Status.REPORTED, "", evidence[0], evidence[1], 1);
    }

    @Test
    void readsLinksWithTheirEnds() {
        MovelinkCorpus corpus = MovelinkCorpus.read(corpusDir);
        assertEquals(1, corpus.documents().size(), "the DTD is not a document");
        MovelinkDocument doc = corpus.documents().get(0);
        assertEquals("sub/trip", doc.id());
        assertEquals(TEXT, doc.text());
        assertEquals(4, corpus.links());
        assertEquals(4, corpus.linksWithSource());
        assertEquals(3, corpus.linksWithGoal());
        assertEquals(2, corpus.scorableSources(), "pl6 is non-consuming, pl99 names no tag");
        assertEquals(3, corpus.scorableGoals());
        MoveLink mvl2 = doc.links().get(1);
        Toponym segovia = word(TEXT, "Segovia", 0);
        assertEquals(new Span(segovia.start(), segovia.end()), mvl2.goal().span(), "UTF-16 offsets to code points");
        assertEquals("Segovia", doc.document().slice(mvl2.goal().span().start(), mvl2.goal().span().end()));
        assertTrue(mvl2.goal().named());
        assertEquals("PLACE", mvl2.source().element());
        MoveLink.End dangling = doc.links().get(3).source();
        assertEquals("pl99", dangling.tagId());
        assertNull(dangling.element());
        assertNull(doc.links().get(2).source().span());
    }

    @Test
    void scoresEachEndByHand() {
        String t = TEXT;
        List<Movement> answers = List.of(
                movement(word(t, "Madrid", 0), word(t, "Toledo", 0), sentence(t, "drove")),  // both ends right
                movement(null, word(t, "Segovia", 0), sentence(t, "left")),                  // goal right, no origin
                movement(null, word(t, "Madrid", 0), sentence(t, "moved")),                  // goal in the wrong place
                movement(word(t, "Toledo", 0), word(t, "Madrid", 0), sentence(t, "drove"))); // swapped: both wrong
        MovelinkReport r = MovelinkEvaluator.evaluate(corpusDir, d -> answers);

        assertEquals(1, r.documents());
        assertEquals(4, r.links());
        assertEquals(4, r.movements());
        // sources: given by movements 1 and 4; gold Madrid (mvl1) and station (mvl2)
        assertEquals(new PrecisionRecall(2, 2, 1), r.source());
        // goals: given by all four; gold Toledo, Segovia, Lisbon
        assertEquals(new PrecisionRecall(4, 3, 2), r.goal());
        assertEquals(new PrecisionRecall(6, 5, 3), r.combined());
        assertEquals(0.5, r.combined().precision(), 1e-12);
        assertEquals(0.6, r.combined().recall(), 1e-12);
        assertEquals(2 * 0.5 * 0.6 / 1.1, r.combined().f1(), 1e-12);
        assertEquals(2.0 / 3, r.goal().recall(), 1e-12);
    }

    @Test
    void aMovementMustCoverTheTriggerAndCountsForOneLinkOnly() {
        String t = TEXT;
        Movement right = movement(word(t, "Madrid", 0), word(t, "Toledo", 0), sentence(t, "drove"));
        Movement elsewhere = movement(word(t, "Madrid", 0), word(t, "Toledo", 0), sentence(t, "left"));
        MovelinkDocument doc = MovelinkCorpus.read(corpusDir).documents().get(0);
        MovelinkScore s = MovelinkEvaluator.score(doc, List.of(right, right, elsewhere));
        assertEquals(new PrecisionRecall(3, 2, 1), s.source(), "the duplicate and the off-sentence one are wrong");
        assertEquals(new PrecisionRecall(3, 3, 1), s.goal());
    }

    @Test
    void anEndOverTheWholeTextMatchesNothing() {
        MovelinkDocument doc = MovelinkCorpus.read(corpusDir).documents().get(0);
        int length = doc.document().characters();
        Toponym everything = new Toponym(0, length, TEXT, Toponym.Kind.TOPONYM, 0);
        List<Movement> spam = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            spam.add(movement(everything, everything, new int[] {0, length}));
        }
        MovelinkScore s = MovelinkEvaluator.score(doc, spam);
        assertEquals(new PrecisionRecall(4, 2, 0), s.source());
        assertEquals(new PrecisionRecall(4, 3, 0), s.goal());
        // a span a little wider than the place, but pointing at it alone, still matches
        Toponym toSegovia = new Toponym(word(TEXT, "for", 0).start(), word(TEXT, "Segovia", 0).end(), "for Segovia",
                Toponym.Kind.TOPONYM, 0);
        assertEquals(1, MovelinkEvaluator.score(doc, List.of(movement(null, toSegovia, sentence(TEXT, "left"))))
                .goal().matched());
    }

    @Test
    void writesJson() throws IOException {
        MovelinkReport r = MovelinkEvaluator.evaluate(MovelinkCorpus.read(corpusDir).documents(), d -> List.of(
                movement(null, word(TEXT, "Lisbon", 0), sentence(TEXT, "moved"))), 1);
        Path json = dir.resolve("movelink.json");
        r.writeJson(json);
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        assertEquals(1.0, n.at("/goal/precision").asDouble(), 0);
        assertEquals(1.0 / 3, n.at("/goal/recall").asDouble(), 1e-12);
        assertEquals("sub/trip", n.at("/perDocument/0/id").asText());
        assertTrue(r.toTable().contains("goal"), r.toTable());
    }

    @Test
    void rejectsWhatIsNotSpaceEval() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<articles><article/></articles>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MovelinkCorpus.read(bad));
        assertTrue(e.getMessage().contains("bad.xml") && e.getMessage().contains("<TEXT> and <TAGS>"), e.getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThrows(IllegalArgumentException.class, () -> MovelinkCorpus.read(empty));
    }

    /** On the real training data: answers copied from gold score 1; answers made of guesses score low. */
    @Test
    void oracleAndGarbageOnTheTrainingFolder() {
        Path training = SharedData.assume("corpora/dev/SpaceEval2015-training");
        MovelinkCorpus corpus = MovelinkCorpus.read(training);
        Map<String, MovelinkDocument> byId = new HashMap<>();
        corpus.documents().forEach(d -> byId.put(d.id(), d));

        Function<Document, List<Movement>> oracle = d -> {
            List<Movement> out = new ArrayList<>();
            for (MoveLink l : byId.get(d.id()).links()) {
                Toponym from = toponym(l.source()), to = toponym(l.goal());
                if (l.trigger() != null && (from != null || to != null)) {
                    out.add(movement(from, to, new int[] {l.trigger().start(), l.trigger().end()}));
                }
            }
            return out;
        };
        MovelinkReport best = MovelinkEvaluator.evaluate(corpus.documents(), oracle, 2);
        assertEquals(new PrecisionRecall(97, 97, 97), best.source());
        // one link names no trigger ("Get" is only its fromText), so its goal cannot be claimed
        assertEquals(new PrecisionRecall(317, 318, 317), best.goal());

        // every capitalised word goes to the next one, the whole text as evidence
        Pattern capitalised = Pattern.compile("\\b\\p{Lu}\\p{Ll}+");
        Function<Document, List<Movement>> garbage = d -> {
            List<Toponym> words = new ArrayList<>();
            Matcher m = capitalised.matcher(d.text());
            while (m.find()) {
                int s = d.text().codePointCount(0, m.start());
                words.add(new Toponym(s, s + m.group().length(), m.group(), Toponym.Kind.TOPONYM, 0));
            }
            List<Movement> out = new ArrayList<>();
            for (int i = 0; i + 1 < words.size(); i++) {
                out.add(movement(words.get(i), words.get(i + 1), new int[] {0, d.characters()}));
            }
            return out;
        };
        MovelinkReport junk = MovelinkEvaluator.evaluate(corpus.documents(), garbage, 2);
        // it finds some "from X to Y" pairs, but pays for every guess
        assertTrue(junk.combined().precision() < 0.05, junk.toTable());
    }

    private static Toponym toponym(MoveLink.End end) {
        return end == null || !end.scorable() ? null
                : new Toponym(end.span().start(), end.span().end(), end.text(), Toponym.Kind.TOPONYM, 0);
    }
}
