package org.waymark.movement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waymark.nlp.Token;

/** Reads the number of movers from a phrase: "17,000", "over 1.5 thousand militants", "dozens", "three". */
final class Counts {
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("hundred", 100L), Map.entry("dozen", 12L));
    private static final Map<String, Long> MULTIPLIERS = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "hundred", 100L, "billion", 1_000_000_000L, "k", 1_000L);

    private Counts() {
    }

    /** The first number the tokens state, or null. */
    static Long of(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().equals("CD")) {
                continue;
            }
            Double value = parse(t.word());
            if (value == null) {
                continue;
            }
            if (i + 1 < tokens.size()) {
                Long m = MULTIPLIERS.get(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
                if (m != null && !t.word().toLowerCase(Locale.ROOT).equals(tokens.get(i + 1).word())) {
                    value *= m;
                }
            }
            return Math.round(value);
        }
        return null;
    }

    private static Double parse(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        if (WORDS.containsKey(w)) {
            return WORDS.get(w).doubleValue();
        }
        if (w.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(w);
        }
        return null;
    }
}
