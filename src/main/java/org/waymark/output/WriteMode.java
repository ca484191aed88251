package org.waymark.output;

/** What {@link GeoPackageWriter#open} does with an output file that may already exist. */
public enum WriteMode {
    /** Write a new file; refuse if it already exists. */
    CREATE,
    /** Write a new file, replacing an existing one once the new one is complete. */
    OVERWRITE,
    /**
     * Add documents to an existing Waymark GeoPackage (or start one if there is none). Documents already there
     * with the same id and text are skipped; a document whose id is there with a different text is kept out, or
     * replaces the earlier one where {@link GeoPackageWriter.Options#replaceChanged()} says so.
     */
    APPEND
}
