package org.waymark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.movement.Movement;
import org.waymark.nlp.NlpPipelines;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;
import org.waymark.text.Document;
import org.waymark.text.DocumentReader;
import org.waymark.text.InputProblem;

/**
 * The whole text pipeline on seeded random input, as a property: whatever the bytes (random Unicode with astral
 * planes and lone surrogates, huge tokens, markup, control characters, NULs, bidirectional text, CRLF), read as a
 * text, HTML or JSONL input and mapped by the real pipeline (CoreNLP, recognizer, resolver, movements), no exception
 * escapes, and every mention and movement end satisfies text[start:end] == surface in code points, the offsets
 * Waymark writes. {@code -Dwaymark.fuzz.cases=N} runs another number of cases (the seed of case i is i).
 */
class TextPipelineFuzzTest {

    private static final int CASES = Integer.getInteger("waymark.fuzz.cases", 200);
    private static final List<String> NAMES = List.of("Tripoli", "Zuwara", "Aleppo", "Gaziantep", "Kabul", "Doha",
            "São Paulo", "Kraków", "New York", "Washington", "the United States", "Syria", "Libya", "Syrian", "U.S.",
            "Seattle-based", "Saint-Denis", "Côte d'Ivoire", "Москва", "القاهرة", "ירושלים", "東京");
    private static final List<String> WORDS = List.of("Refugees fled from", "to", "and then", "were deployed to",
            "left", "for", "on Monday", ".", ",", ";", "!", "?", "\"", "'", "(", ")", "arrived in", "crossed into",
            "Mr.", "U.N.", "e.g.", "3,000", "troops");
    private static final List<String> MARKUP = List.of("<p>", "</p>", "<br/>", "<a href=\"x\">", "</a>", "&amp;",
            "&#x1F600;", "&nbsp;", "<!-- c -->", "<script>var x = '<p>';</script>", "# ", "**", "[Tripoli](x)",
            "<div dir=\"rtl\">", "</div>", "<![CDATA[", "]]>", "{\"id\": 1}", "\\u0000", "%s%n");
    private static final int[][] RANGES = {
        {0x20, 0x7e}, {0x00, 0x1f}, {0x7f, 0x9f}, {0xa0, 0xff}, {0x300, 0x36f}, {0x590, 0x5ff}, {0x600, 0x6ff},
        {0x200b, 0x200f}, {0x2028, 0x202e}, {0x2066, 0x2069}, {0x4e00, 0x9fff}, {0xfe00, 0xfe0f}, {0xfeff, 0xfeff},
        {0xfff0, 0xffff}, {0x1f300, 0x1f6ff}, {0x1d400, 0x1d7ff}, {0x10000, 0x1007f}, {0xe0000, 0xe007f},
        {0x10fff0, 0x10ffff}};

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    static GeoParser parser;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        parser = new GeoParser(NlpPipelines.shared(), GeoNamesIndex.embedded());
    }

    @Test
    void noExceptionEscapesAndEveryOffsetIsExact() throws IOException {
        long t0 = System.nanoTime();
        int documents = 0;
        int mentions = 0;
        List<String> failures = new ArrayList<>();
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            String text = text(random);
            try {
                for (Document d : read(random, text, seed)) {
                    documents++;
                    mentions += check(d, parser.parse(d), failures, seed);
                }
            } catch (RuntimeException | Error e) {
                failures.add("case " + seed + ": " + e + " on " + sample(text));
            }
            if (failures.size() > 20) {
                break;
            }
        }
        System.out.printf("[fuzz] %d cases, %d documents, %d mentions, %d failures, %.1f s%n", CASES, documents,
                mentions, failures.size(), (System.nanoTime() - t0) / 1e9);
        assertEquals(List.of(), failures);
        assertTrue(mentions > CASES, "names were found among the noise: " + mentions);
    }

    /** The documents a user gets of {@code text}: as standard input, an HTML page or a JSONL line. */
    private List<Document> read(Random random, String text, int seed) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        List<Document> out = new ArrayList<>();
        int format = random.nextInt(4);
        if (format <= 1) {
            // UTF-8 as written, or now and then with a byte that makes it invalid
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (format == 1 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            DocumentReader reader = DocumentReader.open(List.of("-"), new ByteArrayInputStream(bytes), problems::add);
            reader.documents().forEach(out::add);
        } else {
            Path file = dir.resolve(seed + (format == 2 ? ".html" : ".jsonl"));
            // a JSONL string may hold what UTF-8 cannot: a lone surrogate, written as \\uD800
            Files.write(file, (format == 2 ? text : JSON.writeValueAsString(Map.of("id", "d" + seed, "text", text))
                    + "\n").getBytes(StandardCharsets.UTF_8));
            DocumentReader reader = DocumentReader.open(List.of(file.toString()), problems::add);
            reader.documents().forEach(out::add);
            Files.delete(file);
        }
        return out;
    }

    /** The offsets of what the pipeline found; the number of mentions. */
    private static int check(Document d, ParsedDocument parsed, List<String> failures, int seed) {
        int length = d.characters();
        for (Mention m : parsed.mentions()) {
            checkSpan(d, m.toponym(), length, failures, seed);
        }
        for (Movement m : parsed.movements()) {
            if (m.start() < 0 || m.start() > m.end() || m.end() > length) {
                failures.add("case " + seed + ": movement evidence " + m.start() + ".." + m.end() + " of " + length);
            }
            for (Toponym t : new Toponym[]{m.originToponym(), m.destinationToponym()}) {
                if (t != null) {
                    checkSpan(d, t, length, failures, seed);
                }
            }
        }
        return parsed.mentions().size();
    }

    private static void checkSpan(Document d, Toponym t, int length, List<String> failures, int seed) {
        if (t.start() < 0 || t.start() >= t.end() || t.end() > length) {
            failures.add("case " + seed + ": span " + t.start() + ".." + t.end() + " of " + length + ": " + t);
        } else if (!d.slice(t.start(), t.end()).equals(t.surface())) {
            failures.add("case " + seed + ": text[" + t.start() + ":" + t.end() + "] = "
                    + sample(d.slice(t.start(), t.end())) + ", surface " + sample(t.surface()));
        }
    }

    /** Random pieces: names, words, markup, code points of many scripts and planes, huge tokens, line ends. */
    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(12)) {
                case 0, 1, 2 -> sb.append(pick(random, NAMES));
                case 3, 4 -> sb.append(pick(random, WORDS));
                case 5 -> sb.append(pick(random, MARKUP));
                case 6, 7 -> codePoints(random, sb, 1 + random.nextInt(12));
                case 8 -> sb.append(pick(random, List.of("\r\n", "\n", "\r", "\n\n", "\t", "\u0000", "\u00a0",
                        "\u2028", "\u0085", "\u3000", "\uD800", "\uDFFF", "\u202E", "\u2067", "\u200F")));
                case 9 -> {
                    if (random.nextInt(4) == 0) {
                        hugeToken(random, sb);
                    } else {
                        codePoints(random, sb, 1);
                    }
                }
                case 10 -> {
                    // a name with a control, format or combining character inside it
                    String name = pick(random, NAMES);
                    int at = random.nextInt(name.length() + 1);
                    sb.append(name, 0, at);
                    codePoints(random, sb, 1);
                    sb.append(name.substring(at));
                }
                default -> sb.append(' ');
            }
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static void codePoints(Random random, StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            int[] range = RANGES[random.nextInt(RANGES.length)];
            sb.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
    }

    /** Thousands of chars without a space: a word, a hyphen chain, a URL, digits, an emoji run. */
    private static void hugeToken(Random random, StringBuilder sb) {
        int length = 1_000 + random.nextInt(random.nextInt(20) == 0 ? 60_000 : 6_000);
        String unit = pick(random, List.of("a", "Tripoli-", "http://x.org/", "9", "\uD83D\uDE00", "ـ", "Ab.", "-"));
        while (length > 0) {
            sb.append(unit);
            length -= unit.length();
        }
    }

    private static String pick(Random random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String sample(String s) {
        String escaped = s.codePoints().limit(80).mapToObj(c -> c < 0x20 || c >= 0x7f
                ? String.format("\\u%04X", c) : Character.toString(c)).reduce("", String::concat);
        return "\"" + escaped + (s.length() > 80 ? "…\" (" + s.length() + " chars)" : "\"");
    }
}
