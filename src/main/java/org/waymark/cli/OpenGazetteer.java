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
        String stopped = web.stoppedBecause().map(why -> "; stopped asking: " + why).orElse("");
        return Optional.of(String.format("%s: %,d requests sent (about as many credits), %,d answers cached%s",
                GeoNamesWebGazetteer.SOURCE_NAME, web.requestsSent(), web.cachedAnswers(), stopped));
    }

    @Override
    public void close() {
        if (web != null) {
            web.close();
        }
    }
}
