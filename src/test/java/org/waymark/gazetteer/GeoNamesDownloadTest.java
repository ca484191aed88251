package org.waymark.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gazetteer download} against a GeoNames download server on 127.0.0.1 that serves small dump files made up
 * here: the whole download and build, a transfer cut off and resumed, a server that ignores Range, a corrupt zip,
 * and the one-line errors.
 */
class GeoNamesDownloadTest {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    /** What the server does with the next request for a file. */
    private enum Mode { NORMAL, CUT_OFF, IGNORE_RANGE }

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, Mode> modes = new LinkedHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void serve() throws IOException {
        files.putAll(MadeUpDump.files());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dump/", this::answer);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dump/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/dump/".length());
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(name + (range == null ? "" : " " + range));
        byte[] body = files.get(name);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        Mode mode = modes.getOrDefault(name, Mode.NORMAL);
        modes.remove(name);
        Matcher m = RANGE.matcher(range == null ? "" : range);
        int from = m.matches() && mode != Mode.IGNORE_RANGE ? Integer.parseInt(m.group(1)) : 0;
        if (from > 0) {
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - from);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        OutputStream out = exchange.getResponseBody();
        if (mode == Mode.CUT_OFF) {
            out.write(body, 0, body.length / 2);
            out.flush();
            // fewer bytes than announced: close() fails ("insufficient bytes written to stream"), and the failure,
            // passed on to the server, makes it drop the connection
            out.close();
            return;
        }
        out.write(body, from, body.length - from);
        out.close();
    }

    private GeoNamesDownload.Request request(Path dir) {
        return new GeoNamesDownload.Request(base, "cities500", false, dir);
    }

    @Test
    void fetchesEveryFileChecksItAndTheBuildReadsTheZipsAsTheyAre(@TempDir Path dir) throws IOException {
        List<String> events = new ArrayList<>();
        GeoNamesDownload.Summary s = GeoNamesDownload.fetch(request(dir), recording(events));
        assertEquals(List.of("countryInfo.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "no-country.zip",
                "cities500.zip"), s.fetched());
        for (String name : s.fetched()) {
            assertArrayEquals(files.get(name), Files.readAllBytes(dir.resolve(name)), name);
            assertFalse(Files.exists(dir.resolve(name + ".part")), name + ".part left behind");
        }
        assertTrue(events.contains("finished cities500.zip complete, CRC checked"), events.toString());
        long total = files.get("cities500.zip").length;
        assertTrue(events.contains("started cities500.zip " + total + " 0"), events.toString());
        assertEquals(total, events.stream().filter(e -> e.startsWith("bytes cities500.zip "))
                .mapToLong(e -> Long.parseLong(e.substring("bytes cities500.zip ".length()))).sum());

        GazetteerBuilder.Summary built = GazetteerBuilder.build(dir, dir.resolve("made-up.idx"));
        assertEquals("cities500.zip", built.dump());
        GeoNamesIndex index = GeoNamesIndex.load(built.index());
        assertTrue(index.candidates("Quillamoor").stream().anyMatch(p -> p.geonameid() == MadeUpDump.TOWN), "town");
        assertTrue(index.candidates("Sea of Ombrelle").stream().anyMatch(p -> p.geonameid() == MadeUpDump.SEA),
                "sea from no-country.zip");
        assertTrue(index.candidates("Varnholt").stream().anyMatch(p -> p.geonameid() == MadeUpDump.ADMIN2),
                "second-level division from admin2Codes.txt");

        // a second run finds every file there and asks the server for nothing
        requests.clear();
        GeoNamesDownload.Summary again = GeoNamesDownload.fetch(request(dir), DownloadListener.SILENT);
        assertEquals(List.of(), again.fetched());
        assertEquals(5, again.present().size());
        assertEquals(List.of(), requests);
    }

    @Test
    void aTransferCutOffIsResumedWithARangeRequest(@TempDir Path dir) throws IOException {
        modes.put("cities500.zip", Mode.CUT_OFF);
        byte[] zip = files.get("cities500.zip");
        DownloadException e = assertThrows(DownloadException.class,
                () -> GeoNamesDownload.fetch(request(dir), DownloadListener.SILENT));
        int half = zip.length / 2;
        assertEquals("cities500.zip: transfer interrupted after " + half + " of " + zip.length
                + " bytes; run the command again to resume", e.getMessage());
        assertEquals(half, Files.size(dir.resolve("cities500.zip.part")));
        assertFalse(Files.exists(dir.resolve("cities500.zip")));

        requests.clear();
        List<String> events = new ArrayList<>();
        GeoNamesDownload.Summary s = GeoNamesDownload.fetch(request(dir), recording(events));
        assertEquals(List.of("cities500.zip bytes=" + half + "-"), requests, "only the rest is asked for");
        assertEquals(List.of("cities500.zip"), s.fetched());
        assertTrue(events.contains("started cities500.zip " + zip.length + " " + half), events.toString());
        assertArrayEquals(zip, Files.readAllBytes(dir.resolve("cities500.zip")));
        assertFalse(Files.exists(dir.resolve("cities500.zip.part")));
    }

    @Test
    void aServerThatIgnoresRangeSendsTheWholeFileWhichReplacesThePart(@TempDir Path dir) throws IOException {
        modes.put("cities500.zip", Mode.CUT_OFF);
        assertThrows(DownloadException.class, () -> GeoNamesDownload.fetch(request(dir), DownloadListener.SILENT));
        modes.put("cities500.zip", Mode.IGNORE_RANGE);
        GeoNamesDownload.fetch(request(dir), DownloadListener.SILENT);
        assertArrayEquals(files.get("cities500.zip"), Files.readAllBytes(dir.resolve("cities500.zip")));
    }

    @Test
    void aCorruptZipIsNotKeptAndSaysSo(@TempDir Path dir) throws IOException {
        byte[] zip = files.get("no-country.zip").clone();
        zip[zip.length / 3] ^= 0x55;               // inside the deflated rows, before the central directory
        files.put("no-country.zip", zip);
        DownloadException e = assertThrows(DownloadException.class,
                () -> GeoNamesDownload.fetch(request(dir), DownloadListener.SILENT));
        assertTrue(e.getMessage().startsWith("no-country.zip: corrupt zip ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); deleted, run the command again to fetch it anew"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no-country.zip")), "not kept as done");
        assertFalse(Files.exists(dir.resolve("no-country.zip.part")), "not resumed from either");

        files.put("no-country.zip", "<html>Service unavailable</html>".getBytes(StandardCharsets.UTF_8));
        e = assertThrows(DownloadException.class, () -> GeoNamesDownload.fetch(request(dir), DownloadListener.SILENT));
        assertEquals("no-country.zip: corrupt zip (no entries: not a zip file); deleted, run the command again to "
                + "fetch it anew", e.getMessage());
    }

    @Test
    void aMissingFileIsA404InOneLine(@TempDir Path dir) {
        files.remove("admin2Codes.txt");
        DownloadException e = assertThrows(DownloadException.class,
                () -> GeoNamesDownload.fetch(request(dir), DownloadListener.SILENT));
        assertEquals(base + "admin2Codes.txt: not found on the server (HTTP 404)", e.getMessage());
        assertFalse(Files.exists(dir.resolve("admin2Codes.txt.part")));
    }

    @Test
    void aServerNotListeningAndAnUnknownHostAreSaidAsSuch(@TempDir Path dir) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        GeoNamesDownload.Request refused = new GeoNamesDownload.Request(
                URI.create("http://127.0.0.1:" + port + "/dump"), "cities500", false, dir);
        DownloadException e = assertThrows(DownloadException.class,
                () -> GeoNamesDownload.fetch(refused, DownloadListener.SILENT));
        assertEquals("cannot connect to 127.0.0.1:" + port + ": connection refused", e.getMessage());

        GeoNamesDownload.Request unknown = new GeoNamesDownload.Request(
                URI.create("http://no-such-host.invalid/dump/"), "cities500", false, dir);
        e = assertThrows(DownloadException.class, () -> GeoNamesDownload.fetch(unknown, DownloadListener.SILENT));
        assertEquals("cannot connect to no-such-host.invalid: unknown host", e.getMessage());
    }

    @Test
    void writeFailuresAreSaidAsPermissionOrDiskFull(@TempDir Path dir) throws IOException {
        Path part = dir.resolve("cities500.zip.part");
        assertEquals("cannot write " + part + ": permission denied",
                DownloadException.cannotWrite(part, new AccessDeniedException(part.toString())).getMessage());
        assertEquals("cannot write " + part + ": disk full",
                DownloadException.cannotWrite(part, new IOException("No space left on device")).getMessage());
        // a file where the folder should be: the folder cannot be made
        Path notAFolder = dir.resolve("taken");
        Files.writeString(notAFolder, "x");
        DownloadException e = assertThrows(DownloadException.class, () -> GeoNamesDownload.fetch(
                new GeoNamesDownload.Request(base, "cities500", false, notAFolder), DownloadListener.SILENT));
        assertTrue(e.getMessage().startsWith("cannot write " + notAFolder + ": "), e.getMessage());
        assertEquals(List.of(), requests);
    }

    @Test
    void alternateNamesAndOtherTablesOnRequestOnly() {
        URI anywhere = URI.create("https://example.org/dump");
        assertEquals(List.of("countryInfo.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "no-country.zip",
                "allCountries.zip", "alternateNamesV2.zip"),
                new GeoNamesDownload.Request(anywhere, "allCountries", true, Path.of("g")).files());
        assertEquals(URI.create("https://example.org/dump/"),
                new GeoNamesDownload.Request(anywhere, "cities1000", false, Path.of("g")).base());
        assertThrows(IllegalArgumentException.class,
                () -> new GeoNamesDownload.Request(anywhere, "cities42", false, Path.of("g")));
    }

    private static DownloadListener recording(List<String> events) {
        return new DownloadListener() {
            private String current;

            @Override
            public void started(String file, long total, long resumedFrom) {
                current = file;
                events.add("started " + file + " " + total + " " + resumedFrom);
            }

            @Override
            public void transferred(long bytes) {
                events.add("bytes " + current + " " + bytes);
            }

            @Override
            public void finished(String file, String note) {
                events.add("finished " + file + " " + note);
            }
        };
    }

    /** GeoNames dump files with made-up places, in GeoNames' tab-separated formats. */
    static final class MadeUpDump {
        static final long TOWN = 9_900_001;
        static final long SEA = 9_900_002;
        static final long ADMIN2 = 9_900_003;

        private MadeUpDump() {
        }

        static Map<String, byte[]> files() throws IOException {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("countryInfo.txt", bytes(countryInfo()));
            files.put("admin1CodesASCII.txt", bytes("KE.99\tOmbrelle County\tOmbrelle County\t9900010\n"));
            files.put("admin2Codes.txt", bytes("KE.99.777\tVarnholt\tVarnholt\t" + ADMIN2 + "\n"));
            files.put("no-country.zip", zip("no-country.txt", geoname(SEA, "Sea of Ombrelle", "H", "SEA", "", "", "", 0)
                    + filler(300, "", "")));
            files.put("cities500.zip", zip("cities500.txt",
                    geoname(TOWN, "Quillamoor", "P", "PPL", "KE", "99", "777", 2400) + filler(2000, "KE", "99")));
            return files;
        }

        /** A row for every country Waymark's demonyms name, with made-up names and the ids of countries.tsv. */
        private static String countryInfo() throws IOException {
            StringBuilder b = new StringBuilder("#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea(in sq km)\t"
                    + "Population\tContinent\ttld\tCurrencyCode\tCurrencyName\tPhone\tPostal Code Format\t"
                    + "Postal Code Regex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode\n");
            try (InputStream in = GeoNamesIndex.class.getResourceAsStream("countries.tsv")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    b.append(String.join("\t", f[0], f[0] + "X", "1", f[0], "Land " + f[0], "Capital " + f[0], "1000",
                            "100000", "AF", "." + f[0].toLowerCase(), "XXX", "Coin", "1", "", "", "en", f[1], "", ""))
                            .append('\n');
                }
            }
            return b.toString();
        }

        private static String geoname(long id, String name, String featureClass, String code, String cc, String a1,
                                      String a2, long population) {
            return String.join("\t", Long.toString(id), name, name, "", "0.5", "37.5", featureClass, code, cc, "", a1,
                    a2, "", "", Long.toString(population), "", "100", "Africa/Nairobi", "2026-01-01") + "\n";
        }

        /** Rows of made-up hamlets, so that the zips are long enough to be cut in the middle of their data. */
        private static String filler(int rows, String cc, String a1) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                b.append(geoname(9_910_000 + i, "Hamlet " + Integer.toString(i * 7919, 36), "P", "PPL", cc, a1, "",
                        0));
            }
            return b.toString();
        }

        private static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] zip(String entry, String text) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(bytes(text));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write(bytes("made up for a test\n"));
                zip.closeEntry();
            }
            return out.toByteArray();
        }
    }
}
