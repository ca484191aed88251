package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Sentences the first test accepts get NER, those the second accepts too get POS and lemmas: each tag as on the
     * whole text. NER reads no parts of speech, so its tags on a sentence without them are the same.
     */
    @Test
    void tagsChosenSentencesAsTheWholeTextAndLeavesTheOthersUntagged() throws IOException {
        NlpPipeline nlp = NlpPipelines.shared();
        for (String file : List.of("aid-convoys-sudan.txt", "baltic-exercise.md")) {
            String text = Files.readString(Path.of("sample-data", file));
            AnnotatedText whole = nlp.annotate(text);
            assertTrue(whole.sentences().size() > 6, file);
            // by their first token's offset: a third of the sentences all tags, a third NER only, a third none
            Set<Integer> named = new HashSet<>();
            Set<Integer> tagged = new HashSet<>();
            for (Sentence s : whole.sentences()) {
                if (s.index() % 3 != 2) {
                    named.add(s.tokens().get(0).begin());
                }
                if (s.index() % 3 == 0) {
                    tagged.add(s.tokens().get(0).begin());
                }
            }
            AnnotatedText some = nlp.annotate(text, tokens -> named.contains(tokens.get(0).begin()),
                    document -> tokens -> tagged.contains(tokens.get(0).begin()));
            assertEquals(whole.sentences().size(), some.sentences().size(), file);
            int nerOnlyEntities = 0;
            for (Sentence s : some.sentences()) {
                Sentence full = whole.sentences().get(s.index());
                assertEquals(full.begin(), s.begin());
                if (s.index() % 3 == 0) {
                    assertEquals(full.tokens(), s.tokens(), file + " sentence " + s.index());
                    continue;
                }
                for (int i = 0; i < s.tokens().size(); i++) {
                    Token t = s.tokens().get(i);
                    Token f = full.tokens().get(i);
                    assertEquals(List.of(f.word(), f.begin(), f.end()), List.of(t.word(), t.begin(), t.end()));
                    String ner = s.index() % 3 == 1 ? f.ner() : "O";
                    nerOnlyEntities += s.index() % 3 == 1 && !ner.equals("O") ? 1 : 0;
                    assertEquals(List.of("", t.word().toLowerCase(), ner), List.of(t.pos(), t.lemma(), t.ner()),
                            file + " sentence " + s.index());
                }
            }
            assertTrue(nerOnlyEntities > 2, file + ": entities tagged by NER alone: " + nerOnlyEntities);
        }
    }

    @Test
    void parsesAChosenSentenceAsTheWholeText() {
        NlpPipeline nlp = NlpPipelines.shared();
        String text = "It rained. Hundreds of refugees fled from Aleppo to Turkey on Monday.";
        AnnotatedText whole = nlp.annotate(text);
        AnnotatedText some = nlp.annotate(text, tokens -> tokens.size() > 3, document -> tokens -> true);
        assertEquals("", some.sentences().get(0).tokens().get(0).pos());
        assertEquals(nlp.parse(whole.sentences().get(1)).toString(), nlp.parse(some.sentences().get(1)).toString());
        String graph = nlp.parse(some.sentences().get(1)).toString();
        assertTrue(graph.contains("Turkey/NNP (obl)") && graph.contains("fled/VBD (root)"), graph);
    }

    /**
     * A sentence that an earlier text had gets the tags and the parse kept for it, without the models: the same as
     * the models give it (the shared pipeline keeps no sentences), and it is kept once.
     */
    @Test
    void aRepeatedSentenceGetsWhatTheModelsGaveIt() {
        NlpPipeline models = NlpPipelines.shared();
        NlpPipeline memo = NlpPipeline.load(100);
        String repeated = "Relief trucks left Amman for Baghdad on Tuesday, the agency said.";
        String first = repeated + " The drivers were told to wait at the border near Ruwaished.";
        String second = "Officials in Cairo said nothing about the convoy. " + repeated;
        memo.annotate(first).sentences().forEach(memo::dependencies);
        assertEquals(2, memo.sentencesKept());
        AnnotatedText again = memo.annotate(second);
        assertEquals(3, memo.sentencesKept(), "the repeated sentence is kept once");
        AnnotatedText byModels = models.annotate(second);
        for (int i = 0; i < 2; i++) {
            Sentence s = again.sentences().get(i);
            Sentence m = byModels.sentences().get(i);
            assertEquals(m.tokens(), s.tokens(), "sentence " + i);
            assertEquals(models.dependencies(m).nodes(), memo.dependencies(s).nodes(), "sentence " + i);
        }
        Token amman = again.sentences().get(1).tokens().stream().filter(t -> t.word().equals("Amman")).findFirst()
                .orElseThrow();
        assertEquals(List.of("LOCATION", "NNP", second.indexOf("Amman")), List.of(amman.ner(), amman.pos(),
                amman.begin()));
    }
}
