package org.waymark.output;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.waymark.ParsedDocument;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.Place;
import org.waymark.movement.Movement;
import org.waymark.movement.Movement.EndKind;
import org.waymark.movement.Movement.Status;
import org.waymark.recognize.Toponym;
import org.waymark.recognize.Toponym.Kind;
import org.waymark.resolve.Mention;
import org.waymark.text.Document;

/**
 * Short articles written for these tests, parsed by hand, with places from the embedded gazetteer (GeoNames entries
 * that ship with Waymark). Both report a movement from Syria to Libya, so that the flows layer has a pair to sum.
 */
final class TestArticles {

    static final GeometryFactory JTS = new GeometryFactory();

    final Place russia;
    final Place syria;
    final Place libya;
    final Place damascus;
    final Place tripoli;
    final Place tokyo;
    final Place losAngeles;

    TestArticles() {
        GeoNamesIndex gazetteer = GeoNamesIndex.embedded();
        russia = gazetteer.country("RU").orElseThrow();
        syria = gazetteer.country("SY").orElseThrow();
        libya = gazetteer.country("LY").orElseThrow();
        damascus = gazetteer.byId(170654).orElseThrow();
        tripoli = gazetteer.byId(2210247).orElseThrow();
        tokyo = gazetteer.byId(1850147).orElseThrow();
        losAngeles = gazetteer.byId(5368361).orElseThrow();
    }

    static final String WITHDRAWAL_TEXT = "Russian forces withdrew 200 soldiers from Syria and deployed them to "
            + "Libya via Damascus. Officials in Wadi Qasr denied it. More troops may go to Libya.";

    /** d1: a resolved demonym, four resolved toponyms, one unresolved; a movement with a path and one without. */
    ParsedDocument withdrawal() {
        return withdrawal(WITHDRAWAL_TEXT);
    }

    /** d1 again with another text (same id): a corrected version of the article. */
    ParsedDocument withdrawalRevised() {
        return withdrawal(WITHDRAWAL_TEXT.replace("200", "250"));
    }

    private ParsedDocument withdrawal(String text) {
        Document doc = new Document("d1", text, "Russia withdraws from Syria", "https://example.org/d1",
                "2024-05-02");
        String first = text.substring(0, text.indexOf('.') + 1);
        String third = "More troops may go to Libya.";
        List<Mention> mentions = new ArrayList<>();
        Mention russian = mention(doc, "Russian", 0, Kind.DEMONYM, 0, russia, 0.9);
        Mention fromSyria = mention(doc, "Syria", 0, Kind.TOPONYM, 0, syria, 0.95);
        Mention toLibya = mention(doc, "Libya", 0, Kind.TOPONYM, 0, libya, 0.9);
        Mention viaDamascus = mention(doc, "Damascus", 0, Kind.TOPONYM, 0, damascus, 0.7);
        mentions.add(russian);
        mentions.add(fromSyria);
        mentions.add(toLibya);
        mentions.add(viaDamascus);
        mentions.add(mention(doc, "Wadi Qasr", 0, Kind.TOPONYM, 1, null, 0));
        Mention libyaAgain = mention(doc, "Libya", text.indexOf(third), Kind.TOPONYM, 2, libya, 0.8);
        mentions.add(libyaAgain);
        Movement deployed = new Movement("d1", syria, libya, fromSyria.toponym(), toLibya.toponym(),
                List.of(damascus), false, EndKind.PLACE, "deploy", "Russian forces",
                text.contains("250") ? 250L : 200L, Status.REPORTED, first, 0, cp(text, first.length()), 0.85);
        Movement mayGo = new Movement("d1", null, libya, null, libyaAgain.toponym(), List.of(), false,
                EndKind.PLACE, "go", "More troops", null, Status.POSSIBLE, third, cp(text, text.indexOf(third)),
                cp(text, text.indexOf(third) + third.length()), 0.5);
        return new ParsedDocument(doc, mentions, List.of(deployed, mayGo));
    }

    /** d2: Syria to the Libyan border, landing in Tripoli; the origin is inferred from the first sentence. */
    ParsedDocument followUp() {
        String text = "Fighters gathered in Syria. Another 100 of them were flown to the border of Libya and "
                + "on to Tripoli.";
        Document doc = new Document("d2", text, null, null, null);
        Mention inSyria = mention(doc, "Syria", 0, Kind.TOPONYM, 0, syria, 0.9);
        Mention libyan = mention(doc, "Libya", 0, Kind.TOPONYM, 1, libya, 0.6);
        Mention toTripoli = mention(doc, "Tripoli", 0, Kind.TOPONYM, 1, tripoli, 0.75);
        String second = text.substring(text.indexOf("Another"));
        Movement flown = new Movement("d2", syria, libya, inSyria.toponym(), libyan.toponym(), List.of(), true,
                EndKind.BORDER, "fly", "Another 100 of them", 100L, Status.REPORTED, second,
                cp(text, text.indexOf(second)), cp(text, text.length()), 0.7);
        return new ParsedDocument(doc, List.of(inSyria, libyan, toTripoli), List.of(flown));
    }

    /** d4: a flight across the Pacific, whose path crosses the antimeridian. */
    ParsedDocument pacific() {
        String text = "Two planes flew evacuees from Tokyo to Los Angeles.";
        Document doc = new Document("d4", text, null, null, null);
        Mention from = mention(doc, "Tokyo", 0, Kind.TOPONYM, 0, tokyo, 0.9);
        Mention to = mention(doc, "Los Angeles", 0, Kind.TOPONYM, 0, losAngeles, 0.9);
        Movement flew = new Movement("d4", tokyo, losAngeles, from.toponym(), to.toponym(), List.of(), false,
                EndKind.PLACE, "fly", "evacuees", null, Status.REPORTED, text, 0, cp(text, text.length()), 0.8);
        return new ParsedDocument(doc, List.of(from, to), List.of(flew));
    }

    /** The same parsed document under another id: a copy to fill a layer with many documents. */
    static ParsedDocument renamed(ParsedDocument parsed, String id) {
        Document d = parsed.document();
        List<Movement> movements = parsed.movements().stream().map(m -> new Movement(id, m.origin(),
                m.destination(), m.originToponym(), m.destinationToponym(), m.via(), m.originInferred(),
                m.destinationKind(), m.trigger(), m.mover(), m.count(), m.status(), m.sentence(), m.start(), m.end(),
                m.confidence())).toList();
        return new ParsedDocument(new Document(id, d.text(), d.title(), d.source(), d.date()), parsed.mentions(),
                movements);
    }

    /** A document whose movement claims to belong to another document: the writer must refuse it. */
    ParsedDocument inconsistent() {
        Document doc = Document.of("d3", "Troops left Syria.");
        Movement foreign = new Movement("d1", syria, null, null, null, List.of(), false, EndKind.PLACE, "leave",
                "Troops", null, Status.REPORTED, "Troops left Syria.", 0, 18, 0.5);
        return new ParsedDocument(doc, List.of(), List.of(foreign));
    }

    /** The surface's first occurrence at or after {@code from} (a char index), as code point offsets. */
    private static Mention mention(Document doc, String surface, int from, Kind kind, int sentence, Place place,
                                   double confidence) {
        String text = doc.text();
        int at = text.indexOf(surface, from);
        if (at < 0) {
            throw new IllegalArgumentException(surface + " is not in " + doc.id());
        }
        Toponym toponym = new Toponym(cp(text, at), cp(text, at + surface.length()), surface, kind, sentence);
        String sentenceText = sentenceAround(text, at);
        return new Mention(toponym, place, confidence, place == null ? null : "geonames-index", sentenceText);
    }

    private static String sentenceAround(String text, int at) {
        int start = text.lastIndexOf(". ", at);
        int end = text.indexOf('.', at);
        return text.substring(start < 0 ? 0 : start + 2, end < 0 ? text.length() : end + 1);
    }

    private static int cp(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
