package org.waymark.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of the parse on the driver's stderr: every few seconds, when it changed, one line with the documents
 * parsed of all, the rate and the time left. The counts come from the executors' accumulators, which reach the
 * driver as tasks end, so they move a task at a time.
 */
final class ProgressLines implements AutoCloseable {
    private static final long EVERY_SECONDS = 10;

    private final ScheduledExecutorService timer;

    private ProgressLines(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static ProgressLines start(JobCounters counters, long total, PrintStream err, boolean quiet) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "waymark-progress");
            t.setDaemon(true);
            return t;
        });
        if (!quiet) {
            long t0 = System.nanoTime();
            long[] last = {-1};
            timer.scheduleAtFixedRate(() -> {
                long done = counters.documents();
                if (done != last[0]) {
                    last[0] = done;
                    err.println(line(done, total, (System.nanoTime() - t0) / 1e9));
                }
            }, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        }
        return new ProgressLines(timer);
    }

    static String line(long done, long total, double seconds) {
        double rate = done / Math.max(seconds, 1e-9);
        String left = done == 0 ? "" : String.format(Locale.ROOT, ", about %.0f s left", (total - done) / rate);
        return String.format(Locale.ROOT, "waymark-spark: %,d of %,d documents parsed (%.0f%%), %.1f documents/s%s",
                done, total, 100.0 * done / Math.max(total, 1), rate, left);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
