package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagDictionaryTest {
    private static final List<TagDictionary.Word> WORDS = List.of(
            new TagDictionary.Word("convoy", new String[] {"NN"}, new int[] {12}),
            // the tags in the order given, not sorted
            new TagDictionary.Word("left", new String[] {"VBN", "JJ", "VBD"}, new int[] {40, 7, 55}),
            new TagDictionary.Word("Zürich", new String[] {"NNP"}, new int[] {2}),
            new TagDictionary.Word("odd", new String[0], new int[0]));

    @Test
    void answersForTheWordsItHolds() {
        check(TagDictionary.of(WORDS));
    }

    @Test
    void readsWhatItWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TagDictionary.of(WORDS).write(new DataOutputStream(bytes));
        TagDictionary read = TagDictionary.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        check(read);
        // tag names come back interned, as CoreNLP's reader interns them
        assertTrue(read.tags(read.entry("left"))[1] == "JJ");
    }

    @Test
    void refusesAWordGivenTwiceAndAForeignFile() {
        assertThrows(IllegalArgumentException.class, () -> TagDictionary.of(List.of(WORDS.get(0), WORDS.get(0))));
        assertThrows(IllegalArgumentException.class,
                () -> new TagDictionary.Word("x", new String[] {"NN"}, new int[0]));
        byte[] other = {0, 3, 'a', 'b', 'c', 0, 0, 0, 1};
        assertThrows(IOException.class, () -> TagDictionary.read(new DataInputStream(new ByteArrayInputStream(other))));
    }

    private static void check(TagDictionary d) {
        assertEquals(4, d.size());
        int left = d.entry("left");
        assertArrayEquals(new String[] {"VBN", "JJ", "VBD"}, d.tags(left));
        assertEquals(7, d.count(left, "JJ"));
        assertEquals(0, d.count(left, "NN"));
        assertEquals("VBD", d.firstTag(left));
        assertEquals(102, d.sum(left));
        assertEquals(2, d.count(d.entry("Zürich"), "NNP"));
        int odd = d.entry("odd");
        assertEquals(0, d.tags(odd).length);
        assertNull(d.firstTag(odd));
        assertEquals(-1, d.entry("Left"));
        assertEquals(-1, d.entry(null));
        // a new array each time: a caller may change its copy
        d.tags(left)[0] = "XX";
        assertEquals("VBN", d.tags(left)[0]);
    }
}
