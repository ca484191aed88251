package org.waymark.gazetteer.geonames;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one line a run says when it falls back from the GeoNames web service to the offline gazetteer: the first
 * reason, whatever comes after it (the same outage seen by every lookup and thread, a limit reached after retries
 * failed). Later reasons are not said again; the requests that fell back are counted for the closing summary, which
 * also says why the service was given up for the run, if it was. Thread-safe.
 */
final class FallbackNotice {
    private final Consumer<String> notices;
    private final AtomicBoolean said = new AtomicBoolean();
    private final AtomicInteger requests = new AtomicInteger();

    FallbackNotice(Consumer<String> notices) {
        this.notices = notices;
    }

    /** A request the offline gazetteer answers instead, and why: said if it is the run's first. */
    void fellBack(String message) {
        requests.incrementAndGet();
        if (said.compareAndSet(false, true)) {
            notices.accept(message);
        }
    }

    /** Requests the offline gazetteer answered instead of the service. */
    int requests() {
        return requests.get();
    }
}
