package org.waymark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.HandMadeGazetteer;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.NlpPipeline;
import org.waymark.nlp.NlpPipelines;
import org.waymark.nlp.Token;
import org.waymark.recognize.ToponymRecognizer;
import org.waymark.resolve.Mention;
import org.waymark.resolve.ToponymResolver;

class NameGateTest {
    private static final NameGate GATE = new NameGate(GeoNamesIndex.embedded());

    private static boolean gate(String sentence) {
        AnnotatedText text = NlpPipelines.shared().annotate(sentence, tokens -> false, document -> tokens -> false);
        return GATE.test(text.sentences().get(0).tokens());
    }

    @Test
    void opensOnGazetteerNamesAndDemonyms() {
        assertTrue(gate("Fighters were flown from Pakistan."));
        assertTrue(gate("The talks in Rostov-on-Don ended."));
        assertTrue(gate("Uzbek officials denied it."));
        assertTrue(gate("They reached the outskirts of ar-Raqqah."));
        assertTrue(gate("Most of them live in the middle East now."));
    }

    /**
     * A sentence met again gets the answer it got (the gate keeps answers by words and spaces), and the same words
     * spaced otherwise are another sentence: "Port Sudan" is a name, "PortSudan" (two tokens, no space) none.
     * Hand-made tokens.
     */
    @Test
    void answersBySentenceWordsAndSpaces() {
        NameGate gate = new NameGate(new HandMadeGazetteer("test")
                .name("Port Sudan", new Place(1, "Port Sudan", 19.6, 37.2, "P", "PPLA", "SD", "15", 500_000)));
        List<Token> spaced = List.of(token("to", 0), token("Port", 3), token("Sudan", 8));
        List<Token> joined = List.of(token("to", 0), token("Port", 3), token("Sudan", 7));
        for (int round = 0; round < 2; round++) {
            assertTrue(gate.test(spaced), "round " + round);
            assertFalse(gate.test(joined), "round " + round);
        }
    }

    private static Token token(String word, int begin) {
        return new Token(word, begin, begin + word.length(), "", word.toLowerCase(), "O");
    }

    @Test
    void staysShutWithoutAName() {
        assertFalse(gate("He said that it was not true and that they would return."));
        assertFalse(gate("Prices rose by 3 percent in the third quarter."));
        // a lower-case word before a capital starts a name only if the name reaches the capital: "of" is a town
        // in Turkey, "of Zorblax" no name
        assertTrue(GeoNamesIndex.embedded().isName("of"));
        assertFalse(gate("The chief of Zorblax Industries said so."));
    }

    /**
     * The gate must never cost a resolved place: with every sentence tagged, each resolved mention of the sample
     * articles and the seed articles lies in a sentence that the gate opens.
     */
    @Test
    void opensEverySentenceThatHoldsAResolvedPlace() throws IOException {
        NlpPipeline nlp = NlpPipelines.shared();
        GeoNamesIndex gazetteer = GeoNamesIndex.embedded();
        ToponymRecognizer recognizer = new ToponymRecognizer(gazetteer);
        ToponymResolver resolver = new ToponymResolver(gazetteer);
        Path seeds = SharedData.assume("seeds");
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("sample-data")), Files.list(seeds))) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        }
        int resolved = 0;
        for (Path file : files) {
            AnnotatedText text = nlp.annotate(Files.readString(file));
            for (Mention m : resolver.resolve(text, recognizer.recognize(text))) {
                if (m.isResolved()) {
                    resolved++;
                    assertTrue(GATE.test(text.sentences().get(m.toponym().sentence()).tokens()),
                            file + ": " + m.toponym().surface() + " in: " + m.sentence());
                }
            }
        }
        assertTrue(resolved > 50, "resolved mentions checked: " + resolved);
    }
}
