package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {

    @Test
    void tagsPlacesAndKeepsOffsetsInCodePoints() {
        NlpPipeline nlp = NlpPipelines.shared();
        // the emoji is two chars but one code point: offsets after it must shift by one
        String text = "Fighters 😀 were flown from Pakistan to the border of Tajikistan. Deir ez-Zor fell.";
        AnnotatedText at = nlp.annotate(text);
        assertEquals(2, at.sentences().size());
        Token pakistan = at.sentences().get(0).tokens().stream()
                .filter(t -> t.word().equals("Pakistan")).findFirst().orElseThrow();
        assertEquals("LOCATION", pakistan.ner());
        assertEquals("NNP", pakistan.pos());
        assertEquals(text.indexOf("Pakistan"), pakistan.begin());
        assertEquals(text.indexOf("Pakistan") - 1, at.codePointOffset(pakistan.begin()));
        List<String> words = at.sentences().get(1).tokens().stream().map(Token::word).toList();
        assertTrue(words.contains("ez-Zor"), words.toString());
        Token flown = at.sentences().get(0).tokens().get(3);
        assertEquals("fly", flown.lemma());
    }

    @Test
    void parsesOnDemand() {
        NlpPipeline nlp = NlpPipelines.shared();
        AnnotatedText at = nlp.annotate("The units were deployed to Libya.");
        SemanticGraph g = nlp.parse(at.sentences().get(0));
        assertEquals("deployed", g.getFirstRoot().word());
        assertTrue(g.toString().contains("Libya"));
    }
}
