package org.waymark.recognize;

import java.util.ArrayList;
import java.util.List;
import org.waymark.gazetteer.HandMadeGazetteer;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.Token;

/** Hand-made sentences and a hand-made gazetteer for the recognizer's parts: no tagger, no GeoNames index. */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * Tokens from "word/POS/NER" items separated by spaces ("Afghans/NNPS/MISC"); POS and NER may be left out ("in",
     * "Kenya//LOCATION": POS "" is an untagged token, NER O by default). A "+" glues an item to the one before
     * ("al+-Raqqa" has no space). The lemma is the lower-case word.
     */
    static List<Token> tokens(String items) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : items.split(" ")) {
            boolean glued = item.startsWith("+");
            String[] parts = (glued ? item.substring(1) : item).split("/", -1);
            String word = parts[0];
            String pos = parts.length > 1 ? parts[1] : "NN";
            String ner = parts.length > 2 ? parts[2] : "O";
            if (glued && at > 0) {
                at--;
            }
            tokens.add(new Token(word, at, at + word.length(), pos, word.toLowerCase(), ner));
            at += word.length() + 1;
        }
        return tokens;
    }

    static Span span(int from, int to) {
        return new Span(from, to, false, true, false);
    }

    static Span nerSpan(int from, int to) {
        return new Span(from, to, true, true, false);
    }

    static Span demonym(int at) {
        return new Span(at, at + 1, false, false, true);
    }

    static Place place(long id, String name, String code, String country, String admin1, long population) {
        String featureClass = code.startsWith("PPL") ? "P" : code.startsWith("RGN") || code.equals("CONT") ? "L"
                : code.equals("SEA") ? "H" : code.equals("ATOL") ? "T" : "A";
        return new Place(id, name, 0, 0, featureClass, code, country, admin1, population);
    }

    /** The hand-made gazetteer most tests share. */
    static HandMadeGazetteer gazetteer() {
        Place usa = place(1, "United States", "PCLI", "US", "", 330_000_000);
        return new HandMadeGazetteer("fixture")
                .name("United States", usa).name("U.S.", usa)
                .name("Syria", place(2, "Syria", "PCLI", "SY", "", 20_000_000))
                .name("Australia", place(3, "Australia", "PCLI", "AU", "", 25_000_000))
                .name("New Zealand", place(4, "New Zealand", "PCLI", "NZ", "", 5_000_000))
                .name("Australia and New Zealand", place(5, "Australia and New Zealand", "RGN", "", "", 0))
                .name("Bosnia and Herzegovina", place(6, "Bosnia and Herzegovina", "PCLI", "BA", "", 3_000_000))
                .name("New York", place(7, "New York City", "PPL", "US", "NY", 8_000_000))
                .name("New York", place(8, "New York", "ADM1", "US", "NY", 0))
                .name("York", place(9, "York", "PPL", "GB", "ENG", 150_000))
                .name("ar-Raqqah", place(10, "Raqqa", "PPLA", "SY", "04", 500_000))
                .name("Middle East", place(11, "Middle East", "RGN", "", "", 0))
                .name("Seattle", place(12, "Seattle", "PPL", "US", "WA", 700_000))
                .name("Holliday", place(13, "Holliday", "PPL", "US", "MO", 400))
                .name("Missouri", place(14, "Missouri", "ADM1", "US", "MO", 0))
                .name("Tyler", place(15, "Tyler", "PPL", "US", "TX", 100_000))
                .name("Kisumu", place(16, "Kisumu", "PPL", "KE", "07", 400_000))
                .name("Migori", place(17, "Migori", "PPL", "KE", "07", 3_000))
                .name("Street", place(18, "Street", "PPL", "GB", "ENG", 11_000))
                .name("Manchester", place(19, "Manchester", "PPL", "GB", "ENG", 500_000))
                .name("Walsh", place(20, "Walsh", "PPL", "US", "CO", 500))
                .name("Der", place(21, "Győr", "PPL", "HU", "09", 130_000))
                .name("NSW", place(22, "New South Wales", "ADM1", "AU", "02", 8_000_000))
                .name("Metcalfe County", place(23, "Metcalfe County", "ADM2", "US", "KY", 10_000))
                .name("Mediterranean", place(24, "Mediterranean Sea", "SEA", "", "", 0))
                .name("Mediterranean Sea", place(24, "Mediterranean Sea", "SEA", "", "", 0))
                .name("Andy", place(25, "Jackson Atoll", "ATOL", "", "", 0))
                .demonym("Turkish", "TR").demonym("Russian", "RU").demonym("Afghans", "AF");
    }
}
