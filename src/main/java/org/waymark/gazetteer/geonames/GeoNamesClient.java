package org.waymark.gazetteer.geonames;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Sends GeoNames requests as sparingly as it can: from the cache first, one request for concurrent askers of the
 * same thing, within the credit budget, with bounded retries, and not at all once the service has said no for
 * this run. Every failure ends in an empty answer, on which the gazetteer falls back; nothing is thrown.
 */
final class GeoNamesClient {

    /** What an answer from GeoNames means for us. */
    private enum Outcome {
        /** An answer (possibly "no such place"): cache it. */
        ANSWER,
        /** Worth asking again after a pause: HTTP 5xx/429, timeouts, malformed bodies, statuses 12, 13, 22. */
        TRANSIENT,
        /**
         * The request never reached the service (connection refused, unknown host, no connection within the
         * timeout): no credit spent; asked again after a pause, as a transient failure is.
         */
        UNREACHED,
        /** This request will not succeed (invalid parameter, …): fall back for it, do not retry. */
        REJECTED,
        /** The account cannot be used for the rest of the run: statuses 10, 18, 19, 20. */
        STOP
    }

    private record Attempt(Outcome outcome, String body, JsonNode json, String problem) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final HttpClient http;
    private final GeoNamesCache cache;
    private final CreditBudget budget;
    private final Consumer<String> notices;
    private final String fallbackName;

    private final ConcurrentHashMap<String, CompletableFuture<Optional<JsonNode>>> inFlight = new ConcurrentHashMap<>();
    private final Set<String> saidOnce = ConcurrentHashMap.newKeySet();
    private final FallbackNotice fallback;
    private final AtomicReference<String> stoppedBecause = new AtomicReference<>();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicInteger requestsSent = new AtomicInteger();

    /** Tunables, checked by the builder of {@link GeoNamesWebGazetteer}. */
    record Settings(URI baseUrl, String username, Duration connectTimeout, Duration readTimeout, int maxAttempts,
                    Duration initialBackoff, int maxConsecutiveFailures, Duration cacheMaxAge, Clock clock) {
    }

    GeoNamesClient(Settings settings, GeoNamesCache cache, CreditBudget budget, Consumer<String> notices,
                   FallbackNotice fallback, String fallbackName) {
        this.settings = settings;
        this.cache = cache;
        this.budget = budget;
        this.notices = notices;
        this.fallbackName = fallbackName;
        this.fallback = fallback;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Requests that reached the service: the credits spent (refused connections spend none). */
    int requestsSent() {
        return requestsSent.get();
    }


    /**
     * The answer to {@code request}, parsed; empty when the service cannot answer now and the caller should fall
     * back. "No such place" is an answer (a status 11/15 body, or an empty list), not an empty optional.
     */
    Optional<JsonNode> fetch(GeoNamesRequest request) {
        String key = request.cacheKey();
        CompletableFuture<Optional<JsonNode>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<JsonNode>> theirs = inFlight.putIfAbsent(key, mine);
        if (theirs != null) {
            // Someone is already asking the same: wait for that answer instead of spending a second credit.
            return theirs.join();
        }
        Optional<JsonNode> answer = Optional.empty();
        try {
            answer = fetchAlone(request, key);
        } catch (RuntimeException e) {
            fallback.fellBack("unexpected failure for " + request + " (" + e + "); using the " + fallbackName
                    + " gazetteer where GeoNames cannot answer");
        } finally {
            // the answer is in the cache before the key leaves inFlight, so a late asker finds it there
            inFlight.remove(key, mine);
            mine.complete(answer);
        }
        return answer;
    }

    private Optional<JsonNode> fetchAlone(GeoNamesRequest request, String key) {
        Optional<JsonNode> cached = cached(key);
        if (cached.isPresent()) {
            return cached;
        }
        String stopped = stoppedBecause.get();
        if (stopped != null) {
            fallback.fellBack(stopped + stoppedTail());
            return cached;
        }
        String problem = "";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1 && !pause(attempt)) {
                return Optional.empty();
            }
            if (!reserveCredit()) {
                return Optional.empty();
            }
            Attempt result = send(request);
            if (result.outcome() == Outcome.UNREACHED) {
                budget.refund();
            } else {
                spent();
            }
            switch (result.outcome()) {
                case ANSWER -> {
                    consecutiveFailures.set(0);
                    store(key, result.body());
                    return Optional.of(result.json());
                }
                case STOP -> {
                    stoppedBecause.compareAndSet(null, result.problem());
                    fallback.fellBack(result.problem() + stoppedTail());
                    return Optional.empty();
                }
                case REJECTED -> {
                    fallback.fellBack("GeoNames rejected " + request + ": " + result.problem() + "; using the "
                            + fallbackName + " gazetteer where GeoNames cannot answer");
                    return Optional.empty();
                }
                case TRANSIENT, UNREACHED -> problem = result.problem();
            }
        }
        fallback.fellBack("no answer from GeoNames for " + request + " after " + settings.maxAttempts()
                + " attempts (last: " + problem + "); using the " + fallbackName + " gazetteer where GeoNames cannot "
                + "answer");
        if (consecutiveFailures.incrementAndGet() >= settings.maxConsecutiveFailures()) {
            // said in the summary: this lookup's fallback was told (or one before it)
            stoppedBecause.compareAndSet(null, settings.maxConsecutiveFailures()
                    + " lookups in a row failed, the service looks unavailable");
        }
        return Optional.empty();
    }

    private Optional<JsonNode> cached(String key) {
        Optional<GeoNamesCache.Entry> entry;
        try {
            entry = cache.get(key);
        } catch (UncheckedIOException e) {
            sayOnce("cache-read", e.getMessage() + "; asking the service instead");
            return Optional.empty();
        }
        if (entry.isEmpty() || isStale(entry.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(entry.get().body()));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // a damaged entry: ask again, the answer will replace it
        }
    }

    private boolean isStale(GeoNamesCache.Entry entry) {
        Duration maxAge = settings.cacheMaxAge();
        return maxAge != null && entry.receivedAt().plus(maxAge).isBefore(settings.clock().instant());
    }

    private void store(String key, String body) {
        try {
            cache.put(key, body, settings.clock().instant());
        } catch (UncheckedIOException e) {
            sayOnce("cache-write", e.getMessage() + "; answers of this run will be asked again next time");
        }
    }

    /** Takes a credit from the budget before a request; {@link #spent()} or the budget's refund follows it. */
    private boolean reserveCredit() {
        CreditBudget.Verdict verdict = budget.trySpend();
        if (verdict == CreditBudget.Verdict.GRANTED) {
            return true;
        }
        String window = verdict == CreditBudget.Verdict.HOUR_SPENT
                ? budget.perHour() + " credits in the last hour"
                : budget.perDay() + " credits in the last day";
        fallback.fellBack("the GeoNames budget of " + window + " is spent; not asking the service until credits "
                + "free up, using the " + fallbackName + " gazetteer meanwhile");
        return false;
    }

    /** A request reached the service: one credit spent, in the ledger that the next runs read. */
    private void spent() {
        requestsSent.incrementAndGet();
        try {
            cache.recordCreditSpent(settings.clock().instant());
        } catch (UncheckedIOException e) {
            sayOnce("ledger", e.getMessage() + "; the next run will not know the credits this one spent");
        }
    }

    /** Waits before attempt {@code attempt} (2, 3, …): the initial backoff, doubled each time. */
    private boolean pause(int attempt) {
        long millis = settings.initialBackoff().toMillis() << Math.min(attempt - 2, 16);
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Attempt send(GeoNamesRequest request) {
        URI uri = request.uri(settings.baseUrl(), settings.username());
        HttpRequest httpRequest = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            return new Attempt(Outcome.UNREACHED, null, null, "no connection to " + uri.getHost() + " within "
                    + settings.connectTimeout().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return transient_("timed out (" + e.getMessage() + ")");
        } catch (ConnectException e) {
            return new Attempt(Outcome.UNREACHED, null, null, unknownHost(e)
                    ? "unknown host " + uri.getHost()
                    : "connection refused by " + uri.getHost() + ":" + port(uri));
        } catch (IOException e) {
            return transient_("connection failed (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(Outcome.REJECTED, null, null, "interrupted");
        }
        int code = response.statusCode();
        if (code >= 500 || code == 429) {
            return transient_("HTTP " + code);
        }
        if (code != 200) {
            return new Attempt(Outcome.REJECTED, null, null, "HTTP " + code);
        }
        return judge(request, response.body());
    }

    private static boolean unknownHost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Attempt judge(GeoNamesRequest request, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return transient_("malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (json == null || !json.isObject()) {
            return transient_("malformed JSON (not an object)");
        }
        JsonNode status = json.get("status");
        if (status != null) {
            int value = status.path("value").asInt(-1);
            String problem = "status " + value + " \"" + status.path("message").asText("") + "\"";
            return switch (value) {
                // record does not exist, no result found, postal code not found: a negative answer
                case 11, 15, 17 -> new Attempt(Outcome.ANSWER, body, json, problem);
                // authorization; daily, hourly, weekly credit limits
                case 10, 18, 19, 20 -> new Attempt(Outcome.STOP, null, null, stopReason(value, problem));
                // other error, database timeout, server overloaded
                case 12, 13, 22 -> transient_(problem);
                default -> new Attempt(Outcome.REJECTED, null, null, problem);
            };
        }
        boolean wellFormed = request.endpoint().equals("getJSON")
                ? json.has("geonameId")
                : json.path("geonames").isArray();
        return wellFormed
                ? new Attempt(Outcome.ANSWER, body, json, "")
                : transient_("malformed JSON (no " + (request.endpoint().equals("getJSON") ? "geonameId" : "geonames")
                        + ")");
    }

    private static String stopReason(int value, String problem) {
        return switch (value) {
            case 10 -> "GeoNames refused the account (" + problem + "): check the username and that the free web "
                    + "services are enabled for it on https://www.geonames.org/manageaccount";
            case 18 -> "the account's daily credit limit is exceeded (" + problem + ")";
            case 19 -> "the account's hourly credit limit is exceeded (" + problem + ")";
            default -> "the account's weekly credit limit is exceeded (" + problem + ")";
        };
    }

    private static Attempt transient_(String problem) {
        return new Attempt(Outcome.TRANSIENT, null, null, problem);
    }

    private String stoppedTail() {
        return "; not asking GeoNames again in this run, using the " + fallbackName + " gazetteer (cached answers are "
                + "still used)";
    }

    private void sayOnce(String topic, String message) {
        if (saidOnce.add(topic)) {
            notices.accept(message);
        }
    }

    /** Why the service is no longer asked in this run, if it is not. */
    Optional<String> stoppedBecause() {
        return Optional.ofNullable(stoppedBecause.get());
    }
}
