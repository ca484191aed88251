package org.waymark.output;

import java.util.Objects;
import java.util.function.Consumer;
import org.waymark.ParsedDocument;

/**
 * Where parsed documents go: the Waymark layers ({@link Layer}) in a GeoPackage file ({@link GeoPackageWriter}) or a
 * PostGIS schema ({@link PostGisWriter}). A document is identified by its id and the SHA-256 of its text: one already
 * there with the same text is not written again, one there with another text is kept out unless
 * {@link Options#replaceChanged()}. The summed layers {@code places} and {@code flows} follow the documents.
 */
public interface DocumentSink extends AutoCloseable {

    /** What {@link #write} did with a document. */
    enum Outcome {
        /** A new document: written. */
        ADDED,
        /** The same id and text are already there: nothing written. */
        UNCHANGED,
        /** The id was there with another text, which this one replaced ({@link Options#replaceChanged()}). */
        REPLACED,
        /** The id is there with another text, which was kept: this one was not written. */
        CHANGED_KEPT;

        /** Whether the document's rows were written. */
        public boolean written() {
            return this == ADDED || this == REPLACED;
        }
    }

    /**
     * How a sink treats a document whose id is already there with another text, and who hears that it waits for
     * another writer.
     */
    record Options(boolean replaceChanged, Consumer<String> notices) {
        /** Changed documents kept out; no notices. */
        public static final Options DEFAULT = new Options(false, line -> { });

        public Options {
            Objects.requireNonNull(notices, "notices");
        }
    }

    /**
     * Writes one document with its mentions and movements, unless its id is there already (see {@link Outcome}).
     *
     * @throws IllegalArgumentException when a movement belongs to another document
     * @throws OutputException          when the rows cannot be written; the sink is then failed
     */
    Outcome write(ParsedDocument parsed);

    /** Gives up: what was not yet made final is discarded. Close does nothing after. */
    void abort();

    /** Completes the output; after a failure or {@link #abort()} only releases it. */
    @Override
    void close();

    /** The output, for messages: a path, or a URL without password. */
    String target();
}
