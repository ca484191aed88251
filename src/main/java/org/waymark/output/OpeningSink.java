package org.waymark.output;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.waymark.Background;
import org.waymark.ParsedDocument;

/**
 * A sink opened on a thread of its own while the caller goes on: documents are parsed meanwhile, and the first call
 * that needs the sink waits for it. Opening a GeoPackage (SQLite, the GeoPackage tables, the styles) takes a third
 * of a second on a cold JVM, which the first documents, slow themselves while the code is still interpreted, can
 * share instead of wait for. A failure to open is thrown, as it was thrown, by the first call that needs the sink;
 * whatever ends the run, {@link #abort()} and {@link #close()} first wait for the opening, so that nothing it made is
 * left behind.
 */
public final class OpeningSink implements DocumentSink {
    private final CompletableFuture<DocumentSink> opening;

    private OpeningSink(CompletableFuture<DocumentSink> opening) {
        this.opening = opening;
    }

    /** Starts {@code open} on a thread named {@code threadName} and returns at once. */
    public static DocumentSink start(String threadName, Supplier<? extends DocumentSink> open) {
        Objects.requireNonNull(open, "open");
        return new OpeningSink(Background.start(threadName, open::get));
    }

    @Override
    public Outcome write(ParsedDocument parsed) {
        return sink().write(parsed);
    }

    /** Waits for the opening; a sink that could not be opened has nothing to discard. */
    @Override
    public void abort() {
        DocumentSink sink = opening.exceptionally(failure -> null).join();
        if (sink != null) {
            sink.abort();
        }
    }

    @Override
    public void close() {
        sink().close();
    }

    @Override
    public String target() {
        return sink().target();
    }

    /** The sink, once open; a failure to open it is thrown as it was thrown while opening. */
    private DocumentSink sink() {
        return Background.join(opening);
    }
}
