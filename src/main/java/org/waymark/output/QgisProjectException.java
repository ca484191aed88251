package org.waymark.output;

/** A QGIS project could not be written: bad input (not a Waymark GeoPackage, bad output path) or an I/O failure. */
public class QgisProjectException extends RuntimeException {

    public QgisProjectException(String message) {
        super(message);
    }

    public QgisProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
