package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistsimLexiconTest {

    @Test
    void answersAsTheMapItWasMadeOf() throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("harbour", "17");
        map.put("harbor", "17");
        map.put("the", "3");
        map.put("", "9");
        map.put("café", "511");
        map.put("Aa", "4");     // "Aa" and "BB" have the same String.hashCode: one probes past the other
        map.put("BB", "5");
        // enough words that each of the file's arrays is read in several pieces
        for (int i = 0; i < 40_000; i++) {
            map.put("w" + i, Integer.toString(i % 40));
        }
        DistsimLexicon lexicon = DistsimLexicon.of(map);
        assertEquals(map, lexicon);
        assertEquals(map, new HashMap<>(lexicon));
        assertEquals("17", lexicon.get("harbor"));
        assertEquals("511", lexicon.get("café"));
        assertEquals("9", lexicon.get(""));
        assertEquals("4", lexicon.get("Aa"));
        assertEquals("5", lexicon.get("BB"));
        assertNull(lexicon.get("harbours"));
        assertNull(lexicon.get("Harbor"));
        assertNull(lexicon.get(17));
        assertTrue(lexicon.containsKey("w39999"));
        assertFalse(lexicon.containsKey("w40000"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lexicon.write(new DataOutputStream(bytes));
        DistsimLexicon read = DistsimLexicon.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(map, read);
        assertEquals(41, new java.util.HashSet<>(read.values()).size());
    }

    @Test
    void refusesAnotherFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream other = new DataOutputStream(bytes);
        other.writeUTF("WAYMARK-NNDEP");
        other.writeInt(1);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> DistsimLexicon.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        assertTrue(e.getMessage().contains("not a word-cluster lexicon"), e.getMessage());
    }
}
