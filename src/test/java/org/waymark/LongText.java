package org.waymark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A long news-like text of varied sentences with place names, made on the spot from a seed (nothing of it is checked
 * in): paragraphs of movement reports, background sentences, accented names and an astral-plane character now and
 * then, so that code point and char offsets differ; some sentences name no place, as in the news. {@code main}
 * writes one for bench/big-document.sh.
 */
public final class LongText {

    private static final List<String> PLACES = List.of("Tripoli", "Benghazi", "Misrata", "Zuwara", "Kabul", "Herat",
            "Doha", "Mashhad", "Aleppo", "Damascus", "Amman", "Beirut", "Tunis", "Cairo", "Istanbul", "Ankara",
            "Athens", "Rome", "Berlin", "Lagos", "Nairobi", "Kraków", "Zürich", "São Paulo", "Bogotá", "Karachi",
            "Peshawar", "Islamabad", "Tajikistan", "Uzbekistan", "Syria", "Libya", "Turkey", "Greece", "Italy");
    private static final List<String> MOVERS = List.of("refugees", "soldiers", "families", "migrants", "workers",
            "fighters", "students", "pilgrims", "volunteers", "engineers");
    /** The first templates, with places. */
    private static final int WITH_PLACES = 7;
    /** N a number, P a place, M movers, D a day. */
    private static final List<String> TEMPLATES = List.of(
            "N M left P for P on D.",
            "Officials said N M were moved from P to P by D.",
            "A convoy carrying N M reached P after a week on the road from P, local media reported on D.",
            "In P, where N M had gathered, talks with envoys from P resumed on D.",
            "The ministry in P denied that N M had crossed into P; a spokesman in P called it a rumour.",
            "Markets in P were quiet on D, and the price of bread had risen by N per cent since the spring.",
            "Some N M are expected to fly from P to P \uD83D\uDEEB before D.",
            "The talks were expected to go on for another week, a diplomat said.",
            "Aid groups asked for N more tents and for clean water before the winter.",
            "Nobody could say how many M had stayed behind, or for how long.",
            "Prices of fuel doubled in a month, and queues grew longer every morning.",
            "\"We walked for N days,\" one of the M said, \"and we slept under trucks.\"");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private LongText() {
    }

    /** About {@code chars} chars of text from {@code seed}, ending at a paragraph's end. */
    public static String of(long seed, int chars) {
        return of(seed, chars, 1);
    }

    /**
     * About {@code chars} chars of text from {@code seed} in which only one paragraph in {@code placesEvery} may
     * name places: a long report, fast to map, that still has mentions all through it.
     */
    public static String of(long seed, int chars, int placesEvery) {
        StringBuilder sb = new StringBuilder(chars + 200);
        Random random = new Random(seed);
        for (int p = 0; sb.length() < chars; p++) {
            paragraph(random, sb, p % placesEvery == 0 ? 0 : WITH_PLACES);
        }
        return sb.toString();
    }

    /** Sentences from the templates from {@code first} on. */
    private static void paragraph(Random random, StringBuilder sb, int first) {
        int sentences = 2 + random.nextInt(6);
        for (int i = 0; i < sentences; i++) {
            String template = TEMPLATES.get(first + random.nextInt(TEMPLATES.size() - first));
            for (String word : template.split(" ")) {
                String stem = word.replaceAll("[.,;]$", "");
                String filled = switch (stem) {
                    case "N" -> Integer.toString(10 + random.nextInt(5000));
                    case "P" -> pick(random, PLACES);
                    case "M" -> pick(random, MOVERS);
                    case "D" -> pick(random, DAYS);
                    default -> stem;
                };
                sb.append(filled).append(word, stem.length(), word.length()).append(' ');
            }
            sb.setLength(sb.length() - 1);
            sb.append(i + 1 < sentences ? " " : "\n\n");
        }
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /**
     * Writes {@code args[1]} chars of text from seed 12 to the file {@code args[0]}, places in one paragraph of
     * {@code args[2]} (1 if not given).
     */
    public static void main(String[] args) throws IOException {
        String text = of(12, Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 1);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }
}
