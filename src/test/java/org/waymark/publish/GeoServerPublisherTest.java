package org.waymark.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.PostgresCluster;
import org.waymark.output.DocumentSink;
import org.waymark.output.PostGisTarget;
import org.waymark.output.PostGisWriter;
import org.waymark.output.WriteMode;

/** The publisher against {@link FakeGeoServer}: the REST sequence, its end state, re-runs, and failures. */
class GeoServerPublisherTest {

    private static final Set<LayerStyle> ALL = EnumSet.allOf(LayerStyle.class);

    @TempDir
    Path dir;

    private FakeGeoServer geoServer;

    @BeforeEach
    void start() throws IOException {
        geoServer = new FakeGeoServer();
    }

    @AfterEach
    void stop() throws IOException {
        geoServer.close();
    }

    private GeoServerPublisher admin() {
        return new GeoServerPublisher(geoServer.url(), FakeGeoServer.ADMIN, FakeGeoServer.ADMIN_PASSWORD);
    }

    @Test
    void firstPublishCreatesWorkspaceStoreLayersAndStyles() throws Exception {
        Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), ALL);

        Publication done = admin().publish(gpkg, "news");

        assertEquals(FakeGeoServer.VERSION, done.geoServerVersion());
        assertEquals(List.of("places", "mentions", "movements", "flows"), done.layers());
        assertEquals(URI.create(geoServer.url() + "/news/wms?service=WMS&version=1.3.0&request=GetCapabilities"),
                done.wmsCapabilities());
        assertEquals(expectedCatalog("news", "waymark", ALL), geoServer.catalog());
        assertArrayEquals(Files.readAllBytes(gpkg), geoServer.storeFile("news", "waymark"));
        for (LayerStyle layer : ALL) {
            assertEquals(layer.sld(), geoServer.styleBody("news", layer.styleName()), "uploaded byte for byte");
        }
        assertEquals("created workspace news", done.steps().get(0));
        assertEquals(1 + 1 + 3 * ALL.size(), done.steps().size(), String.join("\n", done.steps()));

        List<String> requests = geoServer.requests();
        assertEquals("GET /geoserver/rest/about/version", requests.get(0));
        assertTrue(requests.contains("PUT /geoserver/rest/workspaces/news/datastores/waymark/file.gpkg?configure=none"),
                String.join("\n", requests));
        assertTrue(requests.contains("POST /geoserver/rest/workspaces/news/styles?name=waymark_places&raw=true"));
        assertTrue(requests.contains("PUT /geoserver/rest/layers/news:places"));
        assertTrue(requests.stream().noneMatch(r -> r.contains("documents")), "the attribute table is not published");
    }

    /**
     * A PostGIS schema that {@code waymark map --to} wrote is published without an upload: a PostGIS data store on it
     * (the fake connects to the real database as GeoServer would, and sees its tables), the layers on its tables,
     * the styles; again, the store's connection is updated and the catalog stays the same.
     */
    @Test
    void aPostGisSchemaIsPublishedAsAPostGisDataStore() throws Exception {
        try (PostgresCluster cluster = PostgresCluster.start()) {
            String db = cluster.createDatabase("published");
            PostGisTarget target = PostGisTarget.parse(cluster.url(PostgresCluster.SUPERUSER, db, "feed"));
            PostGisWriter.open(target, WriteMode.CREATE, DocumentSink.Options.DEFAULT).close();

            Publication done = admin().publish(target, "news", "feed");

            assertEquals(List.of("places", "mentions", "movements", "flows"), done.layers());
            List<String> catalog = geoServer.catalog();
            assertTrue(catalog.contains("datastore news:feed type=PostGIS tables=[flows, mentions, movements, places]"),
                    String.join("\n", catalog));
            for (LayerStyle layer : ALL) {
                assertTrue(catalog.stream().anyMatch(l -> l.startsWith("featuretype news:" + layer.layerName()
                        + " store=feed native=" + layer.layerName())), String.join("\n", catalog));
                assertEquals(layer.sld(), geoServer.styleBody("news", layer.styleName()));
            }
            assertTrue(geoServer.requests().contains("POST /geoserver/rest/workspaces/news/datastores"));
            assertTrue(geoServer.requests().stream().noneMatch(r -> r.contains("file.gpkg")), "nothing uploaded");

            Publication again = admin().publish(target, "news", "feed");
            assertTrue(again.steps().contains("updated data store news:feed on " + target), again.steps().toString());
            assertEquals(catalog, geoServer.catalog());

            PublishException missing = assertThrows(PublishException.class, () -> admin().publish(
                    PostGisTarget.parse(cluster.url(PostgresCluster.SUPERUSER, db, "nothing")), "news", "other"));
            assertTrue(missing.getMessage().contains("has none of the Waymark layers"), missing.getMessage());
        }
    }

    @Test
    void rerunWithNewDataEndsInTheSameConfigurationAndReplacesTheFile() throws Exception {
        Path first = TestGeoPackages.waymark(dir.resolve("first.gpkg"), ALL);
        admin().publish(first, "news");
        List<String> afterFirst = geoServer.catalog();
        geoServer.clearRequests();

        Path second = TestGeoPackages.waymark(dir.resolve("second.gpkg"), ALL);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + second)) {
            db.createStatement().executeUpdate("INSERT INTO documents (doc_id, title) VALUES ('d2', 'later news')");
        }
        assertFalse(Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)));
        Publication again = admin().publish(second, "news");

        assertEquals(afterFirst, geoServer.catalog());
        assertArrayEquals(Files.readAllBytes(second), geoServer.storeFile("news", "waymark"));
        List<String> requests = geoServer.requests();
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("POST ")), "nothing is created twice:\n"
                + String.join("\n", requests));
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("PUT /geoserver/rest/layers/")),
                "default styles already set:\n" + String.join("\n", requests));
        for (LayerStyle layer : ALL) {
            assertEquals(1, geoServer.boundsRecalculations().get("news:" + layer.layerName()));
        }
        assertTrue(again.steps().stream().noneMatch(s -> s.startsWith("created") || s.startsWith("published")),
                String.join("\n", again.steps()));
        assertTrue(again.steps().get(0).startsWith("replaced the GeoPackage of data store news:waymark from second.gpkg"),
                again.steps().get(0));

        admin().publish(second, "news");
        assertEquals(afterFirst, geoServer.catalog(), "a third run changes nothing either");
    }

    @Test
    void publishesOnlyTheWaymarkLayersTheFileHas() throws Exception {
        Set<LayerStyle> some = EnumSet.of(LayerStyle.PLACES, LayerStyle.MOVEMENTS);
        Publication done = admin().publish(TestGeoPackages.waymark(dir.resolve("part.gpkg"), some), "news", "run2");

        assertEquals(List.of("places", "movements"), done.layers());
        assertEquals(expectedCatalog("news", "run2", some), geoServer.catalog());
    }

    @Test
    void urlMayEndWithRestOrPointIntoTheWebAdmin() throws Exception {
        Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), EnumSet.of(LayerStyle.PLACES));
        for (String url : List.of(geoServer.url() + "/", geoServer.url() + "/rest", geoServer.url() + "/web/?wicket:page")) {
            Publication done = new GeoServerPublisher(url, FakeGeoServer.ADMIN, FakeGeoServer.ADMIN_PASSWORD)
                    .publish(gpkg, "news");
            assertEquals(FakeGeoServer.VERSION, done.geoServerVersion(), url);
        }
    }

    @Test
    void wrongPasswordIsReportedAsBadCredentials() throws Exception {
        Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), ALL);
        PublishException e = assertThrows(PublishException.class,
                () -> new GeoServerPublisher(geoServer.url(), "admin", "wrong").publish(gpkg, "news"));

        assertEquals("GeoServer at " + geoServer.url() + " rejected the credentials of user 'admin' (HTTP 401):"
                + " check --user and --password", e.getMessage());
        assertEquals(401, e.httpStatus());
        assertEquals(List.of(), geoServer.catalog());
        assertEquals(1, geoServer.requests().size(), "stops at the first answer");
    }

    @Test
    void userWithoutAdminRoleIsToldSo() throws Exception {
        Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), ALL);
        PublishException e = assertThrows(PublishException.class,
                () -> new GeoServerPublisher(geoServer.url(), FakeGeoServer.VIEWER, FakeGeoServer.VIEWER)
                        .publish(gpkg, "news"));

        assertEquals("GeoServer refused GET /geoserver/rest/about/version to user 'viewer' (HTTP 403, Access Denied):"
                + " publishing needs an administrator account", e.getMessage());
    }

    @Test
    void urlWithoutGeoServerIsANotFound() throws Exception {
        Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), ALL);
        String root = "http://127.0.0.1:" + geoServer.port();
        for (String url : List.of(root, root + "/geoserverx")) {
            PublishException e = assertThrows(PublishException.class,
                    () -> new GeoServerPublisher(url, "admin", "geoserver").publish(gpkg, "news"));
            String path = URI.create(url).getPath();
            assertEquals("no GeoServer REST API at " + url + " (HTTP 404 for GET " + path + "/rest/about/version):"
                    + " --url must be GeoServer's address with its context path, e.g. http://localhost:8080/geoserver",
                    e.getMessage());
            assertEquals(404, e.httpStatus());
        }
    }

    @Test
    void refusedConnectionIsReported() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), ALL);
        PublishException e = assertThrows(PublishException.class,
                () -> new GeoServerPublisher("http://127.0.0.1:" + closedPort + "/geoserver", "admin", "geoserver")
                        .publish(gpkg, "news"));

        assertEquals("cannot connect to GeoServer at 127.0.0.1:" + closedPort + ": connection refused"
                + " (is GeoServer running, and are host and port of --url right?)", e.getMessage());
        assertEquals(0, e.httpStatus());
    }

    @Test
    void serverThatNeverAnswersTimesOut() throws Exception {
        Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), ALL);
        // the kernel completes the TCP handshake for the backlog; nobody ever reads or answers
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/geoserver";
            GeoServerPublisher publisher = new GeoServerPublisher(url, "admin", "geoserver")
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700), Duration.ofSeconds(2));
            long start = System.nanoTime();
            PublishException e = assertThrows(PublishException.class, () -> publisher.publish(gpkg, "news"));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals("GeoServer at 127.0.0.1:" + silent.getLocalPort()
                    + " did not answer GET /geoserver/rest/about/version within 700 ms", e.getMessage());
            assertTrue(millis < 5_000, "gave up after " + millis + " ms");
        }
    }

    @Test
    void serverThatIsNotGeoServerIsRecognised() throws Exception {
        HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            byte[] page = "<html><body>Welcome</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        web.start();
        try {
            String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/geoserver";
            Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), ALL);
            PublishException e = assertThrows(PublishException.class,
                    () -> new GeoServerPublisher(url, "admin", "geoserver").publish(gpkg, "news"));
            assertEquals("the server at " + url + " answered GET .../rest/about/version with something else than"
                    + " GeoServer's version JSON (text/html; charset=utf-8): is --url GeoServer's address?", e.getMessage());
        } finally {
            web.stop(0);
        }
    }

    @Test
    void layerNameTakenByAnotherStoreIsNotOverwritten() throws Exception {
        geoServer.addForeignLayer("news", "roads", "places");
        List<String> before = geoServer.catalog();
        Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), EnumSet.of(LayerStyle.PLACES));

        PublishException e = assertThrows(PublishException.class, () -> admin().publish(gpkg, "news"));
        assertEquals("workspace news already has a layer 'places' from another data store: publish into another"
                + " --workspace, or remove that layer", e.getMessage());
        assertTrue(geoServer.catalog().containsAll(before), "the other layer is untouched");
        assertTrue(geoServer.catalog().contains("layer news:places defaultStyle=line"));
    }

    @Test
    void storeOfAnotherKindIsNotUploadedInto() throws Exception {
        geoServer.addForeignLayer("news", "roads", "highways");
        Path gpkg = TestGeoPackages.waymark(dir.resolve("out.gpkg"), ALL);

        PublishException e = assertThrows(PublishException.class, () -> admin().publish(gpkg, "news", "roads"));
        assertEquals("data store news:roads already exists and is a 'Shapefile' store, not a GeoPackage:"
                + " choose another --store", e.getMessage());
        assertTrue(geoServer.requests().stream().noneMatch(r -> r.startsWith("PUT ")));
    }

    @Test
    void badArgumentsAndFilesFailBeforeAnyRequest() throws Exception {
        Path good = TestGeoPackages.waymark(dir.resolve("good.gpkg"), ALL);
        Path text = Files.writeString(dir.resolve("notes.gpkg"), "just text, long enough to have a header");
        Path foreign = TestGeoPackages.foreign(dir.resolve("roads.gpkg"));
        Path missing = dir.resolve("missing.gpkg");
        Path wal = TestGeoPackages.waymark(dir.resolve("open.gpkg"), ALL);
        Files.write(dir.resolve("open.gpkg-wal"), new byte[] {1, 2, 3});

        Map<String, Attempt> cases = Map.of(
                "invalid GeoServer workspace name 'my news': use letters, digits, '_', '-' and '.', starting with"
                        + " a letter or '_' (at most 64 characters)",
                p -> admin().publish(good, "my news"),
                "invalid GeoServer store name '../x': use letters, digits, '_', '-' and '.', starting with"
                        + " a letter or '_' (at most 64 characters)",
                p -> admin().publish(good, "news", "../x"),
                "GeoPackage " + missing + " does not exist or is not a file",
                p -> admin().publish(missing, "news"),
                text + " is not a GeoPackage (not an SQLite database)",
                p -> admin().publish(text, "news"),
                foreign + " has none of the Waymark layers places, mentions, movements, flows (its feature tables: roads)",
                p -> admin().publish(foreign, "news"),
                wal + " has unsaved changes in open.gpkg-wal: close the program that writes it (or open and close it"
                        + " once) before publishing",
                p -> admin().publish(wal, "news"),
                "--url ftp://example.org/geoserver must be an http:// or https:// address, e.g. http://localhost:8080/geoserver",
                p -> new GeoServerPublisher("ftp://example.org/geoserver", "a", "b").publish(good, "news"),
                "GeoServer's URL is required (--url), e.g. http://localhost:8080/geoserver",
                p -> new GeoServerPublisher(" ", "a", "b").publish(good, "news"),
                "a GeoServer user is required (--user)",
                p -> new GeoServerPublisher(geoServer.url(), "", "b").publish(good, "news"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Attempt> c : cases.entrySet()) {
            PublishException e = assertThrows(PublishException.class, () -> c.getValue().run(null), c.getKey());
            if (!c.getKey().equals(e.getMessage())) {
                wrong.add("expected: " + c.getKey() + "\n     got: " + e.getMessage());
            }
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), geoServer.requests());
    }

    @FunctionalInterface
    private interface Attempt {
        void run(Void nothing) throws PublishException;
    }

    /** The catalog a publish of {@code layers} into an empty GeoServer must leave. */
    private static List<String> expectedCatalog(String workspace, String store, Set<LayerStyle> layers) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("workspace " + workspace);
        lines.add("datastore " + workspace + ":" + store + " type=GeoPackage tables="
                + layers.stream().map(LayerStyle::layerName).sorted().toList());
        layers.stream().map(LayerStyle::layerName).sorted().forEach(name -> lines.add("featuretype " + workspace + ":"
                + name + " store=" + store + " native=" + name + " srs=EPSG:4326 enabled=true"));
        for (LayerStyle layer : layers.stream().sorted((a, b) -> a.styleName().compareTo(b.styleName())).toList()) {
            lines.add("style " + workspace + ":" + layer.styleName() + " format=sld version=1.0.0 sha256="
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(layer.sld().getBytes(StandardCharsets.UTF_8))).substring(0, 16));
        }
        layers.stream().sorted((a, b) -> a.layerName().compareTo(b.layerName())).forEach(layer -> lines.add(
                "layer " + workspace + ":" + layer.layerName() + " defaultStyle=" + workspace + ":" + layer.styleName()));
        return lines;
    }
}
