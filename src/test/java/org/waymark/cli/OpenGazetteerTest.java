package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.geonames.ClosedPort;
import org.waymark.gazetteer.geonames.GeoNamesWebGazetteer;

/** The closing summary of the web service, word for word, after a run that could not reach it. */
class OpenGazetteerTest {

    @TempDir
    Path cache;

    @Test
    void theSummarySaysNoCreditWasSpentAndWhatFellBack() throws IOException {
        int closedPort = ClosedPort.number();
        List<String> notices = new CopyOnWriteArrayList<>();
        GeoNamesIndex local = GeoNamesIndex.embedded();
        GeoNamesWebGazetteer web = GeoNamesWebGazetteer.builder("demo", local)
                .baseUrl("http://127.0.0.1:" + closedPort + "/").cacheDirectory(cache)
                .retries(1, Duration.ZERO).maxConsecutiveFailures(2).notices(notices::add).build();
        try (OpenGazetteer gazetteer = new OpenGazetteer(local, web)) {
            for (String name : List.of("Tripoli", "Benghazi", "Misrata", "Sirte")) {
                gazetteer.gazetteer().lookup(name);
            }
            assertEquals(Optional.of("geonames-ws: 0 credits spent (requests that reached the service), 0 answers "
                    + "cached, 4 requests answered by the embedded gazetteer instead; stopped asking: 2 lookups in a "
                    + "row failed, the service looks unavailable"), gazetteer.webSummary());
        }
        assertEquals(1, notices.size(), notices.toString());
    }
}
