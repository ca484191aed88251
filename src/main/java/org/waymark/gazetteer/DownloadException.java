package org.waymark.gazetteer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.SocketTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/** A download that failed, with one line the user can act on (what, and what to do next) as its message. */
public final class DownloadException extends IOException {

    public DownloadException(String message) {
        super(message);
    }

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure to reach {@code uri}'s server: unknown host, connection refused, timed out, or the I/O error. */
    static DownloadException cannotConnect(URI uri, IOException e) {
        String host = uri.getHost();
        String where = uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new DownloadException("cannot connect to " + host + ": unknown host", e);
            }
            if (t instanceof SocketTimeoutException) {
                return new DownloadException("cannot connect to " + where + ": timed out", e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new DownloadException("cannot connect to " + where + ": connection refused", e);
            }
        }
        return new DownloadException("cannot download " + uri + ": " + e.getMessage(), e);
    }

    /** A failure to write {@code file}: permission denied, disk full, or the I/O error. */
    static DownloadException cannotWrite(Path file, IOException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException) {
            return new DownloadException("cannot write " + file + ": permission denied", e);
        }
        if (message.contains("No space left") || message.contains("not enough space")) {
            return new DownloadException("cannot write " + file + ": disk full", e);
        }
        return new DownloadException("cannot write " + file + ": " + message, e);
    }
}
