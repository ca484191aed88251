package org.waymark.gazetteer.geonames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A port of 127.0.0.1 that nothing listens on: a connection to it is refused, as to a service that is down. */
public final class ClosedPort {

    private ClosedPort() {
    }

    /** A port that was free a moment ago. */
    public static int number() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
