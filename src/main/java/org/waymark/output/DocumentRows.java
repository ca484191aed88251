package org.waymark.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.waymark.ParsedDocument;
import org.waymark.gazetteer.Place;
import org.waymark.movement.Movement;
import org.waymark.resolve.Mention;
import org.waymark.text.CharOffsets;
import org.waymark.text.Document;

/**
 * The rows one parsed document adds to the layers, bound by column name: its {@code documents} row, its
 * {@code mentions} and {@code movements} rows, and a {@code places} row for each place they name (with zero counts:
 * each sink sums the counts, and {@code flows}, over all documents). Every sink writes these, so that all write the
 * same rows.
 *
 * @param docId     the document id
 * @param sha256    hex SHA-256 of its text
 * @param document  its {@code documents} row
 * @param places    one row per place it names, in the order first named
 * @param mentions  its mentions
 * @param movements its movements, with their paths drawn
 */
public record DocumentRows(String docId, String sha256, Row document, List<Row> places, List<Row> mentions,
                           List<Row> movements) {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), Layer.SRS_ID);

    public DocumentRows {
        places = List.copyOf(places);
        mentions = List.copyOf(mentions);
        movements = List.copyOf(movements);
    }

    /**
     * The rows of a parsed document, its movement paths drawn by {@code paths}.
     *
     * @throws IllegalArgumentException when a movement belongs to another document
     */
    public static DocumentRows of(ParsedDocument parsed, MovementPaths paths) {
        Objects.requireNonNull(parsed, "parsed document");
        Document document = parsed.document();
        Map<Long, Row> places = new LinkedHashMap<>();
        CharOffsets offsets = new CharOffsets(document.text());
        List<Row> mentions = new ArrayList<>();
        for (Mention mention : parsed.mentions()) {
            mentions.add(mention(document, offsets, mention, places));
        }
        List<Row> movements = new ArrayList<>();
        for (Movement m : parsed.movements()) {
            if (!document.id().equals(m.docId())) {
                throw new IllegalArgumentException("A movement of document '" + m.docId()
                        + "' was given with document '" + document.id() + "'");
            }
            movements.add(movement(document, offsets, m, paths, places));
        }
        String sha256 = document.sha256();
        Row documentRow = Row.of(Layer.DOCUMENTS).set("doc_id", document.id()).set("title", document.title())
                .set("source", document.source()).set("date", document.date())
                .set("characters", (long) document.characters()).set("sha256", sha256).build();
        return new DocumentRows(document.id(), sha256, documentRow, List.copyOf(places.values()), mentions,
                movements);
    }

    /** The geonameids of {@link #places()}. */
    public List<Long> placeIds() {
        return places.stream().map(p -> (Long) p.get("geonameid")).toList();
    }

    private static Row mention(Document document, CharOffsets offsets, Mention mention, Map<Long, Row> places) {
        Place place = mention.place();
        Row.Builder row = Row.of(Layer.MENTIONS).set("doc_id", document.id())
                .set("start", mention.toponym().start()).set("end", mention.toponym().end())
                .set("surface", mention.toponym().surface()).set("kind", mention.toponym().kind().label())
                .set("confidence", mention.confidence())
                .set("sentence", SentenceWindow.around(offsets, mention.sentence(),
                        mention.toponym().start(), mention.toponym().end()))
                .set("source", mention.source());
        if (place != null) {
            place(place, places);
            row.geometry(point(place)).set("geonameid", place.geonameid()).set("name", place.name())
                    .set("country_code", place.countryCode()).set("feature_code", place.featureCode());
        }
        return row.build();
    }

    private static Row movement(Document document, CharOffsets offsets, Movement m, MovementPaths paths,
                                Map<Long, Row> places) {
        Row.Builder row = Row.of(Layer.MOVEMENTS).set("doc_id", document.id())
                .geometry(Antimeridian.split(paths.path(m)))
                .set("via_geonameids", m.via().isEmpty() ? null
                        : m.via().stream().map(p -> Long.toString(p.geonameid())).collect(Collectors.joining(",")))
                .set("origin_inferred", m.originInferred())
                .set("destination_kind", m.destinationKind() == null ? null : m.destinationKind().label())
                .set("trigger", m.trigger()).set("mover", m.mover()).set("count", m.count())
                .set("status", m.status() == null ? null : m.status().label())
                .set("sentence", SentenceWindow.around(offsets, m.sentence(), m.start(), m.end()))
                .set("start", m.start()).set("end", m.end()).set("confidence", m.confidence());
        if (m.origin() != null) {
            place(m.origin(), places);
            row.set("origin_geonameid", m.origin().geonameid()).set("origin_name", m.origin().name());
        }
        if (m.destination() != null) {
            place(m.destination(), places);
            row.set("destination_geonameid", m.destination().geonameid())
                    .set("destination_name", m.destination().name());
        }
        m.via().forEach(via -> place(via, places));
        return row.build();
    }

    /** The place's attributes, once per geonameid; its counts are summed by the sink. */
    private static void place(Place place, Map<Long, Row> places) {
        places.computeIfAbsent(place.geonameid(), id -> Row.of(Layer.PLACES).geometry(point(place))
                .set("geonameid", place.geonameid()).set("name", place.name())
                .set("country_code", place.countryCode()).set("feature_class", place.featureClass())
                .set("feature_code", place.featureCode()).set("admin1", place.admin1())
                .set("population", place.population()).set("mentions", 0L).set("documents", 0L).build());
    }

    private static Point point(Place place) {
        return GEOMETRIES.createPoint(new Coordinate(place.longitude(), place.latitude()));
    }
}
