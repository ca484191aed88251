package org.waymark.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWindowsTest {

    /** The windows follow each other without gap or overlap, none too long, each with its code point offset. */
    private static void assertCovers(String text, List<TextWindows.Window> windows, int max) {
        int at = 0;
        for (TextWindows.Window w : windows) {
            assertEquals(at, w.begin(), "no gap, no overlap");
            assertTrue(w.end() > w.begin() && w.end() - w.begin() <= max, "length " + (w.end() - w.begin()));
            assertEquals(text.codePointCount(0, w.begin()), w.codePointBegin(), "code point offset");
            at = w.end();
        }
        assertEquals(text.length(), at, "to the end");
    }

    @Test
    void aNewsArticleIsOneWindow() {
        String text = "Buses took families from Herat to Mashhad.\n\nMore followed on Monday.";
        assertEquals(List.of(new TextWindows.Window(0, text.length(), 0)), TextWindows.of(text));
        assertEquals(List.of(new TextWindows.Window(0, 0, 0)), TextWindows.of(""));
    }

    @Test
    void paragraphsComeBeforeLinesSentencesAndSpaces() {
        String text = "One two. Three four\nfive six.\n\nSeven eight. Nine ten eleven twelve.";
        List<TextWindows.Window> windows = TextWindows.of(text, 40);
        assertCovers(text, windows, 40);
        assertEquals("One two. Three four\nfive six.\n\n", windows.get(0).of(text));
        String lines = "One two. Three four\nfive six. Seven eight nine ten.";
        assertEquals("One two. Three four\n", TextWindows.of(lines, 30).get(0).of(lines));
        String sentences = "One two three. Four five six seven eight nine.";
        assertEquals("One two three. ", TextWindows.of(sentences, 25).get(0).of(sentences));
        String words = "Onetwothree fourfivesix seveneightnine";
        assertEquals("Onetwothree fourfivesix ", TextWindows.of(words, 30).get(0).of(words));
    }

    @Test
    void aTextWithoutBreaksIsCutBetweenCodePoints() {
        String text = "\uD83D\uDEEB".repeat(1000);   // 2,000 chars, 1,000 code points
        List<TextWindows.Window> windows = TextWindows.of(text, 301);
        assertCovers(text, windows, 301);
        for (TextWindows.Window w : windows) {
            assertTrue(Character.isHighSurrogate(text.charAt(w.begin())), "a window starts with a whole emoji");
        }
    }
}
