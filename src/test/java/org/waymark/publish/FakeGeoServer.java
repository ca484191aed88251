package org.waymark.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A stand-in for GeoServer's REST API on 127.0.0.1, for the endpoints the publisher uses. It follows
 * GeoServer's REST documentation and its controllers (WorkspaceController, DataStoreFileController,
 * FeatureTypeController, StyleController, LayerController): context path {@code /geoserver}, basic auth
 * with an administrator (admin/geoserver) and a non-administrator (viewer/viewer) account, the accepted
 * methods and content types per endpoint, and GeoServer's refusals (409 for an existing workspace, 403 for
 * an existing style, 500 for a duplicate feature type, 415 for a content type the endpoint does not
 * consume, 404 for unknown paths, 405 for known paths with the wrong method). It keeps the catalog in
 * memory so tests can assert the end state, and logs every request.
 */
public final class FakeGeoServer implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "geoserver";
    static final String VIEWER = "viewer";
    static final String VERSION = "2.24.1";

    private static final String REST = "/geoserver/rest";
    private static final Set<String> XML_OR_JSON = Set.of("application/xml", "text/xml", "application/json", "text/json");
    private static final Set<String> ZIP = Set.of("application/zip", "multipart/x-zip", "application/x-zip-compressed");
    private static final String SLD_10 = "application/vnd.ogc.sld+xml";
    private static final String SLD_11 = "application/vnd.ogc.se+xml";
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private record Route(String method, Pattern path, Handler handler) {
    }

    @FunctionalInterface
    private interface Handler {
        Reply handle(Request request, Matcher path) throws Exception;
    }

    private record Request(String method, String contentType, Map<String, String> query, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Reply(int status, String contentType, String body, Map<String, String> headers) {
        static Reply text(int status, String body) {
            return new Reply(status, "text/plain", body, Map.of());
        }

        static Reply json(JsonNode body) {
            return new Reply(200, "application/json", body.toString(), Map.of());
        }
    }

    private record Store(String workspace, String name, String type, Path file, Set<String> featureTables) {
    }

    private record FeatureType(String workspace, String store, String name, String nativeName, String srs,
                               boolean enabled) {
    }

    private record Style(String workspace, String name, String format, String version, String body) {
    }

    private final HttpServer server;
    private final Path dataDir;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Route> routes = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final Set<String> workspaces = new TreeSet<>();
    private final Map<String, Store> stores = new TreeMap<>();
    private final Map<String, FeatureType> featureTypes = new TreeMap<>();
    private final Map<String, Style> styles = new TreeMap<>();
    private final Map<String, String> defaultStyles = new TreeMap<>();
    private final Map<String, Integer> boundsRecalculations = new TreeMap<>();

    public FakeGeoServer() throws IOException {
        dataDir = Files.createTempDirectory("fake-geoserver");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::exchange);
        defineRoutes();
        server.start();
    }

    /** The base URL a user would give: {@code http://127.0.0.1:PORT/geoserver}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/geoserver";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Every request so far, as "METHOD /path?query". */
    public synchronized List<String> requests() {
        return List.copyOf(log);
    }

    synchronized void clearRequests() {
        log.clear();
    }

    /** Times a feature type's bounds were recomputed, by "workspace:name". */
    synchronized Map<String, Integer> boundsRecalculations() {
        return Map.copyOf(boundsRecalculations);
    }

    /** The uploaded GeoPackage of a data store. */
    synchronized byte[] storeFile(String workspace, String store) throws IOException {
        return Files.readAllBytes(stores.get(workspace + ":" + store).file());
    }

    synchronized String styleBody(String workspace, String style) {
        return styles.get(workspace + ":" + style).body();
    }

    /** The catalog, one sorted line per object, without counters, so that two runs can be compared. */
    public synchronized List<String> catalog() {
        List<String> lines = new ArrayList<>();
        workspaces.forEach(w -> lines.add("workspace " + w));
        stores.forEach((k, s) -> lines.add("datastore " + k + " type=" + s.type() + " tables=" + s.featureTables()));
        featureTypes.forEach((k, f) -> lines.add("featuretype " + k + " store=" + f.store() + " native=" + f.nativeName()
                + " srs=" + f.srs() + " enabled=" + f.enabled()));
        styles.forEach((k, s) -> lines.add("style " + k + " format=" + s.format() + " version=" + s.version()
                + " sha256=" + sha256(s.body())));
        defaultStyles.forEach((k, s) -> lines.add("layer " + k + " defaultStyle=" + s));
        return lines;
    }

    /** Adds a layer outside the publisher, as another user of the server would. */
    synchronized void addForeignLayer(String workspace, String store, String name) {
        workspaces.add(workspace);
        stores.putIfAbsent(workspace + ":" + store, new Store(workspace, store, "Shapefile", dataDir, Set.of(name)));
        featureTypes.put(workspace + ":" + name, new FeatureType(workspace, store, name, name, "EPSG:4326", true));
        defaultStyles.put(workspace + ":" + name, "line");
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        try (var files = Files.walk(dataDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ routing

    private void route(String method, String regex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(regex), handler));
    }

    private void defineRoutes() {
        String name = "([A-Za-z0-9_.-]+)";
        route("GET", "/about/version", (r, m) -> about());
        route("GET", "/workspaces", (r, m) -> Reply.json(list("workspaces", "workspace", workspaces)));
        route("POST", "/workspaces", (r, m) -> postWorkspace(r));
        route("GET", "/workspaces/" + name, (r, m) -> getWorkspace(m.group(1)));
        route("GET", "/workspaces/" + name + "/datastores/" + name, (r, m) -> getStore(m.group(1), m.group(2)));
        route("POST", "/workspaces/" + name + "/datastores", (r, m) -> postDatabaseStore(r, m.group(1), null));
        route("PUT", "/workspaces/" + name + "/datastores/" + name,
                (r, m) -> postDatabaseStore(r, m.group(1), m.group(2)));
        route("PUT", "/workspaces/" + name + "/datastores/" + name + "/(file|url|external)\\.([a-z0-9]+)",
                (r, m) -> putStoreFile(r, m.group(1), m.group(2), m.group(3), m.group(4)));
        route("POST", "/workspaces/" + name + "/datastores/" + name + "/featuretypes",
                (r, m) -> postFeatureType(r, m.group(1), m.group(2)));
        route("GET", "/workspaces/" + name + "/datastores/" + name + "/featuretypes/" + name,
                (r, m) -> getFeatureType(m.group(1), m.group(2), m.group(3)));
        route("PUT", "/workspaces/" + name + "/datastores/" + name + "/featuretypes/" + name,
                (r, m) -> putFeatureType(r, m.group(1), m.group(2), m.group(3)));
        route("GET", "/workspaces/" + name + "/featuretypes/" + name,
                (r, m) -> getFeatureType(m.group(1), null, m.group(2)));
        route("POST", "/workspaces/" + name + "/styles", (r, m) -> postStyle(r, m.group(1)));
        route("GET", "/workspaces/" + name + "/styles/" + name, (r, m) -> getStyle(m.group(1), m.group(2)));
        route("PUT", "/workspaces/" + name + "/styles/" + name, (r, m) -> putStyle(r, m.group(1), m.group(2)));
        route("GET", "/layers/" + name + ":" + name, (r, m) -> getLayer(m.group(1), m.group(2)));
        route("PUT", "/layers/" + name + ":" + name, (r, m) -> putLayer(r, m.group(1), m.group(2)));
    }

    private synchronized void exchange(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            log.add(exchange.getRequestMethod() + " " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Request request = new Request(exchange.getRequestMethod(), contentType, query(uri.getRawQuery()), body);
            reply = dispatch(path, exchange.getRequestHeaders().getFirst("Authorization"), request);
        } catch (Exception e) {
            // what GeoServer does with an unhandled exception in a controller
            reply = Reply.text(500, e.toString());
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Reply dispatch(String path, String authorization, Request request) throws Exception {
        if (!path.startsWith("/geoserver/")) {
            // the servlet container's page for a context that is not deployed
            return new Reply(404, "text/html", "<html><head><title>Error 404 Not Found</title></head>\n"
                    + "<body><h2>HTTP ERROR 404 Not Found</h2><p>URI: " + path + "</p></body></html>", Map.of());
        }
        if (!path.startsWith(REST + "/")) {
            return Reply.text(404, "no such page: " + path);
        }
        String user = authenticatedUser(authorization);
        if (user == null) {
            return new Reply(401, "text/html", "<html><body><h2>HTTP ERROR 401 Unauthorized</h2></body></html>",
                    Map.of("WWW-Authenticate", "Basic realm=\"GeoServer Realm\""));
        }
        if (!user.equals(ADMIN)) {
            // default REST security: /**;GET,POST,PUT,DELETE=ADMIN
            return Reply.text(403, "Access Denied");
        }
        String restPath = path.substring(REST.length());
        boolean known = false;
        for (Route route : routes) {
            Matcher m = route.path().matcher(restPath);
            if (m.matches()) {
                known = true;
                if (route.method().equals(request.method())) {
                    return route.handler().handle(request, m);
                }
            }
        }
        return known ? Reply.text(405, "Request method '" + request.method() + "' is not supported")
                : Reply.text(404, "No mapping for " + request.method() + " " + path);
    }

    private static String authenticatedUser(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        if (decoded.equals(ADMIN + ":" + ADMIN_PASSWORD)) {
            return ADMIN;
        }
        return decoded.equals(VIEWER + ":" + VIEWER) ? VIEWER : null;
    }

    // ------------------------------------------------------------------------------------------ endpoints

    private Reply about() {
        ObjectNode root = json.createObjectNode();
        ArrayNode resources = root.putObject("about").putArray("resource");
        resources.addObject().put("@name", "GeoServer").put("Version", VERSION).put("Git-Revision", "fake");
        resources.addObject().put("@name", "GeoTools").put("Version", "30.1");
        return Reply.json(root);
    }

    private Reply postWorkspace(Request r) throws Exception {
        Reply wrongType = consumes(r, XML_OR_JSON);
        if (wrongType != null) {
            return wrongType;
        }
        String name = field(r, "workspace", "name");
        if (name == null || name.isEmpty()) {
            return Reply.text(400, "workspace name missing");
        }
        if (workspaces.contains(name)) {
            return Reply.text(409, "Workspace '" + name + "' already exists");
        }
        workspaces.add(name);
        return new Reply(201, "text/plain", name, Map.of("Location", url() + "/rest/workspaces/" + name));
    }

    private Reply getWorkspace(String workspace) {
        if (!workspaces.contains(workspace)) {
            return Reply.text(404, "No such workspace: '" + workspace + "' found");
        }
        ObjectNode root = json.createObjectNode();
        root.putObject("workspace").put("name", workspace).put("isolated", false);
        return Reply.json(root);
    }

    private Reply getStore(String workspace, String store) {
        Store s = stores.get(workspace + ":" + store);
        if (s == null) {
            return Reply.text(404, "No such datastore: " + workspace + "," + store);
        }
        ObjectNode root = json.createObjectNode();
        ObjectNode ds = root.putObject("dataStore");
        ds.put("name", store).put("type", s.type()).put("enabled", true);
        ds.putObject("workspace").put("name", workspace);
        return Reply.json(root);
    }

    private Reply putStoreFile(Request r, String workspace, String store, String method, String format)
            throws IOException {
        if (!method.equals("file")) {
            return Reply.text(400, "only file uploads are simulated");
        }
        if (!format.equals("gpkg")) {
            return Reply.text(400, "Unsupported format: " + format);
        }
        if (!workspaces.contains(workspace)) {
            // DataStoreFileController dereferences the workspace's namespace
            return Reply.text(500, "java.lang.NullPointerException");
        }
        if (r.contentType() != null && ZIP.contains(mime(r.contentType()))) {
            return Reply.text(500, "Error occured unzipping file");
        }
        Store existing = stores.get(workspace + ":" + store);
        if (existing != null && !existing.type().equals("GeoPackage")) {
            return Reply.text(500, "fake refuses to copy GeoPackage rows into a " + existing.type() + " store");
        }
        Path file = dataDir.resolve(workspace + "-" + store + ".gpkg");
        Files.write(file, r.body());
        Set<String> tables = featureTables(file);
        if (tables == null) {
            return Reply.text(500, "Unable to configure datastore, bad parameters.");
        }
        stores.put(workspace + ":" + store, new Store(workspace, store, "GeoPackage", file, tables));
        String configure = r.query().getOrDefault("configure", "first");
        if (!configure.equals("none")) {
            // "first" (the default) or "all": GeoServer configures layers named after the tables itself
            Set<String> configured = configure.equals("all") || tables.isEmpty() ? tables : Set.of(tables.iterator().next());
            for (String table : configured) {
                featureTypes.putIfAbsent(workspace + ":" + table,
                        new FeatureType(workspace, store, table, table, "EPSG:4326", true));
                defaultStyles.putIfAbsent(workspace + ":" + table, "generic");
            }
        }
        return Reply.text(201, "");
    }

    /**
     * A PostGIS data store created (POST, {@code existing} null) or its connection changed (PUT): as GeoServer's
     * PostGIS store, the fake connects to the database with the given parameters and sees the geometry tables of
     * the schema; a store it cannot connect to is refused.
     */
    private Reply postDatabaseStore(Request r, String workspace, String existing) throws Exception {
        Reply wrongType = consumes(r, XML_OR_JSON);
        if (wrongType != null) {
            return wrongType;
        }
        if (!workspaces.contains(workspace)) {
            return Reply.text(404, "No such workspace: " + workspace);
        }
        String name = existing != null ? existing : field(r, "dataStore", "name");
        Store old = stores.get(workspace + ":" + name);
        if (existing == null && old != null) {
            return Reply.text(500, "Store '" + name + "' already exists in workspace '" + workspace + "'");
        }
        if (existing != null && old == null) {
            return Reply.text(404, "No such datastore: " + workspace + "," + name);
        }
        Map<String, String> p = connectionParameters(r.body());
        if (!"postgis".equals(p.get("dbtype"))) {
            return Reply.text(400, "only PostGIS stores are simulated, not dbtype " + p.get("dbtype"));
        }
        Set<String> tables = new TreeSet<>();
        Properties login = new Properties();
        login.setProperty("user", p.getOrDefault("user", ""));
        login.setProperty("password", p.getOrDefault("passwd", ""));
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + p.get("host") + ":" + p.get("port")
                + "/" + p.get("database"), login);
             PreparedStatement st = c.prepareStatement(
                     "SELECT f_table_name FROM geometry_columns WHERE f_table_schema = ?")) {
            st.setString(1, p.getOrDefault("schema", "public"));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            return Reply.text(500, "Error connecting to the PostGIS database: " + e.getMessage());
        }
        stores.put(workspace + ":" + name, new Store(workspace, name, "PostGIS", null, tables));
        return Reply.text(existing == null ? 201 : 200, "");
    }

    private static Map<String, String> connectionParameters(byte[] body) {
        Map<String, String> parameters = new TreeMap<>();
        Document d = parseXml(body);
        if (d != null) {
            NodeList entries = d.getElementsByTagName("entry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                parameters.put(e.getAttribute("key"), e.getTextContent());
            }
        }
        return parameters;
    }

    private Reply postFeatureType(Request r, String workspace, String store) throws Exception {
        Reply wrongType = consumes(r, XML_OR_JSON);
        if (wrongType != null) {
            return wrongType;
        }
        Store s = stores.get(workspace + ":" + store);
        if (s == null) {
            return Reply.text(404, "No such data store: " + workspace + "," + store);
        }
        String name = field(r, "featureType", "name");
        String nativeName = field(r, "featureType", "nativeName");
        nativeName = nativeName == null || nativeName.isEmpty() ? name : nativeName;
        if (!s.featureTables().contains(nativeName)) {
            // GeoServer would create an empty table of that name in the GeoPackage
            return Reply.text(500, "fake refuses to create table '" + nativeName + "' in the data store");
        }
        if (featureTypes.containsKey(workspace + ":" + name)) {
            return Reply.text(500, "Resource named '" + name + "' already exists in namespace: '" + workspace + "'");
        }
        featureTypes.put(workspace + ":" + name,
                new FeatureType(workspace, store, name, nativeName, field(r, "featureType", "srs"), true));
        defaultStyles.put(workspace + ":" + name, "generic"); // GeoServer's pick for a new vector layer
        return new Reply(201, "text/plain", "", Map.of("Location",
                url() + "/rest/workspaces/" + workspace + "/datastores/" + store + "/featuretypes/" + name));
    }

    private Reply getFeatureType(String workspace, String store, String name) {
        FeatureType f = featureTypes.get(workspace + ":" + name);
        if (store != null && !stores.containsKey(workspace + ":" + store)) {
            return Reply.text(404, "No such data store: " + workspace + "," + store);
        }
        if (f == null || store != null && !f.store().equals(store)) {
            return Reply.text(404, "No such feature type: " + workspace + "," + (store == null ? "" : store + ",") + name);
        }
        ObjectNode root = json.createObjectNode();
        ObjectNode ft = root.putObject("featureType");
        ft.put("name", name).put("nativeName", f.nativeName()).put("srs", f.srs()).put("enabled", f.enabled());
        ft.putObject("store").put("name", workspace + ":" + f.store());
        return Reply.json(root);
    }

    private Reply putFeatureType(Request r, String workspace, String store, String name) throws Exception {
        Reply wrongType = consumes(r, XML_OR_JSON);
        if (wrongType != null) {
            return wrongType;
        }
        FeatureType f = featureTypes.get(workspace + ":" + name);
        if (f == null || !f.store().equals(store)) {
            return Reply.text(404, "No such feature type: " + workspace + "," + store + "," + name);
        }
        // like GeoServer's partial update, a body without <enabled>true</enabled> disables the layer
        boolean enabled = "true".equals(field(r, "featureType", "enabled"));
        featureTypes.put(workspace + ":" + name,
                new FeatureType(workspace, store, name, f.nativeName(), f.srs(), enabled));
        if (r.query().getOrDefault("recalculate", "").contains("nativebbox")) {
            boundsRecalculations.merge(workspace + ":" + name, 1, Integer::sum);
        }
        return Reply.text(200, "");
    }

    private Reply postStyle(Request r, String workspace) throws Exception {
        if (!workspaces.contains(workspace)) {
            return Reply.text(404, "Workspace " + workspace + " not found");
        }
        if (r.contentType() == null) {
            return Reply.text(415, "Content-Type missing");
        }
        String mime = mime(r.contentType());
        if (XML_OR_JSON.contains(mime)) {
            // these content types carry a StyleInfo (<style><name/><filename/></style>), not a style document
            Document d = parseXml(r.body());
            if (d == null || !d.getDocumentElement().getTagName().equals("style")) {
                return Reply.text(400, "expected a <style> description for " + mime);
            }
            return Reply.text(500, "fake does not simulate StyleInfo uploads");
        }
        if (!mime.equals(SLD_10) && !mime.equals(SLD_11)) {
            return Reply.text(415, "No style handler for " + mime);
        }
        String problem = sldProblem(r, mime);
        if (problem != null) {
            return Reply.text(400, "Invalid style: " + problem);
        }
        String name = r.query().get("name");
        if (name == null) {
            name = styleNameIn(r.body());
        }
        if (styles.containsKey(workspace + ":" + name)) {
            return Reply.text(403, "Style " + name + " already exists.");
        }
        styles.put(workspace + ":" + name, new Style(workspace, name, "sld", sldVersion(mime), r.text()));
        return new Reply(201, "text/plain", name, Map.of("Location", url() + "/rest/workspaces/" + workspace + "/styles/" + name));
    }

    private Reply getStyle(String workspace, String name) {
        Style s = styles.get(workspace + ":" + name);
        if (s == null) {
            return Reply.text(404, "No such style " + name + " in workspace " + workspace);
        }
        ObjectNode root = json.createObjectNode();
        ObjectNode style = root.putObject("style");
        style.put("name", name).put("format", s.format()).put("filename", name + ".sld");
        style.putObject("workspace").put("name", workspace);
        style.putObject("languageVersion").put("version", s.version());
        return Reply.json(root);
    }

    private Reply putStyle(Request r, String workspace, String name) throws Exception {
        if (r.contentType() == null) {
            return Reply.text(415, "Content-Type missing");
        }
        String mime = mime(r.contentType());
        if (!mime.equals(SLD_10) && !mime.equals(SLD_11)) {
            return Reply.text(415, "fake only simulates SLD style updates, not " + mime);
        }
        Style s = styles.get(workspace + ":" + name);
        if (s == null) {
            // StyleController.stylePut dereferences the missing StyleInfo
            return Reply.text(500, "java.lang.NullPointerException");
        }
        boolean raw = "true".equals(r.query().get("raw"));
        String problem = raw ? (parseXml(r.body()) == null ? "not well-formed" : null) : sldProblem(r, mime);
        if (problem != null) {
            return Reply.text(400, "Invalid style:" + problem);
        }
        styles.put(workspace + ":" + name, new Style(workspace, name, s.format(), sldVersion(mime), r.text()));
        return Reply.text(200, "");
    }

    private Reply getLayer(String workspace, String name) {
        String layer = workspace + ":" + name;
        if (!featureTypes.containsKey(layer)) {
            return Reply.text(404, "No such layer: " + layer);
        }
        ObjectNode root = json.createObjectNode();
        ObjectNode l = root.putObject("layer");
        l.put("name", name).put("type", "VECTOR");
        String style = defaultStyles.get(layer);
        ObjectNode ds = l.putObject("defaultStyle");
        if (style.contains(":")) {
            // how GeoServer writes a workspace style reference
            ds.put("name", style).put("workspace", style.substring(0, style.indexOf(':')));
        } else {
            ds.put("name", style);
        }
        l.putObject("resource").put("@class", "featureType").put("name", layer);
        return Reply.json(root);
    }

    private Reply putLayer(Request r, String workspace, String name) throws Exception {
        Reply wrongType = consumes(r, XML_OR_JSON);
        if (wrongType != null) {
            return wrongType;
        }
        String layer = workspace + ":" + name;
        if (!featureTypes.containsKey(layer)) {
            // LayerController.layerPut dereferences the missing layer
            return Reply.text(500, "java.lang.NullPointerException");
        }
        String styleName = field(r, "layer", "defaultStyle", "name");
        String styleWorkspace = field(r, "layer", "defaultStyle", "workspace");
        if (styleName != null && styleName.contains(":")) {
            styleWorkspace = styleName.substring(0, styleName.indexOf(':'));
            styleName = styleName.substring(styleName.indexOf(':') + 1);
        }
        if (styleName == null || styleWorkspace == null || !styles.containsKey(styleWorkspace + ":" + styleName)) {
            return Reply.text(400, "No such style: " + styleWorkspace + ":" + styleName);
        }
        defaultStyles.put(layer, styleWorkspace + ":" + styleName);
        return Reply.text(200, "");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** 415 unless the request's content type is one the endpoint consumes. */
    private static Reply consumes(Request r, Set<String> types) {
        if (r.contentType() == null || !types.contains(mime(r.contentType()))) {
            return Reply.text(415, "Content type '" + r.contentType() + "' not supported");
        }
        return null;
    }

    private static String mime(String contentType) {
        return contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    /** A value from an XML or JSON body, e.g. field(r, "featureType", "name"). */
    private String field(Request r, String... path) throws IOException {
        if (mime(r.contentType()).endsWith("json")) {
            JsonNode node = json.readTree(r.body());
            for (String step : path) {
                node = node.path(step);
            }
            return node.isMissingNode() ? null : node.asText();
        }
        Document d = parseXml(r.body());
        if (d == null || !d.getDocumentElement().getTagName().equals(path[0])) {
            return null;
        }
        Element element = d.getDocumentElement();
        for (String step : Arrays.copyOfRange(path, 1, path.length)) {
            Element child = null;
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e && e.getTagName().equals(step)) {
                    child = e;
                }
            }
            if (child == null) {
                return null;
            }
            element = child;
        }
        return element.getTextContent().strip();
    }

    private static Document parseXml(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            return null;
        }
    }

    /** Why GeoServer's SLD handler would refuse the body, or null. */
    private static String sldProblem(Request r, String mime) {
        Document d = parseXml(r.body());
        if (d == null) {
            return "not well-formed XML";
        }
        Element root = d.getDocumentElement();
        if (!root.getLocalName().equals("StyledLayerDescriptor") || !"http://www.opengis.net/sld".equals(root.getNamespaceURI())) {
            return "not an SLD document: " + root.getTagName();
        }
        String expected = sldVersion(mime);
        if (!expected.equals(root.getAttribute("version"))) {
            return "SLD version " + root.getAttribute("version") + " sent as " + mime + " (SLD " + expected + ")";
        }
        return null;
    }

    private static String sldVersion(String mime) {
        return mime.equals(SLD_11) ? "1.1.0" : "1.0.0";
    }

    private static String styleNameIn(byte[] body) {
        NodeList names = parseXml(body).getElementsByTagNameNS("http://www.opengis.net/sld", "Name");
        return names.getLength() > 1 ? names.item(1).getTextContent().strip() : "style-fake";
    }

    /** Feature tables of an uploaded GeoPackage, or null when it is none. */
    private static Set<String> featureTables(Path file) throws IOException {
        byte[] header = Arrays.copyOf(Files.readAllBytes(file), SQLITE.length);
        if (!Arrays.equals(header, SQLITE)) {
            return null;
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rows = db.createStatement().executeQuery(
                     "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")) {
            Set<String> tables = new TreeSet<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            return tables;
        } catch (SQLException e) {
            return null;
        }
    }

    private JsonNode list(String outer, String inner, Set<String> names) {
        ObjectNode root = json.createObjectNode();
        ArrayNode array = root.putObject(outer).putArray(inner);
        names.forEach(n -> array.addObject().put("name", n));
        return root;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
