package org.waymark.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.SharedData;

class DocumentReaderTest {

    @TempDir
    Path dir;

    private final List<InputProblem> problems = new ArrayList<>();

    private static final String NOISY_PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Troops leave Syria | Example News</title>
              <meta property="og:title" content="Troops leave Syria for Libya">
              <meta property="article:published_time" content="2020-01-16T08:30:00Z">
              <style>body { color: red }</style>
              <script>var tracking = "Paris";</script>
            </head><body>
              <header><a href="/">Example News</a> <span>Home of London news</span></header>
              <nav><ul><li>World</li><li>Moscow desk</li></ul></nav>
              <main>
                <article>
                  <h1>Troops leave Syria</h1>
                  <p>Fighters were   moved from <b>Syria</b>
                     to Libya on Tuesday.</p>
                  <script>document.write("Berlin");</script>
                  <p>Officials in Tripoli<br>confirmed it.</p>
                  <aside>Related: Rome summit</aside>
                </article>
              </main>
              <footer>© Example News, Madrid</footer>
            </body></html>
            """;

    private DocumentReader open(String... arguments) {
        return DocumentReader.open(List.of(arguments), InputStream.nullInputStream(), problems::add);
    }

    private static List<Document> all(DocumentReader reader) {
        try (Stream<Document> documents = reader.documents()) {
            return documents.toList();
        }
    }

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static Map<String, Document> byId(List<Document> documents) {
        return documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }

    /** The problems as "input:line", relative to the temp dir, for exact comparison. */
    private List<String> where() {
        String prefix = dir.toString() + "/";
        return problems.stream().map(p -> p.input().replace(prefix, "") + ":" + p.line()).toList();
    }

    @Test
    void directoryTreeWithGoodAndBadFilesGivesTheGoodOnesInPathOrderAndReportsEachBadOne() throws IOException {
        write("corpus/b/second.txt", "Forces withdrawn from Syria\n\nThe forces were moved to Libya.\n");
        write("corpus/a/first.md", "# Deployment to *Libya*\n\nTroops arrived in Tripoli.\n");
        write("corpus/a/page.html", NOISY_PAGE);
        write("corpus/a/notes.csv", "id,place\n1,Paris\n");
        write("corpus/.git/config.txt", "not an article\n");
        write("corpus/c/empty.txt", "");
        write("corpus/c/blob.txt", new byte[] {'G', 'I', 'F', '8', 0, 0, 1, 2, 3});
        // Latin-1: "é" is the single byte 0xE9, which is not UTF-8, on line 3.
        write("corpus/c/latin.txt", "Title\nFirst line\nCaf\u00e9 in Paris\n".getBytes(StandardCharsets.ISO_8859_1));
        write("corpus/d/news.jsonl", """
                {"id": "j1", "text": "Troops moved from Aleppo to Idlib.", "title": "Aleppo", "url": "https://example.org/j1", "date": "2021-03-01"}

                {"id": "j2", "text": "Unclosed
                {"text": "no id here"}
                {"id": "j3"}
                {"id": 42, "text": "Numeric ids are taken as written."}
                {"id": "j1", "text": "Same id again."}
                """);

        DocumentReader reader = open(dir.resolve("corpus").toString(), dir.resolve("missing.txt").toString());
        // Path problems are known before anything is read.
        assertEquals(List.of("missing.txt:0"), where());
        assertEquals("no such file or directory", problems.get(0).message());
        assertEquals(OptionalLong.empty(), reader.expectedDocuments(), "a JSONL file has no known count");
        assertEquals(1, reader.skippedFiles(), "notes.csv; hidden directories are not counted");

        List<Document> documents = all(reader);

        assertEquals(List.of("first", "page", "second", "j1", "42"),
                documents.stream().map(Document::id).toList());
        assertEquals(List.of("missing.txt:0",
                        "corpus/c/blob.txt:0", "corpus/c/empty.txt:0", "corpus/c/latin.txt:3",
                        "corpus/d/news.jsonl:3", "corpus/d/news.jsonl:4", "corpus/d/news.jsonl:5",
                        "corpus/d/news.jsonl:7"),
                where());
        List<String> messages = problems.stream().map(InputProblem::message).toList();
        assertTrue(messages.get(1).startsWith("binary file (NUL byte at offset 4)"), messages.get(1));
        assertEquals("empty file", messages.get(2));
        assertTrue(messages.get(3).startsWith("not valid UTF-8 (byte 0xE9 at offset 20)"), messages.get(3));
        assertTrue(messages.get(4).startsWith("bad JSON at column "), messages.get(4));
        assertEquals("missing \"id\"", messages.get(5));
        assertEquals("missing \"text\"", messages.get(6));
        assertEquals("duplicate id \"j1\", first read from " + dir.resolve("corpus/d/news.jsonl") + "; skipped",
                messages.get(7));

        Map<String, Document> ids = byId(documents);
        Document md = ids.get("first");
        assertEquals("Deployment to *Libya*", md.title());
        assertEquals("# Deployment to *Libya*\n\nTroops arrived in Tripoli.\n", md.text(), "text stays whole");
        assertEquals(dir.resolve("corpus/a/first.md").toString(), md.source());
        Document txt = ids.get("second");
        assertEquals("Forces withdrawn from Syria", txt.title());
        assertNull(txt.date());
        Document page = ids.get("page");
        assertEquals("Troops leave Syria for Libya", page.title());
        assertEquals("2020-01-16T08:30:00Z", page.date());
        Document j1 = ids.get("j1");
        assertEquals("Troops moved from Aleppo to Idlib.", j1.text());
        assertEquals("Aleppo", j1.title());
        assertEquals("https://example.org/j1", j1.source());
        assertEquals("2021-03-01", j1.date());
        Document numeric = ids.get("42");
        assertEquals("Numeric ids are taken as written.", numeric.text());
        assertEquals(dir.resolve("corpus/d/news.jsonl").toString(), numeric.source(), "no url: the file");
        assertNull(numeric.title());
        assertEquals(1.0, reader.fractionRead(), 1e-9);
    }

    @Test
    void htmlKeepsTheArticleTextWithParagraphBreaksAndDropsPageFurniture() throws IOException {
        Path page = write("page.html", NOISY_PAGE);

        Document document = all(open(page.toString())).get(0);

        assertEquals("Troops leave Syria\n\nFighters were moved from Syria to Libya on Tuesday.\n\n"
                + "Officials in Tripoli\nconfirmed it.", document.text());
        for (String noise : List.of("Paris", "Berlin", "London", "Moscow", "Rome", "Madrid", "color")) {
            assertFalse(document.text().contains(noise), noise + " is page furniture");
        }
        assertEquals("page", document.id());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void htmlPrefersTheLargestArticleThenMainThenBody() throws IOException {
        Path articles = write("articles.html", """
                <html><head><title> Plain   title </title></head><body>
                <div>Teaser list: Kabul</div>
                <article><p>Short teaser about Herat.</p></article>
                <article><p>The long report: convoys left Kandahar for Quetta overnight.</p><p>More.</p></article>
                </body></html>""");
        Path main = write("main.htm", """
                <html><body><div class="menu">Menu</div>
                <div role="main"><p>Refugees reached Lesbos.</p></div></body></html>""");
        Path body = write("body.HTML", "<p>Only a body, about Gaza.</p><div>And a second block.</div>");

        Map<String, Document> ids = byId(all(open(articles.toString(), main.toString(), body.toString())));

        assertEquals("The long report: convoys left Kandahar for Quetta overnight.\n\nMore.",
                ids.get("articles").text());
        assertEquals("Plain title", ids.get("articles").title(), "<title>, whitespace collapsed");
        assertEquals("Refugees reached Lesbos.", ids.get("main").text());
        assertEquals("Only a body, about Gaza.\n\nAnd a second block.", ids.get("body").text());
        assertNull(ids.get("body").title());
        assertNull(ids.get("body").date());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void htmlInADeclaredLegacyCharsetIsDecodedButUndeclaredOneIsReported() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"><meta name=\"date\" content=\"2019-05-02\">"
                + "</head><body><p>Caf\u00e9 near Bel\u00e9m \u2013 Lisbon</p></body></html>";
        Path declared = write("declared.html", html.getBytes("windows-1252"));
        Path undeclared = write("undeclared.html",
                html.replace("<meta charset=\"windows-1252\">", "").getBytes("windows-1252"));
        Path scriptsOnly = write("scripts.html", "<html><body><script>var x = 'Paris';</script><nav>Home</nav>"
                + "</body></html>");

        List<Document> documents = all(open(declared.toString(), undeclared.toString(), scriptsOnly.toString()));

        assertEquals(1, documents.size());
        assertEquals("Caf\u00e9 near Bel\u00e9m \u2013 Lisbon", documents.get(0).text());
        assertEquals("2019-05-02", documents.get(0).date());
        assertEquals(List.of(undeclared + ":1", scriptsOnly + ":0"),
                problems.stream().map(p -> p.input() + ":" + p.line()).toList());
        assertTrue(problems.get(0).message().startsWith("not valid UTF-8"), problems.get(0).message());
        assertTrue(problems.get(1).message().startsWith("no text in the HTML"), problems.get(1).message());
    }

    @Test
    void plainTextTitleIsAShortHeadlineLikeFirstLineOnly() throws IOException {
        Path headline = write("headline.txt", "\n\n  Investigation into smuggling into the U.S.  \nBody text.\n");
        Path sentence = write("sentence.txt", "Troops left Syria on Monday.\nThey went to Libya.\n");
        Path oneLine = write("oneline.txt", "Just one line about Mosul\n");
        Path tooLong = write("long.txt", "Kirkuk ".repeat(40) + "\nBody.\n");
        Path question = write("question.md", "Will ISIS return to Raqqa?\n\nAnalysts doubt it.\n");

        Map<String, Document> ids = byId(all(open(headline.toString(), sentence.toString(), oneLine.toString(),
                tooLong.toString(), question.toString())));

        assertEquals("Investigation into smuggling into the U.S.", ids.get("headline").title());
        assertNull(ids.get("sentence").title(), "a first sentence is not a headline");
        assertNull(ids.get("oneline").title(), "a title needs text after it");
        assertNull(ids.get("long").title(), "over 200 characters");
        assertEquals("Will ISIS return to Raqqa?", ids.get("question").title());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void jsonlBadLinesAreReportedOneByOneAndTheLinesAroundThemAreRead() throws IOException {
        byte[] latin1Line = "{\"id\": \"bad-bytes\", \"text\": \"S\u00e3o Paulo\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        String before = "\uFEFF{\"id\": \"a\", \"text\": \"Alpha in Oslo.\"}\r\n";
        String after = String.join("\n",
                "[1, 2]",
                "{\"id\": \"b\", \"text\": \"Beta.\"} trailing",
                "{\"id\": \"c\", \"text\": 7}",
                "{\"id\": 1.5, \"text\": \"Float id.\"}",
                "{\"id\": \"\", \"text\": \"Empty id.\"}",
                "{\"id\": \"d\", \"text\": \"   \"}",
                "{\"id\": \"e\", \"text\": \"Epsilon.\", \"title\": {\"nested\": true}}",
                "{\"id\": \"f\", \"id\": \"g\", \"text\": \"Twice.\"}",
                "{\"id\": \"h\", \"text\": \"One.\"} {\"id\": \"i\", \"text\": \"Two.\"}",
                "   ",
                "{\"id\": \"last\", \"text\": \"No newline at the end.\", \"title\": \"  \"}");
        byte[] content = concat(before.getBytes(StandardCharsets.UTF_8), latin1Line,
                after.getBytes(StandardCharsets.UTF_8));
        Path file = write("lines.jsonl", content);

        List<Document> documents = all(open(file.toString()));

        assertEquals(List.of("a", "last"), documents.stream().map(Document::id).toList());
        assertEquals("Alpha in Oslo.", documents.get(0).text(), "BOM and CR dropped");
        assertNull(documents.get(1).title(), "a blank title is no title");
        Map<Integer, String> messages = problems.stream()
                .collect(Collectors.toMap(InputProblem::line, InputProblem::message));
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                problems.stream().map(InputProblem::line).toList());
        assertTrue(problems.stream().allMatch(p -> p.input().equals(file.toString())));
        assertEquals("not valid UTF-8 (byte 0xE3 at byte 31 of the line)", messages.get(2));
        assertEquals("expected a JSON object, found an array", messages.get(3));
        assertTrue(messages.get(4).startsWith("bad JSON"), messages.get(4));
        assertEquals("\"text\" must be a string, found a number", messages.get(5));
        assertEquals("\"id\" must be a string or an integer, found a number", messages.get(6));
        assertEquals("\"id\" is empty", messages.get(7));
        assertEquals("\"text\" is empty", messages.get(8));
        assertEquals("\"title\" must be a string, found an object", messages.get(9));
        assertTrue(messages.get(10).contains("Duplicate field 'id'"), messages.get(10));
        assertEquals("more than one JSON value on the line; JSONL takes one object per line", messages.get(11));
    }

    @Test
    void jsonlIsStreamedNotLoaded() throws IOException {
        int lines = 20_000;
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            jsonl.append("{\"id\": \"n").append(i).append("\", \"text\": \"Convoy ").append(i)
                    .append(" moved from Homs to Hama, then on to Aleppo and beyond.\"}\n");
        }
        Path file = write("big.jsonl", jsonl.toString());

        DocumentReader reader = open(file.toString());
        try (Stream<Document> documents = reader.documents()) {
            Iterator<Document> it = documents.iterator();
            assertEquals("n0", it.next().id());
            double afterFirst = reader.fractionRead();
            assertTrue(afterFirst > 0 && afterFirst < 0.05, "only the first line is read: " + afterFirst);
            int count = 1;
            while (it.hasNext()) {
                it.next();
                count++;
                if (count == lines / 2) {
                    assertEquals(0.5, reader.fractionRead(), 0.01);
                }
            }
            assertEquals(lines, count);
        }
        assertEquals(1.0, reader.fractionRead(), 0.0);
        assertThrows(IllegalStateException.class, reader::documents, "the inputs are read once");
    }

    @Test
    void stdinIsOneTextDocumentAndReadOnce() {
        byte[] text = "Ships sailed from Tartus\nto Benghazi last week.\n".getBytes(StandardCharsets.UTF_8);
        DocumentReader reader = DocumentReader.open(List.of("-", "-"), new ByteArrayInputStream(text),
                problems::add);

        assertEquals(OptionalLong.of(1), reader.expectedDocuments());
        assertTrue(Double.isNaN(reader.fractionRead()), "stdin has no known size");
        List<Document> documents = all(reader);

        assertEquals(1, documents.size());
        Document stdin = documents.get(0);
        assertEquals("stdin", stdin.id());
        assertEquals("Ships sailed from Tartus\nto Benghazi last week.\n", stdin.text());
        assertEquals("Ships sailed from Tartus", stdin.title());
        assertNull(stdin.source());
        assertEquals(List.of("stdin:0"), problems.stream().map(p -> p.input() + ":" + p.line()).toList());
    }

    @Test
    void emptyStdinIsReported() {
        List<Document> documents = all(DocumentReader.open(List.of("-"), InputStream.nullInputStream(),
                problems::add));

        assertTrue(documents.isEmpty());
        assertEquals(List.of(InputProblem.of("stdin", "empty input")), problems);
    }

    @Test
    void pathProblemsAreReportedAtOnceAndTheOtherInputsStillRead() throws IOException {
        Path good = write("good.txt", "Aid reached Aden.\n");
        Path unsupported = write("report.pdf", "%PDF-1.4");
        Files.createDirectories(dir.resolve("nothing"));
        write("nothing/data.csv", "a,b\n");
        write("nothing/image.png", "png");
        Path spaces = write("spaces.txt", " \n\t\n");
        Path utf16 = write("utf16.txt", "Sanaa".getBytes(StandardCharsets.UTF_16));
        Path link = dir.resolve("dangling.txt");
        Files.createSymbolicLink(link, dir.resolve("gone.txt"));

        DocumentReader reader = open(unsupported.toString(), dir.resolve("nothing").toString(), link.toString(),
                good.toString(), spaces.toString(), utf16.toString());
        assertEquals(3, problems.size(), "path problems before reading: " + problems);
        assertEquals(OptionalLong.of(3), reader.expectedDocuments());
        List<Document> documents = all(reader);

        assertEquals(List.of("good"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(
                InputProblem.of(unsupported.toString(),
                        "unsupported file type; expected .txt, .md, .html, .htm or .jsonl files or a directory"),
                InputProblem.of(dir.resolve("nothing").toString(),
                        "no .txt, .md, .html, .htm or .jsonl files in this directory (2 other files skipped)"),
                InputProblem.of(link.toString(), "broken symbolic link"),
                InputProblem.of(spaces.toString(), "empty file (only whitespace)"),
                InputProblem.of(utf16.toString(), "UTF-16 text; convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8")),
                problems);
    }

    @Test
    void sameFileNameInTwoDirectoriesKeepsTheFirstAndReportsTheSecond() throws IOException {
        write("in/2019/report.txt", "Older report on Basra.\n");
        write("in/2020/report.txt", "Newer report on Mosul.\n");

        List<Document> documents = all(open(dir.resolve("in").toString()));

        assertEquals(1, documents.size());
        assertEquals("Older report on Basra.\n", documents.get(0).text());
        assertEquals(List.of(InputProblem.of(dir.resolve("in/2020/report.txt").toString(),
                "duplicate id \"report\", first read from " + dir.resolve("in/2019/report.txt") + "; skipped")),
                problems);
    }

    @Test
    void readsTheSharedSeedArticles() throws IOException {
        Path seeds = SharedData.assume("seeds");
        List<String> expected;
        try (Stream<Path> files = Files.list(seeds)) {
            expected = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList();
        }

        DocumentReader reader = open(seeds.toString());
        assertEquals(OptionalLong.of(expected.size()), reader.expectedDocuments());
        List<Document> documents = all(reader);

        assertEquals(expected, documents.stream().map(Document::id).toList());
        for (Document document : documents) {
            String onDisk = Files.readString(seeds.resolve(document.id() + ".txt"));
            assertEquals(onDisk, document.text(), document.id());
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
