package org.waymark.output;

/** The GeoPackage could not be written, or the output file is not one Waymark may write to. */
public class GeoPackageWriteException extends OutputException {

    public GeoPackageWriteException(String message) {
        super(message);
    }

    public GeoPackageWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
