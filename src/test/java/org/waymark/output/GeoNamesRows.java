package org.waymark.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.waymark.gazetteer.Place;

/** Real GeoNames entries for the tests, read from the shared dumps (countries from country_points.tsv). */
final class GeoNamesRows {

    private final Map<Long, Place> places = new HashMap<>();

    private GeoNamesRows() {
    }

    static GeoNamesRows load(Set<Long> cityIds, Set<String> countryCodes) {
        String shared = System.getProperty("waymark.shared", "../shared");
        Path geonames = Path.of(shared, "data", "geonames");
        GeoNamesRows rows = new GeoNamesRows();
        try (BufferedReader in = Files.newBufferedReader(geonames.resolve("cities500.txt"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                long id = Long.parseLong(line.substring(0, line.indexOf('\t')));
                if (cityIds.contains(id)) {
                    rows.places.put(id, city(line));
                }
            }
            try (BufferedReader countries = Files.newBufferedReader(geonames.resolve("country_points.tsv"),
                    StandardCharsets.UTF_8)) {
                countries.readLine();
                for (String line = countries.readLine(); line != null; line = countries.readLine()) {
                    String[] f = line.split("\t", -1);
                    if (countryCodes.contains(f[0])) {
                        long id = Long.parseLong(f[3]);
                        rows.places.put(id, new Place(id, f[2], Double.parseDouble(f[10]),
                                Double.parseDouble(f[11]), "A", f[12], f[0], "00", Long.parseLong(f[6])));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The tests need the shared GeoNames dumps under " + geonames, e);
        }
        return rows;
    }

    /** The first {@code n} populated places of cities500.txt, in file order. */
    static java.util.List<Place> firstCities(int n) {
        Path file = Path.of(System.getProperty("waymark.shared", "../shared"), "data", "geonames", "cities500.txt");
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(n).map(GeoNamesRows::city).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The tests need the shared GeoNames dump " + file, e);
        }
    }

    /** A line of a GeoNames dump: geonameid, name, …, latitude (4), longitude (5), class, code, country, …. */
    private static Place city(String line) {
        String[] f = line.split("\t", -1);
        return new Place(Long.parseLong(f[0]), f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7],
                f[8], f[10], f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
    }

    Place byName(String name) {
        return places.values().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not in the shared GeoNames files"));
    }
}
