package org.waymark.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches one URL into a {@code .part} file, going on from where an interrupted run stopped: the bytes already held
 * are asked for no more ({@code Range: bytes=N-}); a server that answers 206 sends the rest, one that answers 200
 * sends the whole file again, which then replaces the part. The part is complete when it holds as many bytes as the
 * server announced (Content-Length, or the total of Content-Range); a transfer cut short, or silent for a minute,
 * leaves it for the next run.
 */
final class ResumableDownload {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+|\\*)(?:-\\d+)?/(\\d+)");
    private static final int CONNECT_TIMEOUT_MILLIS = 30_000;
    private static final int READ_TIMEOUT_MILLIS = 60_000;

    private ResumableDownload() {
    }

    /**
     * Completes {@code part} from {@code uri}.
     *
     * @param name the file's name for progress and messages
     * @return the part's size, now the whole file
     */
    static long fetch(URI uri, Path part, String name, DownloadListener listener) throws DownloadException {
        long have = size(part);
        HttpURLConnection connection = connect(uri, have);
        try {
            int status = status(uri, connection);
            Matcher range = CONTENT_RANGE.matcher(String.valueOf(connection.getHeaderField("Content-Range")));
            boolean ranged = range.matches();
            if (status == 416 && have > 0 && ranged && Long.parseLong(range.group(2)) == have) {
                listener.started(name, have, have);
                return have;                    // the part was whole already: only its renaming was missed
            }
            boolean otherRange = status == 206 && (!ranged || range.group(1).equals("*")
                    || Long.parseLong(range.group(1)) != have);
            if (have > 0 && (status == 416 || otherRange)) {
                connection.disconnect();        // a range other than the one asked for: start again
                delete(part);
                return fetch(uri, part, name, listener);
            }
            if (status == 404) {
                throw new DownloadException(uri + ": not found on the server (HTTP 404)");
            }
            if (status != 200 && status != 206 || otherRange) {
                throw new DownloadException(uri + ": the server answered HTTP " + status);
            }
            boolean append = status == 206;
            long total = ranged ? Long.parseLong(range.group(2)) : connection.getContentLengthLong();
            long written = append ? have : 0;
            listener.started(name, total, written);
            written = copy(connection, part, append, written, name, total, listener);
            if (written < total) {
                throw interrupted(name, written, total, null);     // the server closed the connection early
            }
            if (total >= 0 && written != total) {
                delete(part);
                throw new DownloadException(name + ": received " + written + " bytes where the server announced "
                        + total + "; deleted, run the command again to fetch it anew");
            }
            return written;
        } finally {
            connection.disconnect();
        }
    }

    private static HttpURLConnection connect(URI uri, long have) throws DownloadException {
        try {
            URLConnection c = uri.toURL().openConnection();
            if (!(c instanceof HttpURLConnection http)) {
                throw new DownloadException(uri + ": not an http or https URL");
            }
            http.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            http.setReadTimeout(READ_TIMEOUT_MILLIS);
            http.setInstanceFollowRedirects(true);
            http.setRequestProperty("User-Agent", "waymark-gazetteer-download");
            if (have > 0) {
                http.setRequestProperty("Range", "bytes=" + have + "-");
            }
            http.connect();
            return http;
        } catch (IOException | IllegalArgumentException e) {
            throw DownloadException.cannotConnect(uri, e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static int status(URI uri, HttpURLConnection connection) throws DownloadException {
        try {
            return connection.getResponseCode();
        } catch (IOException e) {
            throw DownloadException.cannotConnect(uri, e);
        }
    }

    /** Writes the body to the part; a body cut short keeps what came and says how to go on. */
    private static long copy(HttpURLConnection connection, Path part, boolean append, long written, String name,
                             long total, DownloadListener listener) throws DownloadException {
        long count = written;
        try (InputStream in = connection.getInputStream(); OutputStream out = open(part, append)) {
            byte[] buffer = new byte[1 << 16];
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    out.flush();
                    throw interrupted(name, count, total, e);
                }
                if (n < 0) {
                    return count;
                }
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    throw DownloadException.cannotWrite(part, e);
                }
                count += n;
                listener.transferred(n);
            }
        } catch (DownloadException e) {
            throw e;
        } catch (IOException e) {
            throw DownloadException.cannotWrite(part, e);
        }
    }

    private static DownloadException interrupted(String name, long count, long total, IOException cause) {
        return new DownloadException(name + ": transfer interrupted after " + count + " of "
                + (total < 0 ? "?" : Long.toString(total)) + " bytes; run the command again to resume", cause);
    }

    private static OutputStream open(Path part, boolean append) throws DownloadException {
        try {
            return Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw DownloadException.cannotWrite(part, e);
        }
    }

    private static long size(Path part) throws DownloadException {
        try {
            return Files.isRegularFile(part) ? Files.size(part) : 0;
        } catch (IOException e) {
            throw DownloadException.cannotWrite(part, e);
        }
    }

    static void delete(Path file) throws DownloadException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw DownloadException.cannotWrite(file, e);
        }
    }
}
