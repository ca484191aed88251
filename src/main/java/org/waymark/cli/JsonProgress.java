package org.waymark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import org.waymark.text.Document;

/**
 * {@code map --progress json}: one JSON object a line on stderr, for programs that run Waymark (the QGIS plugin).
 * Other lines on stderr (input problems, notices, the summary, an error) stay plain text, so a reader tells them
 * apart by the leading <code>{</code>:
 * <pre>
 * {"event":"start","total":7}
 * {"event":"document","done":1,"total":7,"fraction":0.14,"doc":"aid-convoys-sudan","source":"sample-data/…"}
 * {"event":"done","documents":7,"skipped":0,"mentions":120,"resolved":110,"movements":20,"output":"/…/out.gpkg"}
 * </pre>
 * {@code total} is null when the input count is unknown (a JSONL corpus); {@code fraction} (0..1, or null) is then
 * the share of the input bytes read.
 */
final class JsonProgress implements Progress {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream err;
    private final OptionalLong total;
    private final DoubleSupplier fraction;
    private final AtomicLong done = new AtomicLong();

    JsonProgress(PrintStream err, OptionalLong total, DoubleSupplier fraction) {
        this.err = err;
        this.total = total;
        this.fraction = fraction;
        ObjectNode start = event("start");
        putTotal(start);
        print(start);
    }

    @Override
    public void advance(Document written) {
        ObjectNode line = event("document");
        long n = done.incrementAndGet();
        line.put("done", n);
        putTotal(line);
        double share = total.isPresent() && total.getAsLong() > 0 ? Math.min(1.0, (double) n / total.getAsLong())
                : fraction.getAsDouble();
        if (Double.isNaN(share)) {
            line.putNull("fraction");
        } else {
            line.put("fraction", Math.round(share * 10000) / 10000.0);
        }
        line.put("doc", written.id());
        line.put("source", written.source());
        print(line);
    }

    /** The closing line: what the run wrote. */
    void done(String output, long documents, long skipped, long mentions, long resolved, long movements) {
        ObjectNode line = event("done");
        line.put("documents", documents);
        line.put("skipped", skipped);
        line.put("mentions", mentions);
        line.put("resolved", resolved);
        line.put("movements", movements);
        line.put("output", output);
        print(line);
    }

    @Override
    public void message(String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public void close() {
        err.flush();
    }

    private static ObjectNode event(String name) {
        return JSON.createObjectNode().put("event", name);
    }

    private void putTotal(ObjectNode line) {
        if (total.isPresent()) {
            line.put("total", total.getAsLong());
        } else {
            line.putNull("total");
        }
    }

    private void print(ObjectNode line) {
        message(line.toString());
    }
}
