package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringTableTest {

    @Test
    void findsEachStringAtItsNumberAndNothingElse() throws IOException {
        List<String> strings = new ArrayList<>(List.of("", "Aa", "BB", "café", "W-ROOT=harbour"));
        for (int i = 0; i < 30_000; i++) {
            strings.add("f" + i);
        }
        for (StringTable t : List.of(StringTable.of(strings), roundTrip(StringTable.of(strings)))) {
            assertEquals(strings.size(), t.size());
            for (int i = 0; i < strings.size(); i++) {
                assertEquals(i, t.find(strings.get(i)), strings.get(i));
                assertEquals(strings.get(i), t.get(i));
            }
            // "Aa" and "BB" share a String.hashCode: one is found past the other
            assertEquals(List.of(1, 2), List.of(t.find("Aa"), t.find("BB")));
            assertEquals(-1, t.find("f30000"));
            assertEquals(-1, t.find("caf"));
            assertEquals(-1, t.find(17));
        }
    }

    @Test
    void keepsCharactersBeyondLatin1() throws IOException {
        List<String> strings = List.of("Zürich", "Ελλάδα", "حلب", "東京");
        StringTable read = roundTrip(StringTable.of(strings));
        for (int i = 0; i < strings.size(); i++) {
            assertEquals(strings.get(i), read.get(i));
            assertEquals(i, read.find(strings.get(i)));
        }
    }

    @Test
    void aStringGivenTwiceIsFoundAtItsFirstEntry() {
        StringTable t = StringTable.of(List.of("a", "b", "a"));
        assertEquals(0, t.find("a"));
        assertEquals("a", t.get(2));
    }

    @Test
    void refusesAnotherForm() {
        byte[] bytes = {0, 0, 0, 1, 0, 0, 0, 1, 9};
        IOException e = assertThrows(IOException.class,
                () -> StringTable.read(new DataInputStream(new ByteArrayInputStream(bytes))));
        assertEquals("not a string table (form 9)", e.getMessage());
    }

    private static StringTable roundTrip(StringTable t) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        t.write(new DataOutputStream(bytes));
        return StringTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
