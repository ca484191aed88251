package org.waymark.eval;

import java.util.ArrayList;
import java.util.List;
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
        OffsetAligner aligner = new OffsetAligner(origin);
        List<GoldDocument> documents = new ArrayList<>();
        List<Element> articles = Xml.children(root, "article");
        for (int i = 0; i < articles.size(); i++) {
            Element article = articles.get(i);
            String id = article.getAttribute("docid").strip();
            if (id.isEmpty()) {
                id = fileStem + "-" + (i + 1);
            }
            String text = articleText(article, id);
            aligner.startDocument(id, text);
            List<GoldToponym> toponyms = new ArrayList<>();
            Element list = Xml.child(article, "toponyms");
            for (Element t : list == null ? List.<Element>of() : Xml.children(list, "toponym")) {
                String phrase = Xml.rawText(t, "phrase");
                if (phrase == null || phrase.isEmpty()) {
                    throw new IllegalArgumentException(origin + ", document " + id + ": a <toponym> has no <phrase>");
                }
                Element gaztag = Xml.child(t, "gaztag");
                Long geonameid = null;
                Element coordinates = t;
                if (gaztag != null) {
                    String gid = gaztag.getAttribute("geonameid").strip();
                    geonameid = gid.isEmpty() ? null : parseLong(gid, id, "geonameid");
                    coordinates = gaztag;
                }
                Double lat = parseCoordinate(Xml.text(coordinates, "lat"), id, "lat");
                Double lon = parseCoordinate(Xml.text(coordinates, "lon"), id, "lon");
                if (lat == null || lon == null) {
                    lat = lon = null;
                }
                toponyms.add(aligner.toponym(parseInt(Xml.text(t, "start"), id, "start"),
                        parseInt(Xml.text(t, "end"), id, "end"), phrase, geonameid, lat, lon));
            }
            documents.add(new GoldDocument(id, text, toponyms));
        }
        return new GoldCorpus(GoldCorpus.Format.LGL_XML, documents, aligner.check());
    }

    /**
     * GeoVirus: {@code <article><source><text><locations><location><name><start><end><lat><lon><page>}. Its
     * offsets are one more than Java's (start 170 for a name at index 169 in every location of the
     * released file), so 1 is taken off before checking. No geonameids: resolution is scored by coordinates.
     */
    GoldCorpus readGeoVirus(Element root) {
        OffsetAligner aligner = new OffsetAligner(origin);
        List<GoldDocument> documents = new ArrayList<>();
        List<Element> articles = Xml.children(root, "article");
        for (int i = 0; i < articles.size(); i++) {
            Element article = articles.get(i);
            String id = fileStem + "-" + (i + 1);
            String text = articleText(article, id);
            aligner.startDocument(id, text);
            List<GoldToponym> toponyms = new ArrayList<>();
            Element list = Xml.child(article, "locations");
            for (Element l : list == null ? List.<Element>of() : Xml.children(list, "location")) {
                String name = Xml.rawText(l, "name");
                if (name == null || name.isEmpty()) {
                    throw new IllegalArgumentException(origin + ", document " + id + ": a <location> has no <name>");
                }
                Double lat = parseCoordinate(Xml.text(l, "lat"), id, "lat");
                Double lon = parseCoordinate(Xml.text(l, "lon"), id, "lon");
                if (lat == null || lon == null) {
                    lat = lon = null;
                }
                toponyms.add(aligner.toponym(parseInt(Xml.text(l, "start"), id, "start") - 1,
                        parseInt(Xml.text(l, "end"), id, "end") - 1, name, null, lat, lon));
            }
            documents.add(new GoldDocument(id, text, toponyms));
        }
        return new GoldCorpus(GoldCorpus.Format.GEOVIRUS_XML, documents, aligner.check());
    }

    private String articleText(Element article, String id) {
        String text = Xml.rawText(article, "text");
        if (text == null) {
            throw new IllegalArgumentException(origin + ", document " + id + ": the <article> has no <text>");
        }
        return text;
    }

    private int parseInt(String value, String id, String what) {
        if (value == null) {
            throw new IllegalArgumentException(origin + ", document " + id + ": a toponym has no <" + what + ">");
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    origin + ", document " + id + ": <" + what + "> is not an integer: '" + value + "'", e);
        }
    }

    private long parseLong(String value, String id, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    origin + ", document " + id + ": " + what + " is not an integer: '" + value + "'", e);
        }
    }

    private Double parseCoordinate(String value, String id, String what) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    origin + ", document " + id + ": <" + what + "> is not a number: '" + value + "'", e);
        }
    }
}
