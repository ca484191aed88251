package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A "sentence" of thousands of tokens (a text without full stops) is tagged and parsed in pieces. */
class LongSentencesTest {

    @Test
    void aSentenceWithoutEndIsCutIntoPiecesThatKeepTheirOffsets() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            parts.add("convoys went from Tripoli to Misrata and " + i + " families to Zuwara");
        }
        String text = "Then " + String.join(", ", parts) + " and so on";
        NlpPipeline nlp = NlpPipelines.shared();
        AnnotatedText annotated = nlp.annotate(text);
        List<Sentence> sentences = annotated.sentences();
        assertTrue(sentences.size() > 10, "cut into pieces: " + sentences.size());
        int tokens = 0;
        int end = 0;
        for (Sentence s : sentences) {
            assertTrue(s.tokens().size() <= LongSentences.MAX_TOKENS, "at most the cap: " + s.tokens().size());
            assertEquals(sentences.indexOf(s), s.index());
            assertTrue(s.begin() >= end, "in order");
            end = s.end();
            for (Token t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.begin(), t.end()), "offsets exact");
            }
            tokens += s.tokens().size();
        }
        assertTrue(sentences.get(1).tokens().get(0).word().matches("\\w+"), "a piece starts after a comma");
        assertEquals("LOCATION", sentences.get(5).tokens().stream().filter(t -> t.word().equals("Misrata"))
                .findFirst().orElseThrow().ner(), "tagged");
        DependencyGraph graph = nlp.dependencies(sentences.get(2));
        assertEquals(sentences.get(2).tokens().size(), graph.size(), "the parse numbers the piece's own tokens");
        assertTrue(tokens > 400 * 12, "every token kept: " + tokens);
    }
}
