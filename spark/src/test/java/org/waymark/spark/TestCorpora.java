package org.waymark.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waymark.SharedData;
import org.waymark.eval.GoldCorpus;
import org.waymark.eval.GoldDocument;

/**
 * The inputs of the Spark tests: the articles in the test resources (written for these tests), and the dev corpora
 * of {@code ../shared/corpora/dev} (or where {@code -Dwaymark.shared} points) turned into JSONL in a temporary
 * folder, never copied into the repository. Without the shared folder the test that needs a corpus is skipped with
 * one {@code [SKIPPED]} line that says what is missing (the core's {@link SharedData}).
 */
final class TestCorpora {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestCorpora() {
    }

    /** The folder of the articles written for these tests: two text files and a JSONL file of three. */
    static Path articles() {
        try {
            return Path.of(TestCorpora.class.getResource("/articles").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A dev corpus ({@code TR-News.xml}, {@code GeoVirus.xml}) as a JSONL file in {@code dir}: id (prefixed with
     * {@code prefix}) and text of each article; the test is skipped where the corpus is not there.
     */
    static Path jsonl(String corpus, String prefix, Path dir) {
        Path xml = SharedData.assume("corpora/dev/" + corpus);
        Path out = dir.resolve(prefix + ".jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (GoldDocument d : GoldCorpus.read(xml).documents()) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", prefix + "-" + d.id());
                line.put("text", d.text());
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
