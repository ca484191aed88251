package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The memo alone, on hand-made sentences: no model runs. */
class SentenceMemoTest {

    @Test
    void aSentenceOfTheSameWordsGetsTheTagsKept() {
        SentenceMemo memo = new SentenceMemo(10);
        CoreMap first = troopsLeftSyria(memo);
        setTags(first, new String[] {"NNS", "VBD", "NNP", "."}, new String[] {"troop", "leave", "syria", "."});
        memo.keepTags(first);

        CoreMap again = sentence("Troops", "left", "Syria", ".");
        assertTrue(memo.restoreNer(again));
        assertTrue(memo.restoreTags(again));
        List<CoreLabel> tokens = tokens(again);
        assertEquals(List.of("O", "O", "LOCATION", "O"), tokens.stream().map(CoreLabel::ner).toList());
        assertEquals(List.of("NNS", "VBD", "NNP", "."), tokens.stream().map(CoreLabel::tag).toList());
        assertEquals(List.of("troop", "leave", "syria", "."), tokens.stream().map(CoreLabel::lemma).toList());
    }

    @Test
    void otherWordsOrAnotherNormalisationGetNothing() {
        SentenceMemo memo = new SentenceMemo(10);
        troopsLeftSyria(memo);
        assertFalse(memo.restoreNer(sentence("Troops", "left", "Libya", ".")));
        assertFalse(memo.restoreNer(sentence("Troops", "left", "Syria")));
        // the same text as written, read by the models as another word
        CoreMap normalised = sentence("Troops", "left", "Syria", ".");
        tokens(normalised).get(1).setWord("LEFT");
        assertFalse(memo.restoreNer(normalised));
        // NER tags kept, no POS tags yet
        assertFalse(memo.restoreTags(sentence("Troops", "left", "Syria", ".")));
    }

    @Test
    void theKeyKeepsTokenBoundaries() {
        assertNotEquals(SentenceMemo.key(tokens(sentence("New", "York"))),
                SentenceMemo.key(tokens(sentence("NewYork"))));
        assertNotEquals(SentenceMemo.key(tokens(sentence("a", "bc"))), SentenceMemo.key(tokens(sentence("ab", "c"))));
    }

    @Test
    void theLeastRecentlyMetSentenceGoesFirst() {
        SentenceMemo memo = new SentenceMemo(2);
        CoreMap a = keptNer("Aleppo", "fell");
        CoreMap b = keptNer("Homs", "fell");
        memo.keepNer(a);
        memo.keepNer(b);
        assertTrue(memo.restoreNer(sentence("Aleppo", "fell")));
        memo.keepNer(keptNer("Idlib", "fell"));
        assertEquals(2, memo.size());
        assertTrue(memo.restoreNer(sentence("Aleppo", "fell")));
        assertFalse(memo.restoreNer(sentence("Homs", "fell")));
        assertTrue(memo.restoreNer(sentence("Idlib", "fell")));
    }

    @Test
    void aMemoOfNoSentencesKeepsNothing() {
        SentenceMemo memo = new SentenceMemo(0);
        memo.keepNer(keptNer("Aleppo", "fell"));
        assertEquals(0, memo.size());
        assertFalse(memo.restoreNer(sentence("Aleppo", "fell")));
        AtomicInteger parses = new AtomicInteger();
        memo.parse(sentence("Aleppo", "fell"), () -> graph(parses));
        memo.parse(sentence("Aleppo", "fell"), () -> graph(parses));
        assertEquals(2, parses.get());
    }

    @Test
    void aSentenceIsParsedOnceForAllItsRepeats() {
        SentenceMemo memo = new SentenceMemo(10);
        AtomicInteger parses = new AtomicInteger();
        DependencyGraph first = memo.parse(sentence("Aleppo", "fell"), () -> graph(parses));
        DependencyGraph again = memo.parse(sentence("Aleppo", "fell"), () -> graph(parses));
        memo.parse(sentence("Homs", "fell"), () -> graph(parses));
        assertSame(first, again);
        assertEquals(2, parses.get());
    }

    @Test
    void aNegativeSizeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SentenceMemo(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    /** "Troops left Syria .", NER-tagged and kept in the memo. */
    private static CoreMap troopsLeftSyria(SentenceMemo memo) {
        CoreMap sentence = sentence("Troops", "left", "Syria", ".");
        tag(sentence, "O", "O", "LOCATION", "O");
        memo.keepNer(sentence);
        return sentence;
    }

    private static DependencyGraph graph(AtomicInteger parses) {
        parses.incrementAndGet();
        return DependencyGraph.parse("1 Aleppo aleppo NNP 2 nsubj\n2 fell fall VBD 0 root");
    }

    private static CoreMap keptNer(String... words) {
        CoreMap s = sentence(words);
        String[] tags = new String[words.length];
        java.util.Arrays.fill(tags, "O");
        tag(s, tags);
        return s;
    }

    private static CoreMap sentence(String... words) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String w : words) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setOriginalText(w);
            t.setValue(w);
            tokens.add(t);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return s;
    }

    private static void tag(CoreMap sentence, String... ner) {
        List<CoreLabel> tokens = tokens(sentence);
        for (int i = 0; i < ner.length; i++) {
            tokens.get(i).setNER(ner[i]);
        }
    }

    private static void setTags(CoreMap sentence, String[] pos, String[] lemmas) {
        List<CoreLabel> tokens = tokens(sentence);
        for (int i = 0; i < pos.length; i++) {
            tokens.get(i).setTag(pos[i]);
            tokens.get(i).setLemma(lemmas[i]);
        }
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }
}
