package org.waymark.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Which GeoNames alternate names become lookup keys. GeoNames lists every language and transliteration; an English
 * news gazetteer wants the Latin-script ones that are neither codes nor ordinary words, and the Arabic-script ones,
 * which news about the Middle East quotes beside their transliterations. A place's own name is never
 * filtered here: "Nice", "Split" and "Mobile" stay names, and the recognizer and resolver decide.
 */
final class AlternateNames {
    static final int MIN_LETTERS = 3;
    static final int MAX_TOKENS = 6;
    private static final Set<String> STOP_WORDS = loadStopWords();

    private AlternateNames() {
    }

    /** The lookup key of {@code alternate} (as written in the dump), or null when it is not worth one. */
    static String key(String alternate) {
        return key(alternate, 0, alternate.length());
    }

    /** {@link #key(String)} for {@code s[from, to)}, so that a dump's alternate-name column need not be split first. */
    static String key(String s, int from, int to) {
        int letters = 0;
        int arabic = 0;
        boolean upper = false;
        boolean allUpper = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= '0' && c <= '9') {
                    return null;       // postcodes, "Paris 01", road numbers
                }
                if (c >= 'A' && c <= 'Z') {
                    letters++;
                    upper = true;
                } else if (c >= 'a' && c <= 'z') {
                    letters++;
                    allUpper = false;
                }
            } else if (Character.isLetter(c)) {
                // Latin-1 and Latin Extended letters are Latin; anything else is asked of Unicode (Cyrillic, CJK ...)
                if (c > 0x24f && !(c >= 0x1e00 && c <= 0x1eff)
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    if (Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC) {
                        return null;   // the recognizer reads English text
                    }
                    arabic++;
                    continue;
                }
                letters++;
                if (Character.isUpperCase(c)) {
                    upper = true;
                } else {
                    allUpper = false;
                }
            } else if (Character.isDigit(c)) {
                return null;
            }
        }
        if (arabic > 0) {
            // Arabic script, which English news quotes now and then ("حلب", "دمشق"): no case to test; not mixed
            return letters > 0 || arabic < MIN_LETTERS ? null : checked(Names.normalize(s.substring(from, to)));
        }
        // all lower case: GeoNames' machine transliterations ("sheng hu li ya"); short capitals: IATA/ICAO codes
        if (letters < MIN_LETTERS || !upper || (allUpper && letters <= 5)) {
            return null;
        }
        return checked(Names.normalize(s.substring(from, to)));
    }

    private static String checked(String key) {
        return key.length() >= MIN_LETTERS && tokens(key) <= MAX_TOKENS && !STOP_WORDS.contains(key) ? key : null;
    }

    /** Tokens of a normalized name. */
    static int tokens(String normalized) {
        int n = 1;
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static Set<String> loadStopWords() {
        String resource = "alternate-stopwords.txt";
        InputStream in = AlternateNames.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource org/waymark/gazetteer/" + resource);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(Names.normalize(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
