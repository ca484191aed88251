package org.waymark.output;

/** What a {@link DocumentSink} does with an output that may already hold Waymark layers. */
public enum WriteMode {
    /** Write a new file; refuse if it already exists. */
    CREATE,
    /** Write a new file, replacing an existing one once the new one is complete. */
    OVERWRITE,
    /**
     * Add documents to an existing Waymark GeoPackage (or start one if there is none). Documents already there
     * with the same id and text are skipped; a document whose id is there with a different text is kept out, or
     * replaces the earlier one where {@link DocumentSink.Options#replaceChanged()} says so.
     */
    APPEND
}
