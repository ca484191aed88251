package org.waymark.gazetteer.geonames;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;

/**
 * GeoNames' JSON toponym, as {@code searchJSON}, {@code getJSON} and {@code hierarchyJSON} return it, mapped to
 * {@link Place}. The service writes {@code lat} and {@code lng} as strings, {@code population} as a number, and
 * leaves out {@code countryCode} and {@code adminCode1} for continents, oceans and the Earth.
 */
final class GeoNamesJson {

    private GeoNamesJson() {
    }

    /** The entries of a {@code {"geonames":[…]}} answer that map to places; malformed entries are skipped. */
    static List<Place> places(JsonNode answer) {
        List<Place> places = new ArrayList<>();
        for (JsonNode toponym : answer.path("geonames")) {
            place(toponym).ifPresent(places::add);
        }
        return places;
    }

    /** Like {@link #places(JsonNode)}, keeping only toponyms with a name equal to {@code normalizedName}. */
    static List<Place> placesNamed(JsonNode answer, String normalizedName) {
        List<Place> places = new ArrayList<>();
        for (JsonNode toponym : answer.path("geonames")) {
            if (isNamed(toponym, normalizedName)) {
                place(toponym).ifPresent(places::add);
            }
        }
        return places;
    }

    /** One toponym; empty when it lacks an id or coordinates. */
    static Optional<Place> place(JsonNode toponym) {
        long id = toponym.path("geonameId").asLong(0);
        Optional<Double> lat = coordinate(toponym.path("lat"));
        Optional<Double> lng = coordinate(toponym.path("lng"));
        if (id <= 0 || lat.isEmpty() || lng.isEmpty()
                || Math.abs(lat.get()) > 90 || Math.abs(lng.get()) > 180) {
            return Optional.empty();
        }
        String name = text(toponym, "name");
        if (name.isEmpty()) {
            name = text(toponym, "toponymName");
        }
        String admin1 = text(toponym, "adminCode1");
        if (admin1.equals("00")) {
            admin1 = ""; // GeoNames' "no admin1", as Place spells it
        }
        return Optional.of(new Place(id, name, lat.get(), lng.get(), text(toponym, "fcl"), text(toponym, "fcode"),
                text(toponym, "countryCode"), admin1, Math.max(0, toponym.path("population").asLong(0))));
    }

    /**
     * True when {@code normalizedName} is the toponym's name, toponym name, ASCII name or one of its alternate
     * names ({@code style=FULL}), compared after {@link Names#normalize(String)}.
     */
    private static boolean isNamed(JsonNode toponym, String normalizedName) {
        Stream<String> names = Stream.of(text(toponym, "name"), text(toponym, "toponymName"),
                text(toponym, "asciiName"));
        List<String> alternates = new ArrayList<>();
        for (JsonNode alternate : toponym.path("alternateNames")) {
            alternates.add(alternate.path("name").asText(""));
        }
        return Stream.concat(names, alternates.stream())
                .anyMatch(n -> !n.isEmpty() && Names.normalize(n).equals(normalizedName));
    }

    private static Optional<Double> coordinate(JsonNode node) {
        if (node.isNumber()) {
            return Optional.of(node.asDouble());
        }
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(node.asText().strip());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode toponym, String field) {
        JsonNode node = toponym.path(field);
        return node.isValueNode() && !node.isNull() ? node.asText().strip() : "";
    }
}
