package org.waymark.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private DumpServer server;
    private Map<String, byte[]> files;
    private List<String> requests;
    private URI base;

    @BeforeEach
    void serve() throws IOException {
        server = new DumpServer(MadeUpDump.files());
        files = server.files();
        requests = server.requests();
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
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
        server.once("cities500.zip", DumpServer.Mode.CUT_OFF);
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
    void aWholePartLeftBeforeItsRenamingIsCheckedAndKeptWithoutTransfer(@TempDir Path dir) throws IOException {
        byte[] zip = files.get("cities500.zip");
        Files.write(dir.resolve("cities500.zip.part"), zip);
        List<String> events = new ArrayList<>();
        GeoNamesDownload.fetch(request(dir), recording(events));
        assertTrue(requests.contains("cities500.zip bytes=" + zip.length + "-"), requests.toString());
        assertTrue(events.stream().noneMatch(e -> e.startsWith("bytes cities500.zip")), "no byte sent again");
        assertArrayEquals(zip, Files.readAllBytes(dir.resolve("cities500.zip")));
    }

    @Test
    void aServerThatIgnoresRangeSendsTheWholeFileWhichReplacesThePart(@TempDir Path dir) throws IOException {
        server.once("cities500.zip", DumpServer.Mode.CUT_OFF);
        assertThrows(DownloadException.class, () -> GeoNamesDownload.fetch(request(dir), DownloadListener.SILENT));
        server.once("cities500.zip", DumpServer.Mode.IGNORE_RANGE);
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
}
