package org.waymark.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.waymark.output.OutputException;
import org.waymark.output.PostGisTarget;
import org.waymark.publish.GeoServerRest.Answer;

/**
 * Publishes a Waymark GeoPackage, or a PostGIS schema Waymark wrote, on GeoServer through its REST API, styled:
 * the workspace (created if missing), the GeoPackage uploaded as a data store (or a PostGIS data store), one layer per Waymark table it holds (places,
 * mentions, movements, flows), each with its SLD as default style.
 *
 * <p>Re-running with the same arguments is safe: it reads before it writes, replaces the data store's file,
 * updates the styles and refreshes the layers' bounds, and ends in the same configuration.
 *
 * <pre>{@code
 * Publication done = new GeoServerPublisher("http://localhost:8080/geoserver", "admin", "geoserver")
 *         .publish(Path.of("out.gpkg"), "news");
 * }</pre>
 */
public final class GeoServerPublisher {

    /** Data store name used when none is given. */
    public static final String DEFAULT_STORE = "waymark";

    // GeoServer wants XML-name-like workspace names; store names are kept to the same safe set so they
    // can go into URLs and XML unescaped.
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");
    private static final String SLD_10 = "application/vnd.ogc.sld+xml; charset=UTF-8";
    private static final String XML = "application/xml";
    // GeoServer stores any non-zip upload as the file itself; this is GeoPackage's registered media type.
    private static final String GEOPACKAGE = "application/geopackage+sqlite3";
    private static final String GEOPACKAGE_STORE_TYPE = "GeoPackage";
    private static final String POSTGIS_STORE_TYPE = "PostGIS";

    private final String url;
    private final String user;
    private final String password;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration uploadTimeout;

    /**
     * @param url      GeoServer's address with its context path, e.g. {@code http://localhost:8080/geoserver}
     *                 (a trailing {@code /rest} or {@code /web} is tolerated)
     * @param user     a GeoServer administrator
     * @param password that user's password
     */
    public GeoServerPublisher(String url, String user, String password) {
        this(url, user, password, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(10));
    }

    private GeoServerPublisher(String url, String user, String password, Duration connectTimeout,
                               Duration requestTimeout, Duration uploadTimeout) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.uploadTimeout = Objects.requireNonNull(uploadTimeout, "uploadTimeout");
    }

    /**
     * The same publisher with other time limits (defaults: 10 s to connect, 60 s per request, 10 min for
     * the GeoPackage upload).
     */
    public GeoServerPublisher withTimeouts(Duration connect, Duration request, Duration upload) {
        return new GeoServerPublisher(url, user, password, connect, request, upload);
    }

    /** {@link #publish(Path, String, String)} into the data store {@value #DEFAULT_STORE}. */
    public Publication publish(Path geoPackage, String workspace) throws PublishException {
        return publish(geoPackage, workspace, DEFAULT_STORE);
    }

    /**
     * Publishes the Waymark layers of {@code geoPackage} as {@code workspace:places} etc.
     *
     * @throws PublishException with a one-line reason, before any request when an argument or the file
     *                          is wrong
     */
    public Publication publish(Path geoPackage, String workspace, String store) throws PublishException {
        URI server = checkArguments(workspace, store);
        List<LayerStyle> layers = waymarkLayers(geoPackage.toString(), GeoPackageTables.featureTables(geoPackage));
        return publish(server, workspace, store, layers,
                (rest, steps) -> uploadStore(rest, geoPackage, workspace, store, steps));
    }

    /**
     * Publishes the Waymark layers of a PostGIS schema (as {@code waymark map --to} writes it) as
     * {@code workspace:places} etc., through a PostGIS data store that GeoServer connects to with the same user and
     * the password {@code waymark} finds ({@code PGPASSWORD} or {@code ~/.pgpass}); nothing is uploaded.
     *
     * @throws PublishException with a one-line reason, before any request when an argument is wrong or the
     *                          database cannot be read
     */
    public Publication publish(PostGisTarget database, String workspace, String store) throws PublishException {
        URI server = checkArguments(workspace, store);
        List<String> tables;
        try {
            tables = database.featureTables();
        } catch (OutputException e) {
            throw new PublishException(e.getMessage(), e);
        }
        List<LayerStyle> layers = waymarkLayers(database.toString(), tables);
        String databasePassword = database.password().orElse("");
        return publish(server, workspace, store, layers,
                (rest, steps) -> ensurePostGisStore(rest, database, databasePassword, workspace, store, steps));
    }

    /** How the data gets to GeoServer: a file uploaded, or a database it is told about. */
    private interface StoreStep {
        void run(GeoServerRest rest, List<String> steps) throws PublishException;
    }

    private Publication publish(URI server, String workspace, String store, List<LayerStyle> layers,
                                StoreStep storeStep) throws PublishException {
        GeoServerRest rest = new GeoServerRest(server, user, password, connectTimeout, requestTimeout);
        List<String> steps = new ArrayList<>();
        String version = geoServerVersion(rest);
        ensureWorkspace(rest, workspace, steps);
        storeStep.run(rest, steps);
        for (LayerStyle layer : layers) {
            putStyle(rest, workspace, layer, steps);
        }
        for (LayerStyle layer : layers) {
            ensureFeatureType(rest, workspace, store, layer, steps);
        }
        for (LayerStyle layer : layers) {
            ensureDefaultStyle(rest, workspace, layer, steps);
        }
        URI capabilities = URI.create(server + "/" + workspace
                + "/wms?service=WMS&version=1.3.0&request=GetCapabilities");
        return new Publication(version, workspace, store,
                layers.stream().map(LayerStyle::layerName).toList(), steps, capabilities);
    }

    // ---------------------------------------------------------------- checks before any request

    private static URI serverUrl(String url) throws PublishException {
        String example = "e.g. http://localhost:8080/geoserver";
        if (url == null || url.isBlank()) {
            throw new PublishException("GeoServer's URL is required (--url), " + example);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new PublishException("--url " + url + " is not a valid URL (" + e.getReason() + "), " + example);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new PublishException("--url " + url + " must be an http:// or https:// address, " + example);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        // tolerate the REST root or a page of the web admin pasted from the browser
        int web = path.indexOf("/web/");
        if (web >= 0) {
            path = path.substring(0, web);
        }
        path = path.replaceAll("/+$", "").replaceAll("/(rest|web)$", "");
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return URI.create(scheme + "://" + uri.getHost() + port + path);
    }

    private URI checkArguments(String workspace, String store) throws PublishException {
        URI server = serverUrl(url);
        checkName("workspace", workspace);
        checkName("store", store);
        if (user == null || user.isBlank()) {
            throw new PublishException("a GeoServer user is required (--user)");
        }
        if (password == null) {
            throw new PublishException("a password for GeoServer user '" + user + "' is required (--password)");
        }
        return server;
    }

    private static void checkName(String what, String name) throws PublishException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new PublishException("invalid GeoServer " + what + " name '" + name + "': use letters, digits,"
                    + " '_', '-' and '.', starting with a letter or '_' (at most 64 characters)");
        }
    }

    private static List<LayerStyle> waymarkLayers(String source, List<String> tables) throws PublishException {
        List<LayerStyle> layers = new ArrayList<>();
        for (LayerStyle layer : LayerStyle.values()) {
            if (tables.contains(layer.layerName())) {
                layers.add(layer);
            }
        }
        if (layers.isEmpty()) {
            throw new PublishException(source + " has none of the Waymark layers places, mentions, movements,"
                    + " flows (its feature tables: " + (tables.isEmpty() ? "none" : String.join(", ", tables)) + ")");
        }
        return layers;
    }

    // ---------------------------------------------------------------- the REST sequence

    private static String geoServerVersion(GeoServerRest rest) throws PublishException {
        String path = "about/version";
        Answer answer = rest.get(path);
        if (answer.status() == 404) {
            throw new PublishException("no GeoServer REST API at " + rest.server() + " (HTTP 404 for GET "
                    + rest.server().getPath() + "/rest/" + path + "): --url must be GeoServer's address with its"
                    + " context path, e.g. http://localhost:8080/geoserver", 404, null);
        }
        if (!answer.ok()) {
            throw rest.failure("GET", path, answer);
        }
        String notGeoServer = "the server at " + rest.server() + " answered GET .../rest/" + path
                + " with something else than GeoServer's version JSON (" + contentTypeOrNone(answer)
                + "): is --url GeoServer's address?";
        JsonNode resources = json(answer, notGeoServer).path("about").path("resource");
        for (JsonNode resource : resources.isArray() ? resources : List.of(resources)) {
            if ("GeoServer".equals(resource.path("@name").asText())) {
                return resource.path("Version").asText("unknown");
            }
        }
        throw new PublishException(notGeoServer);
    }

    private void ensureWorkspace(GeoServerRest rest, String workspace, List<String> steps) throws PublishException {
        String path = "workspaces/" + workspace;
        Answer answer = rest.get(path);
        if (answer.ok()) {
            return;
        }
        if (answer.status() != 404) {
            throw rest.failure("GET", path, answer);
        }
        send(rest, "POST", "workspaces", XML, "<workspace><name>" + workspace + "</name></workspace>");
        steps.add("created workspace " + workspace);
    }

    private void uploadStore(GeoServerRest rest, Path geoPackage, String workspace, String store,
                             List<String> steps) throws PublishException {
        String storePath = "workspaces/" + workspace + "/datastores/" + store;
        Answer existing = rest.get(storePath);
        boolean replace = existing.ok();
        if (replace) {
            // uploading into a store of another kind would copy the rows into it (a database, say)
            String type = json(existing, "unreadable answer to GET " + storePath)
                    .path("dataStore").path("type").asText("");
            if (!GEOPACKAGE_STORE_TYPE.equals(type)) {
                throw new PublishException("data store " + workspace + ":" + store + " already exists and is a '"
                        + type + "' store, not a GeoPackage: choose another --store");
            }
        } else if (existing.status() != 404) {
            throw rest.failure("GET", storePath, existing);
        }
        BodyPublisher file;
        long bytes;
        try {
            file = HttpRequest.BodyPublishers.ofFile(geoPackage);
            bytes = Files.size(geoPackage);
        } catch (FileNotFoundException e) {
            throw new PublishException("GeoPackage " + geoPackage + " disappeared before upload", e);
        } catch (java.io.IOException e) {
            throw new PublishException("cannot read " + geoPackage + ": " + e.getMessage(), e);
        }
        // configure=none: layers are configured one by one below, with the names and SRS we want
        String path = storePath + "/file.gpkg?configure=none";
        Answer answer = rest.send("PUT", path, GEOPACKAGE, file, uploadTimeout);
        if (!answer.ok()) {
            throw rest.failure("PUT", path, answer);
        }
        steps.add((replace ? "replaced the GeoPackage of data store " : "created data store ")
                + workspace + ":" + store + " from " + geoPackage.getFileName() + " (" + bytes + " bytes)");
    }

    private void ensurePostGisStore(GeoServerRest rest, PostGisTarget database, String databasePassword,
                                    String workspace, String store, List<String> steps) throws PublishException {
        String storePath = "workspaces/" + workspace + "/datastores/" + store;
        Answer existing = rest.get(storePath);
        String body = "<dataStore><name>" + store + "</name><type>" + POSTGIS_STORE_TYPE + "</type>"
                + "<enabled>true</enabled><connectionParameters>"
                + entry("dbtype", "postgis") + entry("host", database.host())
                + entry("port", Integer.toString(database.port())) + entry("database", database.database())
                + entry("schema", database.schema()) + entry("user", database.user())
                + entry("passwd", databasePassword) + entry("Expose primary keys", "true")
                + "</connectionParameters></dataStore>";
        if (existing.ok()) {
            String type = json(existing, "unreadable answer to GET " + storePath)
                    .path("dataStore").path("type").asText("");
            if (!POSTGIS_STORE_TYPE.equals(type)) {
                throw new PublishException("data store " + workspace + ":" + store + " already exists and is a '"
                        + type + "' store, not PostGIS: choose another --store");
            }
            send(rest, "PUT", storePath, XML, body);
            steps.add("updated data store " + workspace + ":" + store + " on " + database);
        } else if (existing.status() == 404) {
            send(rest, "POST", "workspaces/" + workspace + "/datastores", XML, body);
            steps.add("created data store " + workspace + ":" + store + " on " + database);
        } else {
            throw rest.failure("GET", storePath, existing);
        }
    }

    private static String entry(String key, String value) {
        return "<entry key=\"" + key + "\">" + value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                + "</entry>";
    }

    private void putStyle(GeoServerRest rest, String workspace, LayerStyle layer, List<String> steps)
            throws PublishException {
        String path = "workspaces/" + workspace + "/styles/" + layer.styleName();
        Answer existing = rest.get(path);
        // raw=true keeps the SLD exactly as shipped instead of GeoServer's re-encoding of it
        if (existing.ok()) {
            send(rest, "PUT", path + "?raw=true", SLD_10, layer.sld());
            steps.add("updated style " + workspace + ":" + layer.styleName());
        } else if (existing.status() == 404) {
            send(rest, "POST", "workspaces/" + workspace + "/styles?name=" + layer.styleName() + "&raw=true",
                    SLD_10, layer.sld());
            steps.add("created style " + workspace + ":" + layer.styleName());
        } else {
            throw rest.failure("GET", path, existing);
        }
    }

    private void ensureFeatureType(GeoServerRest rest, String workspace, String store, LayerStyle layer,
                                   List<String> steps) throws PublishException {
        String name = layer.layerName();
        String storeTypes = "workspaces/" + workspace + "/datastores/" + store + "/featuretypes";
        Answer existing = rest.get(storeTypes + "/" + name);
        if (existing.ok()) {
            // the file was replaced: recompute the advertised extents from the new rows
            send(rest, "PUT", storeTypes + "/" + name + "?recalculate=nativebbox,latlonbbox", XML,
                    "<featureType><name>" + name + "</name><enabled>true</enabled></featureType>");
            steps.add("recomputed the extent of layer " + workspace + ":" + name);
            return;
        }
        if (existing.status() != 404) {
            throw rest.failure("GET", storeTypes + "/" + name, existing);
        }
        String inWorkspace = "workspaces/" + workspace + "/featuretypes/" + name;
        Answer elsewhere = rest.get(inWorkspace);
        if (elsewhere.ok()) {
            throw new PublishException("workspace " + workspace + " already has a layer '" + name
                    + "' from another data store: publish into another --workspace, or remove that layer");
        }
        if (elsewhere.status() != 404) {
            throw rest.failure("GET", inWorkspace, elsewhere);
        }
        send(rest, "POST", storeTypes, XML, "<featureType>"
                + "<name>" + name + "</name>"
                + "<nativeName>" + name + "</nativeName>"
                + "<title>Waymark " + name + "</title>"
                + "<srs>EPSG:4326</srs>"
                + "<projectionPolicy>FORCE_DECLARED</projectionPolicy>"
                + "<enabled>true</enabled>"
                + "</featureType>");
        steps.add("published layer " + workspace + ":" + name);
    }

    private void ensureDefaultStyle(GeoServerRest rest, String workspace, LayerStyle layer, List<String> steps)
            throws PublishException {
        String path = "layers/" + workspace + ":" + layer.layerName();
        Answer current = rest.get(path);
        if (!current.ok()) {
            throw rest.failure("GET", path, current);
        }
        JsonNode style = json(current, "unreadable answer to GET " + path).path("layer").path("defaultStyle");
        String styleName = style.path("name").asText("");
        boolean already = styleName.equals(workspace + ":" + layer.styleName())
                || styleName.equals(layer.styleName()) && workspace.equals(style.path("workspace").asText(""));
        if (already) {
            return;
        }
        send(rest, "PUT", path, XML, "<layer><defaultStyle>"
                + "<name>" + layer.styleName() + "</name>"
                + "<workspace>" + workspace + "</workspace>"
                + "</defaultStyle></layer>");
        steps.add("set the default style of " + workspace + ":" + layer.layerName() + " to "
                + workspace + ":" + layer.styleName());
    }

    // ---------------------------------------------------------------- helpers

    /** A write whose success is any 2xx (GeoServer documents 201 for POST, 200 for PUT). */
    private void send(GeoServerRest rest, String method, String path, String contentType, String body)
            throws PublishException {
        Answer answer = rest.send(method, path, contentType,
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), requestTimeout);
        if (!answer.ok()) {
            throw rest.failure(method, path, answer);
        }
    }

    private static JsonNode json(Answer answer, String problem) throws PublishException {
        if (!answer.isJson()) {
            throw new PublishException(problem);
        }
        try {
            return new ObjectMapper().readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new PublishException(problem, e);
        }
    }

    private static String contentTypeOrNone(Answer answer) {
        return answer.contentType().isEmpty() ? "no content type" : answer.contentType();
    }
}
