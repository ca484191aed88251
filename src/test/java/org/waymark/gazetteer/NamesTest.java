package org.waymark.gazetteer;

import org.junit.jupiter.api.Test;
import org.waymark.SharedData;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesTest {
    /** The general Unicode path of Names.normalize, which the ASCII fast path must agree with. */
    private static String reference(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = Pattern.compile("\\p{M}+").matcher(s).replaceAll("");
        s = Pattern.compile("['’‘`ʻʼ.,\"()]").matcher(s).replaceAll("");
        s = Pattern.compile("[\\s\\-‐‑‒–—_/]+").matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }

    @Test
    @SharedData.Needs("data/geonames/cities500.txt")
    void fastPathAgreesWithUnicodePathOnEveryGeoNamesName() throws IOException {
        int compared = 0;
        try (BufferedReader r = Files.newBufferedReader(SharedData.path("data/geonames/cities500.txt"), StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; n++) {
                String[] row = line.split("\t");
                assertEquals(reference(row[1]), Names.normalize(row[1]));
                assertEquals(reference(row[2]), Names.normalize(row[2]));
                if (n % 10 == 0) {
                    for (String alternate : row[3].split(",")) {
                        assertEquals(reference(alternate), Names.normalize(alternate), alternate);
                        compared++;
                    }
                }
                compared += 2;
            }
        }
        assertTrue(compared > 400_000, "compared " + compared);
        for (String tricky : new String[]{" -Deir  ez-Zor- ", "U.S.", "a . b", "St. John's", "(Old) Town", "x\ty", "--", ""}) {
            assertEquals(reference(tricky), Names.normalize(tricky), tricky);
        }
        assertEquals("deir ez zor", Names.normalize("DEIR EZ-ZOR"));
        assertEquals("ar raqqah", Names.normalize("Ar-Raqqah"));
    }
}
