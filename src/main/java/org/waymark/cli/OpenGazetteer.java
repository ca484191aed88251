package org.waymark.cli;

import java.util.Optional;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.geonames.GeoNamesWebGazetteer;

/** The gazetteer a command reads with: the local one, or the GeoNames web service in front of it. */
final class OpenGazetteer implements AutoCloseable {
    private final Gazetteer local;
    private final GeoNamesWebGazetteer web;

    /** @param web null when offline */
    OpenGazetteer(Gazetteer local, GeoNamesWebGazetteer web) {
        this.local = local;
        this.web = web;
    }

    Gazetteer gazetteer() {
        return web != null ? web : local;
    }

    /** What the web service cost this run, for the closing summary; empty when offline. */
    Optional<String> webSummary() {
        if (web == null) {
            return Optional.empty();
        }
        String fellBack = web.fellBack() == 0 ? ""
                : String.format(", %,d requests answered by the %s gazetteer instead", web.fellBack(),
                        local.sourceName());
        String stopped = web.stoppedBecause().map(why -> "; stopped asking: " + why).orElse("");
        return Optional.of(String.format("%s: %,d credits spent (requests that reached the service), %,d answers "
                        + "cached%s%s", GeoNamesWebGazetteer.SOURCE_NAME, web.requestsSent(), web.cachedAnswers(),
                fellBack, stopped));
    }

    @Override
    public void close() {
        if (web != null) {
            web.close();
        }
    }
}
