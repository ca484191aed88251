package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The NER's tables alone, on hand-made features and weights: no model. */
class CrfTablesTest {

    @Test
    void readsBackEveryFeatureAndWeight() throws IOException {
        Random random = new Random(5);
        List<String> names = new ArrayList<>();
        float[][] weights = new float[20_000][];
        for (int i = 0; i < weights.length; i++) {
            names.add((i % 3 == 0 ? "WORD-" : "SHAPE-") + i + "|C");
            // rows of 5 and 24 as in CoreNLP's model, and some empty ones, the first among them
            weights[i] = new float[i % 7 == 0 ? 0 : i % 2 == 0 ? 5 : 24];
            for (int k = 0; k < weights[i].length; k++) {
                weights[i][k] = random.nextFloat() - 0.5f;
            }
        }
        CrfTables read = roundTrip(CrfTables.of(names, weights));
        assertEquals(names.size(), read.features().size());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(i, read.features().indexOf(names.get(i)));
            assertArrayEquals(weights[i], read.weights()[i], 0f, "row " + i);
        }
        assertEquals(-1, read.features().indexOf("WORD-unseen|C"));
    }

    @Test
    void theIndexAnswersAsCoreNlpsAndAddsNothing() throws IOException {
        FeatureIndex index = CrfTables.of(List.of("a|C", "b|C"), new float[][] {{1f}, {2f}}).features();
        assertEquals(List.of("a|C", "b|C"), index.objectsList());
        assertEquals(List.of("b|C", "a|C"), List.copyOf(index.objects(new int[] {1, 0})));
        assertTrue(index.contains("b|C") && index.isLocked());
        assertFalse(index.contains("c|C"));
        assertEquals(1, index.indexOf("b|C", true));
        assertEquals(-1, index.indexOf("c|C", false));
        assertThrows(UnsupportedOperationException.class, () -> index.indexOf("c|C", true));
        assertThrows(UnsupportedOperationException.class, () -> index.add("c|C"));
        assertThrows(UnsupportedOperationException.class, index::unlock);
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> index.get(2));
        StringWriter saved = new StringWriter();
        index.saveToWriter(saved);
        assertEquals("0=a|C" + System.lineSeparator() + "1=b|C" + System.lineSeparator(), saved.toString());
    }

    @Test
    void featuresAndRowsMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> CrfTables.of(List.of("a|C"), new float[2][1]));
    }

    private static CrfTables roundTrip(CrfTables tables) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tables.write(new DataOutputStream(bytes));
        return CrfTables.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
