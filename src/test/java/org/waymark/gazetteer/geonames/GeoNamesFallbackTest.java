package org.waymark.gazetteer.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.GeoParser;
import org.waymark.ParallelParser;
import org.waymark.ParsedDocument;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.geonames.FakeGeoNamesServer.Failure;
import org.waymark.nlp.NlpPipelines;
import org.waymark.resolve.Mention;
import org.waymark.text.Document;

/**
 * A run whose GeoNames web service fails, as the real one does (refused connection, the documented JSON statuses,
 * HTTP errors), on two threads: every place the offline gazetteer resolves is still resolved (a small Libyan coastal
 * town included), the fallback is told once, and a refused connection spends no credit.
 */
class GeoNamesFallbackTest {
    private static final String USER = "demo";
    private static final List<Document> DOCUMENTS = List.of(
            Document.of("a", "Boats left Zuwara for Lampedusa on Friday, the coast guard in Tripoli said."),
            Document.of("b", "Fishermen in Zuwara said 40 migrants had set off towards Malta at night."),
            Document.of("c", "Families fled from Sirte to Misrata, and some went on to Zuwara and Tunisia."),
            Document.of("d", "Aid from Tunis reached Benghazi and Zuwara by Tuesday."),
            Document.of("e", "Buses took families from Herat to Mashhad in Iran on Sunday."),
            Document.of("f", "Refugees crossed from Aleppo into Gaziantep, Turkish officials said."));

    static Gazetteer embedded;
    static Set<String> offline;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void mapOffline() {
        embedded = GeoNamesIndex.embedded();
        offline = resolved(new GeoParser(NlpPipelines.shared(), embedded));
        assertTrue(offline.stream().anyMatch(m -> m.startsWith("a Zuwara=")), "the offline gazetteer knows Zuwara: "
                + offline);
    }

    /** doc surface=geonameid of every resolved mention, parsed on two threads as a run does. */
    private static Set<String> resolved(GeoParser parser) {
        List<ParsedDocument> parsed = new CopyOnWriteArrayList<>();
        ParallelParser.run(DOCUMENTS.iterator(), parser::parse, 2, parsed::add);
        return parsed.stream().flatMap(p -> p.mentions().stream().filter(Mention::isResolved)
                        .map(m -> p.document().id() + " " + m.toponym().surface() + "=" + m.place().geonameid()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private GeoNamesWebGazetteer.Builder builder(String url, List<String> notices) {
        return GeoNamesWebGazetteer.builder(USER, embedded).baseUrl(url).cacheDirectory(cacheDir)
                .timeouts(Duration.ofSeconds(1), Duration.ofSeconds(3)).retries(3, Duration.ofMillis(10))
                .notices(notices::add);
    }

    @Test
    void aRefusedConnectionSpendsNoCreditAndLosesNoPlace() throws IOException {
        int closedPort = ClosedPort.number();
        List<String> notices = new CopyOnWriteArrayList<>();
        try (GeoNamesWebGazetteer web = builder("http://127.0.0.1:" + closedPort + "/", notices).build()) {
            assertEquals(offline, resolved(new GeoParser(NlpPipelines.shared(), web)));
            assertEquals(0, web.requestsSent(), "no request reached a service");
        }
        try (GeoNamesCache cache = GeoNamesCache.open(cacheDir)) {
            assertEquals(0, cache.creditsSpentAfter(Instant.now().minus(Duration.ofHours(1))), "no credit spent");
        }
        assertEquals(1, notices.size(), "said once: " + notices);
    }

    @ParameterizedTest
    @EnumSource(value = Failure.class, names = {"STATUS_10", "STATUS_18", "STATUS_19", "HTTP_500", "MALFORMED_JSON"})
    void aFailingServiceLosesNoPlaceAndSaysSoOnce(Failure failure) throws IOException {
        List<String> notices = new CopyOnWriteArrayList<>();
        try (FakeGeoNamesServer server = new FakeGeoNamesServer(embedded, name -> List.of(), USER)) {
            server.failAlways(failure);
            try (GeoNamesWebGazetteer web = builder(server.baseUrl(), notices).build()) {
                assertEquals(offline, resolved(new GeoParser(NlpPipelines.shared(), web)));
            }
        }
        assertEquals(1, notices.size(), "said once: " + notices);
        List<String> lines = new ArrayList<>(notices);
        assertEquals(Set.copyOf(lines).size(), lines.size(), "no line twice");
    }
}
