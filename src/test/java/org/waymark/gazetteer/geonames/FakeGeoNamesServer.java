package org.waymark.gazetteer.geonames;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;

/**
 * A local stand-in for api.geonames.org: answers {@code searchJSON}, {@code getJSON} and {@code hierarchyJSON} in
 * GeoNames' documented JSON from any {@link Gazetteer} ({@code name_equals} through its candidates, {@code q}
 * through a full-text function, containment through its country and admin1 entries), checks the username and the parameters the way GeoNames
 * documents them (status 10 and 14 otherwise), records every request, and fails on demand.
 */
final class FakeGeoNamesServer implements AutoCloseable {

    /** Ways to fail, as GeoNames does. */
    enum Failure {
        STATUS_10(10, "user account not enabled to use the free webservice. Please enable it on your account page: https://www.geonames.org/manageaccount "),
        STATUS_14(14, "invalid parameter"),
        STATUS_18(18, "the daily limit of 10000 credits for demo has been exceeded. Please use an application specific account."),
        STATUS_19(19, "the hourly limit of 1000 credits for demo has been exceeded. Please throttle your requests or use the commercial service."),
        STATUS_20(20, "the weekly limit of 70000 credits for demo has been exceeded."),
        STATUS_22(22, "Server overloaded, please try again later."),
        HTTP_500(0, null),
        TIMEOUT(0, null),
        MALFORMED_JSON(0, null);

        final int status;
        final String message;

        Failure(int status, String message) {
            this.status = status;
            this.message = message;
        }
    }

    /** One request as received. */
    record Received(String endpoint, Map<String, List<String>> params) {
        String param(String name) {
            List<String> values = params.getOrDefault(name, List.of());
            return values.isEmpty() ? null : values.get(0);
        }
    }

    static {
        // without it the JDK server's separate header and body writes meet delayed ACKs: 40 ms per request
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SEARCH_PARAMS = Set.of("q", "name", "name_equals", "name_startsWith", "maxRows",
            "startRow", "country", "countryBias", "continentCode", "adminCode1", "adminCode2", "adminCode3",
            "adminCode4", "adminCode5", "featureClass", "featureCode", "cities", "lang", "type", "style",
            "isNameRequired", "tag", "operator", "charset", "fuzzy", "east", "west", "north", "south", "searchlang",
            "orderby", "inclBbox", "username");
    private static final Set<String> ID_PARAMS = Set.of("geonameId", "lang", "style", "username");

    private final Gazetteer places;
    private final Function<String, List<Place>> fullText;
    private final String username;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Failure> scripted = new ConcurrentLinkedDeque<>();
    private volatile Failure always;
    private volatile long delayMillis;
    private volatile long timeoutSleepMillis = 2_000;

    FakeGeoNamesServer(Gazetteer places, Function<String, List<Place>> fullText, String username)
            throws IOException {
        this.places = places;
        this.fullText = fullText;
        this.username = username;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The next requests fail this way, one failure each, in order. */
    void failNext(Failure... failures) {
        scripted.addAll(List.of(failures));
    }

    /** Every request fails this way (null: none). */
    void failAlways(Failure failure) {
        always = failure;
    }

    /** Every answer waits this long first. */
    void delay(long millis) {
        delayMillis = millis;
    }

    /** How long a TIMEOUT failure sleeps before answering. */
    void timeoutSleep(long millis) {
        timeoutSleepMillis = millis;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    int requests() {
        return received.size();
    }

    int requests(String endpoint) {
        return (int) received.stream().filter(r -> r.endpoint().equals(endpoint)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String endpoint = exchange.getRequestURI().getPath().substring(1);
            Map<String, List<String>> params = parse(exchange.getRequestURI().getRawQuery());
            received.add(new Received(endpoint, params));
            sleep(delayMillis);
            Failure failure = Optional.ofNullable(scripted.poll()).orElse(always);
            if (failure != null) {
                fail(exchange, failure);
                return;
            }
            String body = switch (endpoint) {
                case "searchJSON" -> search(params);
                case "getJSON" -> get(params);
                case "hierarchyJSON" -> hierarchy(params);
                default -> null;
            };
            if (body == null) {
                send(exchange, 404, "not found");
            } else {
                send(exchange, 200, body);
            }
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    private void fail(HttpExchange exchange, Failure failure) throws IOException {
        switch (failure) {
            case HTTP_500 -> send(exchange, 500, "<html><body>Internal Server Error</body></html>");
            case TIMEOUT -> {
                sleep(timeoutSleepMillis);
                send(exchange, 200, "{\"geonames\":[]}");
            }
            case MALFORMED_JSON -> send(exchange, 200, "{\"totalResultsCount\":2,\"geonames\":[{\"geonameId\":29904");
            default -> send(exchange, 200, status(failure.status, failure.message));
        }
    }

    private String search(Map<String, List<String>> params) {
        Optional<String> problem = checkUser(params).or(() -> checkParams(params, SEARCH_PARAMS));
        if (problem.isPresent()) {
            return problem.get();
        }
        List<String> nameParams = Stream.of("q", "name", "name_equals").filter(params::containsKey).toList();
        if (nameParams.size() != 1) {
            return status(14, "exactly one of q, name or name_equals is required");
        }
        int maxRows;
        try {
            maxRows = Integer.parseInt(params.getOrDefault("maxRows", List.of("100")).get(0));
        } catch (NumberFormatException e) {
            return status(14, "invalid parameter maxRows");
        }
        if (maxRows > 1000) {
            return status(27, "maxRows too large");
        }
        String style = params.getOrDefault("style", List.of("MEDIUM")).get(0);
        if (!Set.of("SHORT", "MEDIUM", "LONG", "FULL").contains(style)) {
            return status(14, "invalid style " + style);
        }
        List<String> classes = params.getOrDefault("featureClass", List.of());
        if (!classes.stream().allMatch(c -> c.matches("[AHLPRSTUV]"))) {
            return status(14, "invalid featureClass " + classes);
        }
        List<String> countries = params.getOrDefault("country", List.of());
        String value = params.get(nameParams.get(0)).get(0);
        List<Place> hits = nameParams.get(0).equals("name_equals")
                ? places.candidates(value)
                : fullText.apply(value);
        // GeoNames ranks by relevance: countries and divisions before towns, larger places first
        List<Place> kept = hits.stream()
                .filter(p -> classes.isEmpty() || classes.contains(p.featureClass()))
                .filter(p -> countries.isEmpty() || countries.contains(p.countryCode()))
                .sorted(Comparator.comparing((Place p) -> !p.featureClass().equals("A"))
                        .thenComparing(Comparator.comparingLong(Place::population).reversed()))
                .toList();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("totalResultsCount", kept.size());
        ArrayNode list = answer.putArray("geonames");
        kept.stream().limit(maxRows).forEach(p -> list.add(toponym(p, style.equals("FULL"))));
        return answer.toString();
    }

    private String get(Map<String, List<String>> params) {
        Optional<String> problem = checkUser(params).or(() -> checkParams(params, ID_PARAMS));
        if (problem.isPresent()) {
            return problem.get();
        }
        return id(params)
                .flatMap(places::byId)
                .map(p -> toponym(p, true).toString())
                .orElse(status(11, "the geoname feature does not exist."));
    }

    private String hierarchy(Map<String, List<String>> params) {
        Optional<String> problem = checkUser(params).or(() -> checkParams(params, ID_PARAMS));
        if (problem.isPresent()) {
            return problem.get();
        }
        Optional<Place> place = id(params).flatMap(places::byId);
        if (place.isEmpty()) {
            return status(11, "the geoname feature does not exist.");
        }
        Place p = place.get();
        List<Place> chain = new ArrayList<>();
        if (!p.isCountry()) {
            places.country(p.countryCode()).ifPresent(chain::add);
            if (!p.isAdmin1()) {
                places.admin1(p.countryCode(), p.admin1()).ifPresent(chain::add);
            }
        }
        chain.add(p);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("geonames");
        chain.forEach(c -> list.add(toponym(c, false)));
        return answer.toString();
    }

    private Optional<String> checkUser(Map<String, List<String>> params) {
        String user = params.getOrDefault("username", List.of("")).get(0);
        if (user.isEmpty()) {
            return Optional.of(status(10, "Please add a username to each call in order for geonames to be able to "
                    + "identify the calling application and count the credits usage."));
        }
        if (!user.equals(username)) {
            return Optional.of(status(10, "user does not exist."));
        }
        return Optional.empty();
    }

    private static Optional<String> checkParams(Map<String, List<String>> params, Set<String> documented) {
        return params.keySet().stream().filter(p -> !documented.contains(p)).findFirst()
                .map(p -> status(14, "invalid parameter " + p));
    }

    private static Optional<Long> id(Map<String, List<String>> params) {
        try {
            return Optional.of(Long.parseLong(params.getOrDefault("geonameId", List.of("")).get(0)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A toponym the way GeoNames writes it: coordinates as strings, "00" for no admin1. */
    private static ObjectNode toponym(Place p, boolean full) {
        ObjectNode t = JSON.createObjectNode();
        t.put("adminCode1", p.admin1().isEmpty() ? "00" : p.admin1());
        t.put("lng", Double.toString(p.longitude()));
        t.put("geonameId", p.geonameid());
        t.put("toponymName", p.name());
        if (!p.countryCode().isEmpty()) {
            t.put("countryId", "0");
            t.put("countryCode", p.countryCode());
        }
        t.put("fcl", p.featureClass());
        t.put("population", p.population());
        t.put("name", p.name());
        t.put("fclName", p.featureClass().equals("P") ? "city, village,..." : "country, state, region,...");
        t.put("fcodeName", p.featureCode());
        t.put("lat", Double.toString(p.latitude()));
        t.put("fcode", p.featureCode());
        if (full) {
            t.put("asciiName", Names.normalize(p.name()));
            ArrayNode alternates = t.putArray("alternateNames");
            alternates.addObject().put("name", p.name()).put("lang", "en");
            t.putObject("timezone").put("gmtOffset", 1).put("timeZoneId", "Europe/Paris").put("dstOffset", 2);
            t.put("score", 42.5);
        }
        return t;
    }

    private static String status(int value, String message) {
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("status").put("message", message).put("value", value);
        return answer.toString();
    }

    private static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        params.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return params;
    }

    private static void send(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", code == 200 ? "application/json;charset=UTF-8" : "text/html");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "fake GeoNames at " + baseUrl() + " (" + received.stream().map(Received::endpoint)
                .collect(Collectors.joining(", ")) + ")";
    }
}
