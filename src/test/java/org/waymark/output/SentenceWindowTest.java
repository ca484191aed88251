package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.text.CharOffsets;

class SentenceWindowTest {

    /** "Aid went to Town0, Town1, …, Town4999." and the text before it. */
    private static final String LEAD = "Aid was sent. ";
    private static final String LIST;

    static {
        List<String> towns = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            towns.add("Town" + i);
        }
        LIST = "Aid went to " + String.join(", ", towns) + ".";
    }

    private static int cp(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    @Test
    void aShortSentenceIsKeptWhole() {
        String s = "Buses took families from Herat to Mashhad.";
        assertSame(s, SentenceWindow.around(new CharOffsets(s), s, 25, 30));
    }

    @Test
    void aLongListIsCutAroundTheMentionAtWordBoundaries() {
        String text = LEAD + LIST;
        int at = text.indexOf("Town2500,");
        String window = SentenceWindow.around(new CharOffsets(text), LIST, cp(text, at), cp(text, at + 8));
        assertTrue(LIST.length() > 35_000, "the list is long: " + LIST.length());
        assertTrue(window.length() <= 400, window.length() + ": " + window);
        assertTrue(window.length() > 350, "the budget is used: " + window.length());
        assertTrue(window.contains(" Town2500,"), window);
        assertTrue(window.startsWith("…Town"), "cut before a whole word: " + window);
        assertTrue(window.endsWith(",…"), "cut after a whole word: " + window);
        int middle = window.indexOf("Town2500");
        assertTrue(Math.abs(middle - window.length() / 2) < 40, "centred on the mention: " + middle);
    }

    @Test
    void theStartAndEndOfTheSentenceGetNoEllipsis() {
        String text = LEAD + LIST;
        int at = text.indexOf("Aid went");
        String head = SentenceWindow.around(new CharOffsets(text), LIST, cp(text, at), cp(text, at + 3));
        assertTrue(head.startsWith("Aid went to Town0, Town1,") && head.endsWith("…") && head.length() <= 400, head);
        int last = text.indexOf("Town4999");
        String tail = SentenceWindow.around(new CharOffsets(text), LIST, cp(text, last), cp(text, last + 8));
        assertTrue(tail.startsWith("…") && tail.endsWith("Town4998, Town4999.") && tail.length() <= 400, tail);
    }

    @Test
    void aSentenceNotFoundInTheTextGivesItsBeginning() {
        String window = SentenceWindow.around(new CharOffsets("Other text."), LIST, 3, 5);
        assertEquals("Aid went to Town0, Town1,", window.substring(0, 25));
        assertTrue(window.endsWith("…") && window.length() <= 400, window);
    }
}
