package org.waymark.publish;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * HTTP plumbing for GeoServer's REST API: basic auth on every request, and every failure turned into a
 * one-line {@link PublishException} that says what to fix.
 */
final class GeoServerRest {

    /** One HTTP answer; {@code body} is decoded as UTF-8, absent headers are empty strings. */
    record Answer(int status, String contentType, String location, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean isJson() {
            return contentType.toLowerCase(Locale.ROOT).contains("json");
        }
    }

    private final URI server;
    private final String user;
    private final String authorization;
    private final HttpClient http;
    private final Duration requestTimeout;

    /**
     * @param server GeoServer's base URL, with its context path and no trailing slash
     *               ({@code http://host:8080/geoserver})
     */
    GeoServerRest(URI server, String user, String password, Duration connectTimeout, Duration requestTimeout) {
        this.server = server;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.requestTimeout = requestTimeout;
        // Redirects are reported, not followed: a redirected PUT/POST silently becomes a GET.
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    URI server() {
        return server;
    }

    /** GET {@code rest/<path>} asking for JSON. */
    Answer get(String path) throws PublishException {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody(), requestTimeout);
    }

    /** A request with a body to {@code rest/<path>} ({@code path} may carry a query string). */
    Answer send(String method, String path, String contentType, BodyPublisher body, Duration timeout)
            throws PublishException {
        URI uri = URI.create(server + "/rest/" + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new PublishException("cannot reach GeoServer at " + hostAndPort()
                    + ": connecting timed out after " + seconds(http.connectTimeout().orElse(timeout)), e);
        } catch (HttpTimeoutException e) {
            throw new PublishException("GeoServer at " + hostAndPort() + " did not answer " + method + " "
                    + uri.getPath() + " within " + seconds(timeout), e);
        } catch (ConnectException e) {
            throw new PublishException(connectProblem(e), e);
        } catch (SSLException e) {
            throw new PublishException("TLS with " + hostAndPort() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PublishException("talking to GeoServer at " + hostAndPort() + " failed during "
                    + method + " " + uri.getPath() + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted during " + method + " " + uri.getPath(), e);
        }
        return new Answer(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    /**
     * The exception for an answer that is not what the step needed. Authentication and authorisation
     * failures get the same message wherever they happen.
     */
    PublishException failure(String method, String path, Answer answer) {
        String request = method + " " + URI.create(server + "/rest/" + path).getPath();
        int status = answer.status();
        String message;
        if (status == 401) {
            message = "GeoServer at " + server + " rejected the credentials of user '" + user
                    + "' (HTTP 401): check --user and --password";
        } else if (status == 403) {
            message = "GeoServer refused " + request + " to user '" + user + "' (HTTP 403"
                    + detail(answer) + "): publishing needs an administrator account";
        } else if (status >= 300 && status < 400) {
            message = "GeoServer at " + server + " redirects " + request + " (HTTP " + status + ") to "
                    + answer.location() + ": give the address it redirects to, without /rest/..., as --url";
        } else {
            message = "GeoServer answered HTTP " + status + " to " + request + detailAfterColon(answer);
        }
        return new PublishException(message, status, null);
    }

    private String connectProblem(ConnectException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof UnknownHostException) {
            return "cannot reach GeoServer: unknown host '" + server.getHost() + "' in --url " + server;
        }
        return "cannot connect to GeoServer at " + hostAndPort() + ": " + describe(e)
                + " (is GeoServer running, and are host and port of --url right?)";
    }

    private String hostAndPort() {
        int port = server.getPort() != -1 ? server.getPort() : "https".equals(server.getScheme()) ? 443 : 80;
        return server.getHost() + ":" + port;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (message == null && e.getCause() != null) {
            message = e.getCause().getMessage();
        }
        if (message == null || message.isBlank()) {
            return e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
        }
        return message.toLowerCase(Locale.ROOT).contains("refused") ? "connection refused" : message;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String detail(Answer answer) {
        String line = firstLine(answer.body());
        return line.isEmpty() ? "" : ", " + line;
    }

    private static String detailAfterColon(Answer answer) {
        String line = firstLine(answer.body());
        return line.isEmpty() ? "" : ": " + line;
    }

    /** First non-blank line of a body, HTML tags removed (servlet containers answer errors in HTML). */
    static String firstLine(String body) {
        String text = body.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ")
                .replaceAll("<[^>]*>", "\n")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                return trimmed.length() > 200 ? trimmed.substring(0, 200) + "…" : trimmed;
            }
        }
        return "";
    }
}
