package org.waymark.publish;

/**
 * Publishing failed. The message is one line meant for the person at the terminal: what went wrong and,
 * where it is clear, what to change (URL, credentials, workspace name, file).
 */
public final class PublishException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    PublishException(String message) {
        this(message, 0, null);
    }

    PublishException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    PublishException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status GeoServer answered with, or 0 when the failure was not an HTTP answer. */
    public int httpStatus() {
        return httpStatus;
    }
}
