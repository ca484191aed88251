package org.waymark.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one run of the job is asked to do.
 *
 * @param inputs     files or folders of documents, local paths or Hadoop file system URIs
 * @param output     the folder of the Parquet layers, or null when only {@code postgis} is written
 * @param postgis    a {@code postgresql://USER@HOST:PORT/DB?schema=NAME} URL, or null
 * @param overwrite  replace an existing output folder (and the Waymark tables of the PostGIS schema)
 * @param append     add to the PostGIS schema's documents (the Parquet folder is always written anew)
 * @param partitions how many tasks parse the documents; 0 chooses
 * @param quiet      no progress lines
 */
record JobOptions(List<String> inputs, String output, String postgis, boolean overwrite, boolean append,
                  int partitions, boolean quiet) implements Serializable {

    JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give at least one --input");
        }
        if (output == null && postgis == null) {
            throw new IllegalArgumentException("give --output DIR (Parquet layers), --to URL (PostGIS), or both");
        }
        if (overwrite && append) {
            throw new IllegalArgumentException("--overwrite and --append exclude each other");
        }
        if (append && postgis == null) {
            throw new IllegalArgumentException("--append goes with --to URL");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions takes a number from 1 up (or 0: chosen), not "
                    + partitions);
        }
    }

    /** Options for tests and other callers: Parquet only. */
    static JobOptions parquet(List<String> inputs, String output) {
        return new JobOptions(inputs, output, null, false, false, 0, true);
    }
}
