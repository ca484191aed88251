package org.waymark.gazetteer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GeoNames download server on 127.0.0.1 for tests: serves files under {@code /dump/} with Range support (206 and
 * Content-Range, 416 past the end), 404 for the others, records every request, and misbehaves once on demand.
 */
public final class DumpServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    /** What the server does with the next request for a file. */
    public enum Mode { NORMAL, CUT_OFF, IGNORE_RANGE }

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    /** Starts serving {@code files} (name to bytes) on a free port. */
    public DumpServer(Map<String, byte[]> files) throws IOException {
        this.files.putAll(files);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dump/", this::answer);
        server.start();
    }

    /** The folder URL the files are served under. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dump/");
    }

    /** The files served, to change or remove. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** Misbehaves on the next request for {@code name}. */
    public void once(String name, Mode mode) {
        modes.put(name, mode);
    }

    /** Requests so far: the file's name, and the Range header after a space when there was one. */
    public List<String> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/dump/".length());
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(name + (range == null ? "" : " " + range));
        byte[] body = files.get(name);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        Mode mode = modes.getOrDefault(name, Mode.NORMAL);
        modes.remove(name);
        Matcher m = RANGE.matcher(range == null ? "" : range);
        int from = m.matches() && mode != Mode.IGNORE_RANGE ? Integer.parseInt(m.group(1)) : 0;
        if (from >= body.length) {
            exchange.getResponseHeaders().add("Content-Range", "bytes */" + body.length);
            exchange.sendResponseHeaders(416, -1);
            exchange.close();
            return;
        }
        if (from > 0) {
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - from);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        OutputStream out = exchange.getResponseBody();
        if (mode == Mode.CUT_OFF) {
            out.write(body, 0, body.length / 2);
            out.flush();
            // fewer bytes than announced: close() fails ("insufficient bytes written to stream"), and the failure,
            // passed on to the server, makes it drop the connection
            out.close();
            return;
        }
        out.write(body, from, body.length - from);
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
