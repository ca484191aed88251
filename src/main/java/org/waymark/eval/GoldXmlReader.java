package org.waymark.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Element;

/** Reads the two XML gold formats: LGL-style (TR-News, LGL) and GeoVirus. */
final class GoldXmlReader {

    private final String origin;
    private final String fileStem;

    GoldXmlReader(String origin, String fileStem) {
        this.origin = origin;
        this.fileStem = fileStem;
    }

    /** Which of the two formats a parsed {@code <articles>} root holds. */
    GoldCorpus.Format detect(Element root) {
        if (!root.getTagName().equals("articles")) {
            String hint = root.getTagName().startsWith("SpaceEval")
                    ? " (a SpaceEval file: score it with MovelinkEvaluator)" : "";
            throw new IllegalArgumentException(origin + ": root element <" + root.getTagName() + "> is not <articles>"
                    + hint + "; expected LGL/TR-News or GeoVirus XML");
        }
        List<Element> articles = Xml.children(root, "article");
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(origin + ": <articles> holds no <article>");
        }
        boolean lgl = articles.stream().anyMatch(a -> Xml.child(a, "toponyms") != null);
        boolean geoVirus = articles.stream().anyMatch(a -> Xml.child(a, "locations") != null);
        if (lgl == geoVirus) {
            throw new IllegalArgumentException(origin + ": cannot tell the XML format: articles should hold either "
                    + "<toponyms> (LGL/TR-News) or <locations> (GeoVirus)" + (lgl ? ", not both" : ""));
        }
        return lgl ? GoldCorpus.Format.LGL_XML : GoldCorpus.Format.GEOVIRUS_XML;
    }

    /**
     * LGL: {@code <article docid><text><toponyms><toponym><phrase><start><end><gaztag geonameid><lat><lon>}.
     * A toponym without gaztag, or a gaztag without coordinates, is kept for recognition.
     */
    GoldCorpus readLgl(Element root) {
        return read(root, GoldCorpus.Format.LGL_XML, "docid", "toponyms", "toponym", (t, id, aligner) -> {
            String phrase = Xml.rawText(t, "phrase");
            if (phrase == null || phrase.isEmpty()) {
                throw new IllegalArgumentException(origin + ", document " + id + ": a <toponym> has no <phrase>");
            }
            Element gaztag = Xml.child(t, "gaztag");
            if (gaztag == null) {
                return toponym(aligner, id, t, 0, phrase, null, t);
            }
            String gid = gaztag.getAttribute("geonameid").strip();
            Long geonameid = gid.isEmpty() ? null : parse(gid, id, "geonameid", "an integer", Long::valueOf);
            return toponym(aligner, id, t, 0, phrase, geonameid, gaztag);
        });
    }

    /**
     * GeoVirus: {@code <article><source><text><locations><location><name><start><end><lat><lon><page>}. Its
     * offsets are one more than Java's (start 170 for a name at index 169 in every location of the
     * released file), so 1 is taken off before checking. No geonameids: resolution is scored by coordinates.
     */
    GoldCorpus readGeoVirus(Element root) {
        return read(root, GoldCorpus.Format.GEOVIRUS_XML, null, "locations", "location", (l, id, aligner) -> {
            String name = Xml.rawText(l, "name");
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException(origin + ", document " + id + ": a <location> has no <name>");
            }
            return toponym(aligner, id, l, 1, name, null, l);
        });
    }

    /** Reads one gold toponym from its element, in a document whose text the aligner holds. */
    @FunctionalInterface
    private interface ToponymReader {
        GoldToponym read(Element element, String documentId, OffsetAligner aligner);
    }

    /**
     * The articles of either format: {@code <article><text><LIST><ITEM>…}.
     *
     * @param idAttribute the article's attribute that holds its id, or null when ids are always the file name
     *                    and the article's position
     */
    private GoldCorpus read(Element root, GoldCorpus.Format format, String idAttribute, String listTag,
                            String itemTag, ToponymReader items) {
        OffsetAligner aligner = new OffsetAligner(origin);
        List<GoldDocument> documents = new ArrayList<>();
        List<Element> articles = Xml.children(root, "article");
        for (int i = 0; i < articles.size(); i++) {
            Element article = articles.get(i);
            String id = idAttribute == null ? "" : article.getAttribute(idAttribute).strip();
            if (id.isEmpty()) {
                id = fileStem + "-" + (i + 1);
            }
            String text = articleText(article, id);
            aligner.startDocument(id, text);
            List<GoldToponym> toponyms = new ArrayList<>();
            Element list = Xml.child(article, listTag);
            for (Element item : list == null ? List.<Element>of() : Xml.children(list, itemTag)) {
                toponyms.add(items.read(item, id, aligner));
            }
            documents.add(new GoldDocument(id, text, toponyms));
        }
        return new GoldCorpus(format, documents, aligner.check());
    }

    /**
     * A toponym whose {@code <start>} and {@code <end>} are in {@code span}, {@code offsetShift} more than Java's,
     * and whose {@code <lat>} and {@code <lon>} are in {@code coordinates}: both, or neither is kept.
     */
    private GoldToponym toponym(OffsetAligner aligner, String id, Element span, int offsetShift, String phrase,
                                Long geonameid, Element coordinates) {
        Double lat = coordinate(Xml.text(coordinates, "lat"), id, "lat");
        Double lon = coordinate(Xml.text(coordinates, "lon"), id, "lon");
        if (lat == null || lon == null) {
            lat = lon = null;
        }
        return aligner.toponym(offset(Xml.text(span, "start"), id, "start") - offsetShift,
                offset(Xml.text(span, "end"), id, "end") - offsetShift, phrase, geonameid, lat, lon);
    }

    private String articleText(Element article, String id) {
        String text = Xml.rawText(article, "text");
        if (text == null) {
            throw new IllegalArgumentException(origin + ", document " + id + ": the <article> has no <text>");
        }
        return text;
    }

    private int offset(String value, String id, String what) {
        if (value == null) {
            throw new IllegalArgumentException(origin + ", document " + id + ": a toponym has no <" + what + ">");
        }
        return parse(value, id, "<" + what + ">", "an integer", Integer::valueOf);
    }

    private Double coordinate(String value, String id, String what) {
        return value == null ? null : parse(value, id, "<" + what + ">", "a number", Double::valueOf);
    }

    /** {@code value} read by {@code parser}; a malformed one is named with its document and field. */
    private <T> T parse(String value, String id, String field, String kind, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    origin + ", document " + id + ": " + field + " is not " + kind + ": '" + value + "'", e);
        }
    }
}
