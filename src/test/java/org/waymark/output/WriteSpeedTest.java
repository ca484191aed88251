package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.waymark.ParsedDocument;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.Place;
import org.waymark.movement.Movement;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;
import org.waymark.text.Document;

/** Thousands of documents, as a corpus run writes them: rows are batched in transactions, not committed one by one. */
class WriteSpeedTest {

    private static final int DOCUMENTS = 2000;
    private static final int MENTIONS_PER_DOCUMENT = 20;
    private static final String CITIES = "/geonames.org/cities15000.txt";

    @TempDir
    Path dir;

    @Test
    void writesThousandsOfDocumentsQuickly() throws Exception {
        List<Place> cities = firstCities(5000);
        List<ParsedDocument> docs = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            docs.add(document(d, cities));
        }
        Path out = dir.resolve("corpus.gpkg");
        long started = System.nanoTime();
        try (GeoPackageWriter writer = GeoPackageWriter.open(out, WriteMode.CREATE)) {
            for (ParsedDocument doc : docs) {
                writer.add(doc);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("GeoPackageWriter: %d documents, %d mentions, %d movements in %.2f s%n",
                DOCUMENTS, DOCUMENTS * MENTIONS_PER_DOCUMENT, DOCUMENTS * 2, seconds);

        try (SqliteRows db = SqliteRows.open(out)) {
            assertEquals(DOCUMENTS, db.count("documents"));
            assertEquals((long) DOCUMENTS * MENTIONS_PER_DOCUMENT, db.count("mentions"));
            assertEquals(2L * DOCUMENTS, db.count("movements"));
            long mentionsCounted = ((Number) db.value("SELECT sum(mentions) FROM places")).longValue();
            assertEquals((long) DOCUMENTS * MENTIONS_PER_DOCUMENT, mentionsCounted);
            assertEquals(db.count("places"), db.count("rtree_places_geom"));
        }
        // Row-by-row autocommit takes minutes for this; batched in transactions it takes a few seconds.
        assertTrue(seconds < 60, "took " + seconds + " s");
    }

    /** The first {@code n} towns of the GeoNames cities15000.txt that Waymark ships, in file order. */
    private static List<Place> firstCities(int n) throws IOException {
        GeoNamesIndex embedded = GeoNamesIndex.embedded();
        try (InputStream in = Objects.requireNonNull(GeoNamesIndex.class.getResourceAsStream(CITIES), CITIES);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Place> cities = lines.lines().map(l -> Long.parseLong(l.substring(0, l.indexOf('\t'))))
                    .map(embedded::byId).flatMap(Optional::stream).limit(n).toList();
            assertEquals(n, cities.size(), "towns in " + CITIES);
            return cities;
        }
    }

    /** Document d mentions 20 cities, and reports movements between the first three of them. */
    private static ParsedDocument document(int d, List<Place> cities) {
        StringBuilder text = new StringBuilder("Report " + d + ".");
        List<Mention> mentions = new ArrayList<>();
        List<Place> named = new ArrayList<>();
        for (int i = 0; i < MENTIONS_PER_DOCUMENT; i++) {
            Place place = cities.get((d * 7 + i * 13) % cities.size());
            named.add(place);
            String sentence = "People gathered in " + place.name() + ".";
            int start = text.codePointCount(0, text.length()) + 1 + "People gathered in ".length();
            text.append(' ').append(sentence);
            Toponym toponym = new Toponym(start, start + place.name().codePointCount(0, place.name().length()),
                    place.name(), Toponym.Kind.TOPONYM, i + 1);
            mentions.add(new Mention(toponym, place, 0.5 + (i % 5) / 10.0, "embedded", sentence));
        }
        String id = "doc-" + d;
        List<Movement> movements = List.of(move(id, named.get(0), named.get(1)), move(id, named.get(1), named.get(2)));
        return new ParsedDocument(new Document(id, text.toString(), null, null, null), mentions, movements);
    }

    private static Movement move(String docId, Place from, Place to) {
        return new Movement(docId, from, to, null, null, List.of(), false, Movement.EndKind.PLACE, "move", null,
                10L, Movement.Status.REPORTED, "They moved.", 0, 1, 0.5);
    }
}
