package org.waymark.gazetteer.geonames;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Lookup;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;

/**
 * The GeoNames web service as a gazetteer, for users with a GeoNames account: candidates come from
 * {@code searchJSON}, places by id from {@code getJSON}, containment from {@code hierarchyJSON}. Every answer is
 * kept in a {@link GeoNamesCache}, so a second run over the same input sends no request.
 *
 * <p>Whenever the service cannot answer (account refused, credit limit reached on either side, server failing
 * after a few retries, answer malformed) the {@code fallback} gazetteer answers instead, and the first reason is
 * said once in the run through the notice sink (stderr by default), however many lookups and threads meet it
 * ({@link FallbackNotice}). {@link #lookup(String)} tells which source answered.
 * Nothing is thrown from lookups.
 *
 * <p>Recognition stays with the fallback: {@link #isName}, {@link #maxNameTokens}, {@link #demonymCountry} and
 * {@link #similar} (names a letter or two away, "Zuwara" for "Zuwarah") are the fallback's, and so are {@link #country} and {@link #admin1}, which every GeoNames-built gazetteer holds
 * complete (countryInfo.txt, admin1CodesASCII.txt); asking the service for them would spend credits on the same
 * answer. {@link #countryOfDemonym} therefore names the fallback as its source.
 *
 * <p>Thread-safe. {@link #close()} closes the cache.
 */
public final class GeoNamesWebGazetteer implements Gazetteer, AutoCloseable {

    /** {@link #sourceName()}. */
    public static final String SOURCE_NAME = "geonames-ws";

    /** The free service; premium accounts have their own servers. */
    public static final URI DEFAULT_BASE_URL = URI.create("http://api.geonames.org/");

    /** Default credits a run may spend in any hour and any day: 10% under the free account's 1,000 and 10,000. */
    public static final int DEFAULT_CREDITS_PER_HOUR = 900;
    public static final int DEFAULT_CREDITS_PER_DAY = 9_000;

    /** How {@code searchJSON} is asked for a name. */
    public enum NameMatch {
        /** {@code name_equals}: GeoNames' exact name match. */
        EQUALS,
        /**
         * {@code q} (full text, {@code isNameRequired=true}), keeping only toponyms one of whose names equals the
         * asked name after {@link Names#normalize(String)}: finds "Deir ez-Zor" for "Deir Ez Zor".
         */
        FULL_TEXT
    }

    private final Gazetteer fallback;
    private final GeoNamesCache cache;
    private final GeoNamesClient client;
    private final FallbackNotice notices;
    private final NameMatch nameMatch;
    private final int maxRows;
    private final List<String> featureClasses;
    private final List<String> countries;

    private GeoNamesWebGazetteer(Builder b, GeoNamesCache cache) {
        this.fallback = b.fallback;
        this.cache = cache;
        this.notices = new FallbackNotice(b.notices);
        this.nameMatch = b.nameMatch;
        this.maxRows = b.maxRows;
        this.featureClasses = List.copyOf(b.featureClasses);
        this.countries = List.copyOf(b.countries);
        CreditBudget budget = new CreditBudget(b.creditsPerHour, b.creditsPerDay, b.clock,
                cache.creditsSpentSince(b.clock.instant().minus(CreditBudget.DAY)));
        this.client = new GeoNamesClient(new GeoNamesClient.Settings(b.baseUrl, b.username, b.connectTimeout,
                b.readTimeout, b.maxAttempts, b.initialBackoff, b.maxConsecutiveFailures, b.cacheMaxAge, b.clock),
                cache, budget, b.notices, notices, fallback.sourceName());
    }

    /**
     * Starts a gazetteer for {@code username} (a GeoNames account with the free web services enabled), falling
     * back to {@code fallback} (normally the embedded gazetteer).
     */
    public static Builder builder(String username, Gazetteer fallback) {
        return new Builder(username, fallback);
    }

    @Override
    public List<Place> candidates(String name) {
        return lookup(name).places();
    }

    /**
     * Candidates for {@code name} and which gazetteer found them: {@link #SOURCE_NAME}, or the fallback's source
     * name when the service could not answer, or knew no place of that name while the fallback did (the two may
     * spell a name differently).
     *
     * <p>The service is asked for the name after {@link Names#normalize(String)}, as the {@link Gazetteer}
     * contract matches names: "Ar-Raqqah", "ar Raqqah" and "AR RAQQAH" are one request and one credit, and the
     * recognizer, which asks with the text's spelling, sees what the resolver, which asks normalized, sees.
     */
    @Override
    public Lookup lookup(String name) {
        String query = name == null ? "" : Names.normalize(name);
        if (query.isEmpty()) {
            return new Lookup(List.of(), SOURCE_NAME);
        }
        try {
            Optional<JsonNode> answer = client.fetch(searchRequest(query));
            if (answer.isEmpty()) {
                return fallbackCandidates(query);
            }
            List<Place> places = nameMatch == NameMatch.EQUALS
                    ? GeoNamesJson.places(answer.get())
                    : GeoNamesJson.placesNamed(answer.get(), query);
            if (!places.isEmpty()) {
                return new Lookup(places, SOURCE_NAME);
            }
            Lookup fromFallback = fallbackCandidates(query);
            return fromFallback.places().isEmpty() ? new Lookup(List.of(), SOURCE_NAME) : fromFallback;
        } catch (RuntimeException e) {
            notices.fellBack("lookup of \"" + query + "\" failed (" + e + "); using the " + fallback.sourceName()
                    + " gazetteer where GeoNames cannot answer");
            return fallbackCandidates(query);
        }
    }

    /** The place with this GeoNames id, from {@code getJSON}; the fallback's when the service cannot answer. */
    @Override
    public Optional<Place> byId(long geonameid) {
        try {
            Optional<JsonNode> answer = client.fetch(GeoNamesRequest.of("getJSON", "geonameId", Long.toString(geonameid)));
            if (answer.isPresent()) {
                return GeoNamesJson.place(answer.get());
            }
        } catch (RuntimeException e) {
            notices.fellBack("lookup of id " + geonameid + " failed (" + e + "); using the " + fallback.sourceName()
                    + " gazetteer where GeoNames cannot answer");
        }
        return guarded(() -> fallback.byId(geonameid), Optional.empty());
    }

    /**
     * The places that contain the place with this id, outermost first and ending with the place itself
     * (Earth, continent, country, admin1, …), from {@code hierarchyJSON}. When the service cannot answer, the
     * fallback's country, admin1 and the place, as far as it knows them. Empty when the id is unknown.
     */
    public Lookup hierarchy(long geonameid) {
        try {
            Optional<JsonNode> answer = client.fetch(
                    GeoNamesRequest.of("hierarchyJSON", "geonameId", Long.toString(geonameid)));
            if (answer.isPresent()) {
                return new Lookup(GeoNamesJson.places(answer.get()), SOURCE_NAME);
            }
        } catch (RuntimeException e) {
            notices.fellBack("hierarchy of id " + geonameid + " failed (" + e + "); using the "
                    + fallback.sourceName() + " gazetteer where GeoNames cannot answer");
        }
        return guarded(() -> fallbackHierarchy(geonameid), new Lookup(List.of(), fallback.sourceName()));
    }

    @Override
    public boolean isName(String normalizedName) {
        return fallback.isName(normalizedName);
    }

    /** The fallback's: the service has no search for names a letter or two away, and it would cost credits. */
    @Override
    public Lookup similar(String name) {
        return guarded(() -> fallback.similar(name), new Lookup(List.of(), fallback.sourceName()));
    }

    @Override
    public int maxNameTokens() {
        return fallback.maxNameTokens();
    }

    @Override
    public Optional<Place> country(String countryCode) {
        return fallback.country(countryCode);
    }

    @Override
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        return fallback.admin1(countryCode, admin1Code);
    }

    @Override
    public long populationEstimate(Place p) {
        return fallback.populationEstimate(p);
    }

    @Override
    public Optional<String> demonymCountry(String normalizedWord) {
        return fallback.demonymCountry(normalizedWord);
    }

    @Override
    public Lookup countryOfDemonym(String normalizedWord) {
        return guarded(() -> fallback.countryOfDemonym(normalizedWord), new Lookup(List.of(), fallback.sourceName()));
    }

    @Override
    public String sourceName() {
        return SOURCE_NAME;
    }

    /** Forgets every cached answer (what {@code waymark cache clear} does); returns how many. */
    public int clear() {
        return cache.clear();
    }

    /** Answers now in the cache, this run's and earlier runs'. */
    public int cachedAnswers() {
        return cache.size();
    }

    /**
     * Requests of this instance that reached the service, retries included: the credits it spent. A refused
     * connection or an unknown host spends none.
     */
    public int requestsSent() {
        return client.requestsSent();
    }

    /** Requests the fallback gazetteer answered because the service could not. */
    public int fellBack() {
        return notices.requests();
    }

    /** Why the service is no longer asked in this run, if it is not (refused account, limit, outage). */
    public Optional<String> stoppedBecause() {
        return client.stoppedBecause();
    }

    @Override
    public void close() {
        cache.close();
    }

    private GeoNamesRequest searchRequest(String query) {
        GeoNamesRequest request = GeoNamesRequest.of("searchJSON",
                nameMatch == NameMatch.EQUALS ? "name_equals" : "q", query,
                "isNameRequired", "true",
                "style", "FULL",
                "maxRows", Integer.toString(maxRows));
        for (String featureClass : featureClasses) {
            request = request.with("featureClass", featureClass);
        }
        for (String country : countries) {
            request = request.with("country", country);
        }
        return request;
    }

    private Lookup fallbackCandidates(String query) {
        return guarded(() -> new Lookup(fallback.candidates(query), fallback.sourceName()),
                new Lookup(List.of(), fallback.sourceName()));
    }

    private Lookup fallbackHierarchy(long geonameid) {
        Optional<Place> place = fallback.byId(geonameid);
        if (place.isEmpty()) {
            return new Lookup(List.of(), fallback.sourceName());
        }
        Map<Long, Place> chain = new LinkedHashMap<>();
        Place p = place.get();
        if (!p.countryCode().isEmpty()) {
            fallback.country(p.countryCode()).ifPresent(c -> chain.put(c.geonameid(), c));
            if (!p.admin1().isEmpty()) {
                fallback.admin1(p.countryCode(), p.admin1()).ifPresent(a -> chain.put(a.geonameid(), a));
            }
        }
        chain.put(p.geonameid(), p);
        return new Lookup(new ArrayList<>(chain.values()), fallback.sourceName());
    }

    /** The fallback is another engineer's code: a failure there still must not escape a lookup. */
    private <T> T guarded(Supplier<T> fallbackCall, T whenItFails) {
        try {
            return fallbackCall.get();
        } catch (RuntimeException e) {
            notices.fellBack("the " + fallback.sourceName() + " gazetteer failed too (" + e + ")");
            return whenItFails;
        }
    }

    /** Settings of a {@link GeoNamesWebGazetteer}; every one has a default fit for the free service. */
    public static final class Builder {
        private static final Pattern FEATURE_CLASS = Pattern.compile("[AHLPRSTUV]");
        private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

        private final String username;
        private final Gazetteer fallback;
        private URI baseUrl = DEFAULT_BASE_URL;
        private Path cacheDirectory = GeoNamesCache.defaultDirectory();
        private int creditsPerHour = DEFAULT_CREDITS_PER_HOUR;
        private int creditsPerDay = DEFAULT_CREDITS_PER_DAY;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private int maxConsecutiveFailures = 3;
        private Duration cacheMaxAge;
        private NameMatch nameMatch = NameMatch.EQUALS;
        private int maxRows = 20;
        private List<String> featureClasses = List.of("A", "H", "L", "P", "T");
        private List<String> countries = List.of();
        private Consumer<String> notices = message -> System.err.println("waymark: geonames-ws: " + message);
        private Clock clock = Clock.systemUTC();

        private Builder(String username, Gazetteer fallback) {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("the GeoNames web service needs a username: register for free "
                        + "at https://www.geonames.org/login, then enable the free web services on "
                        + "https://www.geonames.org/manageaccount");
            }
            this.username = username.strip();
            this.fallback = Objects.requireNonNull(fallback, "fallback gazetteer");
        }

        /** The service root, default {@code http://api.geonames.org/}; premium accounts use their own server. */
        public Builder baseUrl(String url) {
            URI uri;
            try {
                uri = new URI(url.strip());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalArgumentException("not a GeoNames service URL: " + url);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null) {
                throw new IllegalArgumentException("not a GeoNames service URL (want http(s)://host/path/): " + url);
            }
            // endpoints are resolved against it, so it must end in "/"
            this.baseUrl = uri.getPath().endsWith("/") ? uri : URI.create(uri + "/");
            return this;
        }

        /** Where answers are kept between runs, default {@link GeoNamesCache#defaultDirectory()}. */
        public Builder cacheDirectory(Path directory) {
            this.cacheDirectory = Objects.requireNonNull(directory, "cache directory");
            return this;
        }

        /**
         * Credits this client may spend in any hour and any day, default 900 and 9,000: 10% under the free
         * account's 1,000 and 10,000, for other programs of the same account. Premium accounts may raise them.
         */
        public Builder creditBudget(int perHour, int perDay) {
            if (perHour < 0 || perDay < 0) {
                throw new IllegalArgumentException("credit budgets must not be negative: " + perHour + "/hour, "
                        + perDay + "/day");
            }
            this.creditsPerHour = perHour;
            this.creditsPerDay = perDay;
            return this;
        }

        /** Connection and answer timeouts, default 5 s and 10 s. */
        public Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = positive(connect, "connect timeout");
            this.readTimeout = positive(read, "read timeout");
            return this;
        }

        /**
         * Attempts per request on transient failures (HTTP 5xx, timeouts, malformed answers, server overloaded),
         * default 3, waiting {@code initialBackoff} (default 1 s) before the second and twice as long before each
         * next one.
         */
        public Builder retries(int maxAttempts, Duration initialBackoff) {
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new IllegalArgumentException("attempts must be between 1 and 10: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            this.initialBackoff = Objects.requireNonNull(initialBackoff, "initial backoff");
            if (initialBackoff.isNegative()) {
                throw new IllegalArgumentException("backoff must not be negative: " + initialBackoff);
            }
            return this;
        }

        /** After this many lookups in a row fail (default 3), the service is not asked again in the run. */
        public Builder maxConsecutiveFailures(int lookups) {
            if (lookups < 1) {
                throw new IllegalArgumentException("consecutive failures must be at least 1: " + lookups);
            }
            this.maxConsecutiveFailures = lookups;
            return this;
        }

        /** Cached answers older than this are asked again; by default they are kept for good. */
        public Builder cacheMaxAge(Duration maxAge) {
            this.cacheMaxAge = positive(maxAge, "cache max age");
            return this;
        }

        /** How names are searched, default {@link NameMatch#EQUALS}. */
        public Builder nameMatch(NameMatch match) {
            this.nameMatch = Objects.requireNonNull(match, "name match");
            return this;
        }

        /** Candidates asked per name, default 20 (GeoNames allows up to 1,000; a request costs 1 credit anyway). */
        public Builder maxRows(int rows) {
            if (rows < 1 || rows > 1000) {
                throw new IllegalArgumentException("maxRows must be between 1 and 1000: " + rows);
            }
            this.maxRows = rows;
            return this;
        }

        /**
         * GeoNames feature classes searched, default A, H, L, P, T (countries and admin areas, waters, regions,
         * populated places, mountains); empty for all.
         */
        public Builder featureClasses(String... classes) {
            this.featureClasses = codes(classes, FEATURE_CLASS, "not a GeoNames feature class (A H L P R S T U V)");
            return this;
        }

        /** Restricts searches to these ISO 3166 alpha-2 countries; default all. */
        public Builder countries(String... codes) {
            this.countries = codes(codes, COUNTRY, "not an ISO 3166 alpha-2 country code");
            return this;
        }

        /** Where fallbacks and their reasons are told, default stderr. */
        public Builder notices(Consumer<String> sink) {
            this.notices = Objects.requireNonNull(sink, "notice sink");
            return this;
        }

        /** For tests of the credit windows. */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Opens the cache and returns the gazetteer; no request is sent yet.
         *
         * @throws java.io.UncheckedIOException when the cache directory cannot be created or opened
         */
        public GeoNamesWebGazetteer build() {
            GeoNamesCache cache = GeoNamesCache.open(cacheDirectory);
            try {
                return new GeoNamesWebGazetteer(this, cache);
            } catch (RuntimeException e) {
                cache.close();
                throw e;
            }
        }

        /** The codes stripped and in capitals, each checked against {@code pattern}. */
        private static List<String> codes(String[] codes, Pattern pattern, String notOne) {
            List<String> checked = new ArrayList<>();
            for (String c : codes) {
                String upper = c.strip().toUpperCase(Locale.ROOT);
                if (!pattern.matcher(upper).matches()) {
                    throw new IllegalArgumentException(notOne + ": " + c);
                }
                checked.add(upper);
            }
            return checked;
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + d);
            }
            return d;
        }
    }
}
