package org.waymark.gazetteer.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.gazetteer.geonames.TinyGazetteer.CALIFORNIA;
import static org.waymark.gazetteer.geonames.TinyGazetteer.FRANCE;
import static org.waymark.gazetteer.geonames.TinyGazetteer.GEORGIA_COUNTRY;
import static org.waymark.gazetteer.geonames.TinyGazetteer.GEORGIA_US_STATE;
import static org.waymark.gazetteer.geonames.TinyGazetteer.LIBYA;
import static org.waymark.gazetteer.geonames.TinyGazetteer.LYON;
import static org.waymark.gazetteer.geonames.TinyGazetteer.NICE_FR;
import static org.waymark.gazetteer.geonames.TinyGazetteer.NICE_US;
import static org.waymark.gazetteer.geonames.TinyGazetteer.SYRIA;
import static org.waymark.gazetteer.geonames.TinyGazetteer.UNITED_STATES;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.gazetteer.Lookup;
import org.waymark.gazetteer.Place;
import org.waymark.gazetteer.geonames.FakeGeoNamesServer.Failure;

class GeoNamesWebGazetteerTest {

    private static final String USER = "waymark_test";
    private static final String WS = GeoNamesWebGazetteer.SOURCE_NAME;
    private static final String EMBEDDED = "embedded";

    @TempDir
    Path cacheDir;

    private final TinyGazetteer service = TinyGazetteer.service();
    /** What the fallback knows: less than the service, plus Lyon, which the service lacks. */
    private final TinyGazetteer embedded = TinyGazetteer.of(EMBEDDED, NICE_FR, FRANCE, SYRIA, LYON);
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final List<GeoNamesWebGazetteer> opened = new ArrayList<>();
    private FakeGeoNamesServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeGeoNamesServer(service, service::sharingAWord, USER);
    }

    @AfterEach
    void stop() {
        opened.forEach(GeoNamesWebGazetteer::close);
        server.close();
    }

    private GeoNamesWebGazetteer.Builder builder() {
        return GeoNamesWebGazetteer.builder(USER, embedded)
                .baseUrl(server.baseUrl())
                .cacheDirectory(cacheDir)
                .timeouts(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .retries(3, Duration.ofMillis(10))
                .notices(notices::add);
    }

    /** Short enough for the TIMEOUT failure, which answers after 3 s; long enough for a loaded machine. */
    private GeoNamesWebGazetteer.Builder impatientBuilder() {
        server.timeoutSleep(3_000);
        return builder().timeouts(Duration.ofSeconds(1), Duration.ofMillis(700));
    }

    private GeoNamesWebGazetteer open(GeoNamesWebGazetteer.Builder builder) {
        GeoNamesWebGazetteer gazetteer = builder.build();
        opened.add(gazetteer);
        return gazetteer;
    }

    private GeoNamesWebGazetteer open() {
        return open(builder());
    }

    private static Set<Long> ids(List<Place> places) {
        return places.stream().map(Place::geonameid).collect(Collectors.toSet());
    }

    private Place servicePlace(long id) {
        return service.byId(id).orElseThrow();
    }

    @Test
    void searchAnswersAreMappedToPlaces() {
        GeoNamesWebGazetteer gazetteer = open();

        Lookup nice = gazetteer.lookup("Nice");

        assertEquals(WS, nice.source());
        assertEquals(Set.of(servicePlace(NICE_FR), servicePlace(NICE_US)), Set.copyOf(nice.places()));
        Place france = nice.places().stream().filter(p -> p.geonameid() == NICE_FR).findFirst().orElseThrow();
        assertEquals("Nice", france.name());
        assertTrue(france.latitude() > 43.6 && france.latitude() < 43.8, "lat " + france.latitude());
        assertTrue(france.longitude() > 7.2 && france.longitude() < 7.3, "lng " + france.longitude());
        assertEquals("P", france.featureClass());
        assertEquals("PPLA2", france.featureCode());
        assertEquals("FR", france.countryCode());
        assertEquals("93", france.admin1());
        assertTrue(france.population() > 300_000, "population " + france.population());

        Lookup georgia = gazetteer.lookup("georgia");
        assertEquals(Set.of(GEORGIA_COUNTRY, GEORGIA_US_STATE), ids(georgia.places()));
        Place country = georgia.places().stream().filter(Place::isCountry).findFirst().orElseThrow();
        assertEquals("", country.admin1(), "GeoNames' \"00\" is Place's \"\"");
        assertEquals("GE", country.countryCode());

        FakeGeoNamesServer.Received search = server.received().get(0);
        assertEquals("searchJSON", search.endpoint());
        assertEquals("nice", search.param("name_equals"), "names are asked normalized");
        assertEquals("true", search.param("isNameRequired"));
        assertEquals("FULL", search.param("style"));
        assertEquals("20", search.param("maxRows"));
        assertEquals(List.of("A", "H", "L", "P", "T"), search.params().get("featureClass"));
        assertEquals(USER, search.param("username"));
        assertEquals(2, server.requests());
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void placesByIdAndContainmentComeFromGetAndHierarchy() {
        GeoNamesWebGazetteer gazetteer = open();

        assertEquals(servicePlace(NICE_US), gazetteer.byId(NICE_US).orElseThrow());
        Lookup hierarchy = gazetteer.hierarchy(NICE_US);
        assertEquals(WS, hierarchy.source());
        assertEquals(List.of(servicePlace(UNITED_STATES), servicePlace(CALIFORNIA), servicePlace(NICE_US)),
                hierarchy.places());
        assertTrue(gazetteer.byId(999_999_999L).isEmpty(), "status 11: no such record");
        assertEquals(2, server.requests("getJSON"));
        assertEquals(1, server.requests("hierarchyJSON"));

        // "record does not exist" is an answer: not asked again
        assertTrue(gazetteer.byId(999_999_999L).isEmpty());
        assertEquals(3, server.requests());
    }

    @Test
    void withoutTheServiceIdsAndContainmentComeFromTheFallback() {
        server.failAlways(Failure.STATUS_19);
        GeoNamesWebGazetteer gazetteer = open();

        Lookup hierarchy = gazetteer.hierarchy(NICE_FR);

        assertEquals(EMBEDDED, hierarchy.source());
        // the embedded gazetteer has France and Nice but not Provence-Alpes-Côte d'Azur
        assertEquals(List.of(embedded.byId(FRANCE).orElseThrow(), embedded.byId(NICE_FR).orElseThrow()),
                hierarchy.places());
        assertEquals(embedded.byId(NICE_FR), gazetteer.byId(NICE_FR));
        assertTrue(gazetteer.byId(NICE_US).isEmpty(), "the fallback does not know Nice, California");
        assertEquals(1, server.requests());
    }

    @Test
    void answersOlderThanTheMaximumAgeAreAskedAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
        GeoNamesWebGazetteer gazetteer = open(builder().cacheMaxAge(Duration.ofDays(30)).clock(clock));
        gazetteer.candidates("Nice");
        clock.advance(Duration.ofDays(29));
        gazetteer.candidates("Nice");
        assertEquals(1, server.requests());

        clock.advance(Duration.ofDays(2));
        assertEquals(WS, gazetteer.lookup("Nice").source());

        assertEquals(2, server.requests());
    }

    @Test
    void recognitionAndReferenceTablesAreTheFallbacks() {
        GeoNamesWebGazetteer gazetteer = open();

        assertTrue(gazetteer.isName("lyon"), "the fallback knows Lyon");
        assertFalse(gazetteer.isName("libya"), "the fallback does not know Libya");
        assertEquals(embedded.maxNameTokens(), gazetteer.maxNameTokens());
        assertEquals("SY", gazetteer.demonymCountry("syrian").orElseThrow());
        assertEquals(FRANCE, gazetteer.country("FR").orElseThrow().geonameid());
        assertEquals(WS, gazetteer.sourceName());
        assertEquals(0, server.requests(), "none of these costs a credit");
    }

    @Test
    void secondRunWithTheSameCacheSendsNoRequest() {
        List<Lookup> first;
        try (GeoNamesWebGazetteer run1 = builder().build()) {
            first = List.of(run1.lookup("Nice"), run1.lookup("Syria"),
                    run1.lookup("Libya"), run1.lookup("Georgia"),
                    run1.lookup("Atlantis"), run1.hierarchy(NICE_FR));
            assertTrue(run1.byId(LIBYA).isPresent());
        }
        int sent = server.requests();
        assertEquals(7, sent);

        // another instance, even for another user of the same machine: the answers do not depend on the user
        GeoNamesWebGazetteer run2 = open(GeoNamesWebGazetteer.builder("someone_else", embedded)
                .baseUrl(server.baseUrl()).cacheDirectory(cacheDir).notices(notices::add));
        List<Lookup> second = List.of(run2.lookup("Nice"), run2.lookup("Syria"),
                run2.lookup("Libya"), run2.lookup("Georgia"),
                run2.lookup("Atlantis"), run2.hierarchy(NICE_FR));

        assertEquals(first, second);
        assertEquals(servicePlace(LIBYA), run2.byId(LIBYA).orElseThrow());
        assertEquals(sent, server.requests(), "the second run must not ask");
        assertEquals(0, run2.requestsSent());
        assertTrue(first.get(4).places().isEmpty(), "Atlantis is nowhere");
        assertEquals(WS, first.get(4).source(), "no place is the service's answer");
    }

    @Test
    void whenTheServiceKnowsNoneTheFallbackMayStillKnowTheName() {
        GeoNamesWebGazetteer gazetteer = open();

        Lookup lyon = gazetteer.lookup("Lyon");

        assertEquals(EMBEDDED, lyon.source());
        assertEquals(Set.of(LYON), ids(lyon.places()));
        assertEquals(1, server.requests());
    }

    @Test
    void demonymsAreTheFallbacksAndCostNothing() {
        GeoNamesWebGazetteer gazetteer = open();

        Lookup syrian = gazetteer.countryOfDemonym("syrian");
        Lookup nobody = gazetteer.countryOfDemonym("atlantean");

        assertEquals(EMBEDDED, syrian.source(), "the fallback's demonym table and country entry answered");
        assertEquals(Set.of(SYRIA), ids(syrian.places()));
        assertTrue(nobody.places().isEmpty());
        assertEquals(0, server.requests());
    }

    @Test
    void refusedAccountStopsTheServiceForTheRun() {
        GeoNamesWebGazetteer gazetteer = open(GeoNamesWebGazetteer.builder("nobody", embedded)
                .baseUrl(server.baseUrl()).cacheDirectory(cacheDir).retries(3, Duration.ofMillis(10))
                .notices(notices::add));

        Lookup nice = gazetteer.lookup("Nice");
        Lookup syria = gazetteer.lookup("Syria");
        Lookup libya = gazetteer.lookup("Libya");

        assertEquals(EMBEDDED, nice.source());
        assertEquals(Set.of(NICE_FR), ids(nice.places()), "the embedded gazetteer knows only Nice, France");
        assertEquals(EMBEDDED, syria.source());
        assertEquals(EMBEDDED, libya.source());
        assertTrue(libya.places().isEmpty());
        assertEquals(1, server.requests(), "a refused account is not retried nor asked again");
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("user does not exist") && notices.get(0).contains("manageaccount")
                && notices.get(0).contains("embedded"), notices.get(0));
        assertTrue(gazetteer.stoppedBecause().isPresent());
    }

    @ParameterizedTest
    @EnumSource(value = Failure.class, names = {"STATUS_10", "STATUS_18", "STATUS_19", "STATUS_20"})
    void authorizationAndCreditLimitStatusesStopTheService(Failure failure) {
        server.failAlways(failure);
        GeoNamesWebGazetteer gazetteer = open();

        Lookup nice = gazetteer.lookup("Nice");
        Lookup syria = gazetteer.lookup("Syria");
        gazetteer.byId(NICE_FR);

        assertEquals(EMBEDDED, nice.source());
        assertEquals(Set.of(NICE_FR), ids(nice.places()));
        assertEquals(EMBEDDED, syria.source());
        assertEquals(1, server.requests(), server.received() + " " + notices);
        assertEquals(1, notices.size(), notices.toString());
        String expected = switch (failure) {
            case STATUS_10 -> "refused the account";
            case STATUS_18 -> "daily credit limit";
            case STATUS_19 -> "hourly credit limit";
            default -> "weekly credit limit";
        };
        assertTrue(notices.get(0).contains(expected) && notices.get(0).contains(failure.message.strip()),
                notices.get(0));
    }

    @ParameterizedTest
    @EnumSource(value = Failure.class, names = {"STATUS_22", "HTTP_500", "TIMEOUT", "MALFORMED_JSON"})
    void transientFailuresAreRetriedThenFallBackForThatName(Failure failure) {
        server.failAlways(failure);
        GeoNamesWebGazetteer gazetteer = open(impatientBuilder().maxConsecutiveFailures(5));

        long start = System.nanoTime();
        Lookup nice = gazetteer.lookup("Nice");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(EMBEDDED, nice.source());
        assertEquals(Set.of(NICE_FR), ids(nice.places()));
        assertEquals(3, server.requests(), "three attempts");
        // 3 read timeouts of 700 ms and backoffs of 10 + 20 ms at worst
        assertTrue(millis < 5_000, "took " + millis + " ms");
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("after 3 attempts") && notices.get(0).contains("name_equals=nice"),
                notices.get(0));
        assertTrue(gazetteer.stoppedBecause().isEmpty(), "one failed name does not stop the service");

        // the failure was not cached: once the server recovers, the name is asked again and answered
        server.failAlways(null);
        Lookup again = gazetteer.lookup("Nice");
        assertEquals(WS, again.source());
        assertEquals(Set.of(NICE_FR, NICE_US), ids(again.places()));
        assertEquals(4, server.requests());
    }

    @ParameterizedTest
    @EnumSource(value = Failure.class, names = {"STATUS_22", "HTTP_500", "TIMEOUT", "MALFORMED_JSON"})
    void aTransientFailureIsOvercomeByTheRetry(Failure failure) {
        server.failNext(failure);
        GeoNamesWebGazetteer gazetteer = open(impatientBuilder());

        Lookup nice = gazetteer.lookup("Nice");

        assertEquals(WS, nice.source());
        assertEquals(Set.of(NICE_FR, NICE_US), ids(nice.places()));
        assertEquals(2, server.requests());
        assertTrue(notices.isEmpty(), notices.toString());
    }

    @Test
    void anInvalidParameterIsNeitherRetriedNorCached() {
        server.failNext(Failure.STATUS_14);
        GeoNamesWebGazetteer gazetteer = open();

        assertEquals(EMBEDDED, gazetteer.lookup("Nice").source());
        assertEquals(1, server.requests());
        assertTrue(notices.get(0).contains("rejected") && notices.get(0).contains("status 14"), notices.toString());

        assertEquals(WS, gazetteer.lookup("Nice").source());
        assertEquals(2, server.requests());
    }

    @Test
    void lookupsFailingInARowStopTheService() {
        server.failAlways(Failure.HTTP_500);
        GeoNamesWebGazetteer gazetteer = open(builder().maxConsecutiveFailures(2));

        gazetteer.candidates("Nice");
        gazetteer.candidates("Syria");
        int afterTwo = server.requests();
        Lookup libya = gazetteer.lookup("Libya");

        assertEquals(6, afterTwo);
        assertEquals(afterTwo, server.requests(), "a failing service is not asked again");
        assertEquals(EMBEDDED, libya.source());
        assertEquals(1, notices.size(), "the fallback is said once: " + notices);
        assertEquals(Optional.of("2 lookups in a row failed, the service looks unavailable"),
                gazetteer.stoppedBecause(), "and why the service was given up is in the summary");
    }

    @Test
    void anUnreachableServiceFallsBack() throws IOException {
        int closedPort = ClosedPort.number();
        GeoNamesWebGazetteer gazetteer = open(builder().baseUrl("http://127.0.0.1:" + closedPort + "/"));

        Lookup nice = gazetteer.lookup("Nice");

        assertEquals(EMBEDDED, nice.source());
        assertEquals(Set.of(NICE_FR), ids(nice.places()));
        assertEquals(List.of("no answer from GeoNames for searchJSON?featureClass=A&featureClass=H&featureClass=L"
                + "&featureClass=P&featureClass=T&isNameRequired=true&maxRows=20&name_equals=nice&style=FULL after 3 "
                + "attempts (last: connection refused by 127.0.0.1:" + closedPort + "); using the embedded gazetteer "
                + "where GeoNames cannot answer"), notices);
        assertEquals(0, gazetteer.requestsSent(), "a refused connection spends no credit");
        assertEquals(0, creditsInTheLedger(), "nor does the next run think so");
    }

    @Test
    void anUnknownHostIsNamedAndSpendsNoCredit() {
        GeoNamesWebGazetteer gazetteer = open(builder().baseUrl("http://no-such-host.invalid/"));

        assertEquals(EMBEDDED, gazetteer.lookup("Nice").source());
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).endsWith(" after 3 attempts (last: unknown host no-such-host.invalid); using the "
                + "embedded gazetteer where GeoNames cannot answer"), notices.get(0));
        assertEquals(0, gazetteer.requestsSent());
        assertEquals(0, creditsInTheLedger());
    }

    private int creditsInTheLedger() {
        try (GeoNamesCache cache = GeoNamesCache.open(cacheDir)) {
            return cache.creditsSpentAfter(Instant.now().minus(Duration.ofDays(1)));
        }
    }

    @Test
    void theBudgetStopsAskingAtItsLimitAndSaysSoOnce() {
        GeoNamesWebGazetteer gazetteer = open(builder().creditBudget(2, 100));

        assertEquals(WS, gazetteer.lookup("Nice").source());
        assertEquals(WS, gazetteer.lookup("Georgia").source());
        Lookup syria = gazetteer.lookup("Syria");
        Lookup libya = gazetteer.lookup("Libya");

        assertEquals(2, server.requests());
        assertEquals(EMBEDDED, syria.source());
        assertEquals(Set.of(SYRIA), ids(syria.places()));
        assertEquals(EMBEDDED, libya.source());
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("2 credits in the last hour"), notices.get(0));
        // cached answers are still the service's
        assertEquals(WS, gazetteer.lookup("Nice").source());
        assertEquals(2, server.requests());
    }

    @Test
    void theBudgetIsSharedWithTheNextRunAndSlidesWithTime() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
        try (GeoNamesWebGazetteer run1 = builder().creditBudget(2, 3).clock(clock).build()) {
            run1.candidates("Nice");
            run1.candidates("Syria");
        }
        clock.advance(Duration.ofMinutes(30));
        GeoNamesWebGazetteer run2 = open(builder().creditBudget(2, 3).clock(clock));
        assertEquals(EMBEDDED, run2.lookup("Libya").source(), "the first run spent the hour");
        assertEquals(2, server.requests());

        clock.advance(Duration.ofMinutes(31));
        assertEquals(WS, run2.lookup("Libya").source(), "an hour later credits are free again");
        assertEquals(3, server.requests());

        clock.advance(Duration.ofHours(2));
        assertEquals(EMBEDDED, run2.lookup("Georgia").source(), "3 credits a day");
        assertEquals(3, server.requests());
        assertEquals(List.of("the GeoNames budget of 2 credits in the last hour is spent; not asking the service "
                + "until credits free up, using the embedded gazetteer meanwhile"), notices, "said once in the run");

        clock.advance(Duration.ofHours(22));
        assertEquals(WS, run2.lookup("Georgia").source(), "a day later");
        assertEquals(4, server.requests());
    }

    @Test
    void concurrentLookupsOfOneNameSendOneRequest() throws Exception {
        server.delay(300);
        GeoNamesWebGazetteer gazetteer = open();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Lookup>> lookups = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                lookups.add(pool.submit(() -> {
                    start.await();
                    return gazetteer.lookup("Nice");
                }));
            }
            start.countDown();
            for (Future<Lookup> lookup : lookups) {
                Lookup l = lookup.get();
                assertEquals(WS, l.source());
                assertEquals(Set.of(NICE_FR, NICE_US), ids(l.places()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, server.requests());
    }

    @Test
    void clearForgetsTheAnswers() {
        GeoNamesWebGazetteer gazetteer = open();
        gazetteer.candidates("Nice");
        gazetteer.candidates("Nice");
        assertEquals(1, server.requests());

        gazetteer.clear();
        gazetteer.candidates("Nice");

        assertEquals(2, server.requests());
    }

    @Test
    void fullTextSearchKeepsOnlyPlacesOfThatName() {
        GeoNamesWebGazetteer gazetteer = open(builder().nameMatch(GeoNamesWebGazetteer.NameMatch.FULL_TEXT));

        Lookup georgia = gazetteer.lookup("Georgia");

        assertEquals("georgia", server.received().get(0).param("q"));
        // the fake's full text also finds "South Georgia and the South Sandwich Islands"
        assertEquals(Set.of(GEORGIA_COUNTRY, GEORGIA_US_STATE), ids(georgia.places()));
        assertEquals(WS, georgia.source());
    }

    @Test
    void spellingsOfOneNameAreOneRequest() {
        GeoNamesWebGazetteer gazetteer = open();

        Lookup plain = gazetteer.lookup("United States");
        Lookup shouted = gazetteer.lookup("UNITED  STATES");
        Lookup hyphenated = gazetteer.lookup("United-States");

        assertEquals(1, server.requests(), server.received().toString());
        assertEquals("united states", server.received().get(0).param("name_equals"));
        assertEquals(new Lookup(List.of(servicePlace(UNITED_STATES)), WS), plain);
        assertEquals(plain, shouted);
        assertEquals(plain, hyphenated);
    }

    @Test
    void blankNamesCostNothing() {
        GeoNamesWebGazetteer gazetteer = open();

        assertTrue(gazetteer.candidates(null).isEmpty());
        assertTrue(gazetteer.candidates("  \t").isEmpty());
        assertEquals(0, server.requests());
    }

    @Test
    void badSettingsAreRefusedWithAClearMessage() {
        IllegalArgumentException noUser = assertThrows(IllegalArgumentException.class,
                () -> GeoNamesWebGazetteer.builder(" ", embedded));
        assertTrue(noUser.getMessage().contains("username"), noUser.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder().baseUrl("ftp://api.geonames.org/"));
        assertThrows(IllegalArgumentException.class, () -> builder().baseUrl("api.geonames.org"));
        assertThrows(IllegalArgumentException.class, () -> builder().maxRows(0));
        assertThrows(IllegalArgumentException.class, () -> builder().maxRows(1001));
        assertThrows(IllegalArgumentException.class, () -> builder().featureClasses("X"));
        assertThrows(IllegalArgumentException.class, () -> builder().countries("FRA"));
        assertThrows(IllegalArgumentException.class, () -> builder().creditBudget(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> builder().timeouts(Duration.ZERO, Duration.ofSeconds(1)));
    }

    @Test
    void aPremiumServerPathIsKept() {
        GeoNamesWebGazetteer.Builder b = builder().baseUrl(server.baseUrl() + "premium");
        GeoNamesWebGazetteer gazetteer = open(b);

        gazetteer.candidates("Nice");

        // the fake serves only the root, so the request reached /premium/searchJSON and got a 404
        assertEquals("premium/searchJSON", server.received().get(0).endpoint());
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
