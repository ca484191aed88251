package org.waymark.gazetteer.geonames;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One call of a GeoNames endpoint. Parameters may repeat ({@code featureClass=A&featureClass=P}); their order
 * does not matter, so {@link #cacheKey()} sorts them. The username is added only to the URI, never to the key:
 * an answer does not depend on who asked.
 *
 * @param endpoint e.g. {@code searchJSON}
 * @param params   name/value pairs, without {@code username}
 */
record GeoNamesRequest(String endpoint, List<Map.Entry<String, String>> params) {

    GeoNamesRequest {
        params = List.copyOf(params);
    }

    static GeoNamesRequest of(String endpoint, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name/value pairs");
        }
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new GeoNamesRequest(endpoint, params);
    }

    GeoNamesRequest with(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(params);
        more.add(Map.entry(name, value));
        return new GeoNamesRequest(endpoint, more);
    }

    /** {@code endpoint?a=1&b=2&b=3}: parameters sorted by name, then value. */
    String cacheKey() {
        return endpoint + "?" + query(params.stream()
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .collect(Collectors.toList()));
    }

    URI uri(URI base, String username) {
        List<Map.Entry<String, String>> all = new ArrayList<>(params);
        all.add(Map.entry("username", username));
        return base.resolve(endpoint + "?" + query(all));
    }

    /** For messages: the key, which holds no username. */
    @Override
    public String toString() {
        return cacheKey();
    }

    private static String query(List<Map.Entry<String, String>> params) {
        return params.stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
