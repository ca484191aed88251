package org.waymark.output;

/** An output (a GeoPackage file, a PostGIS database) could not be written, or is not one Waymark may write to. */
public class OutputException extends RuntimeException {

    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
