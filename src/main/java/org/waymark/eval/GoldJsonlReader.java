package org.waymark.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads JSON Lines, one document a line: {@code {"id", "text", "toponyms": [{"start", "end", "geonameid",
 * "lat", "lon"}]}}. Offsets are code points, as everywhere in Waymark. A toponym may carry its
 * {@code "phrase"} (or {@code "name"}): then it is checked like the XML corpora.
 */
final class GoldJsonlReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;

    GoldJsonlReader(String origin) {
        this.origin = origin;
    }

    GoldCorpus read(String content) {
        OffsetAligner aligner = new OffsetAligner(origin);
        List<GoldDocument> documents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = content.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String where = origin + ", line " + (n + 1);
            JsonNode line;
            try {
                line = JSON.readTree(lines[n]);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + " is not a JSON object: " + e.getOriginalMessage(), e);
            }
            if (!line.isObject()) {
                throw new IllegalArgumentException(where + " is not a JSON object");
            }
            JsonNode idNode = line.get("id");
            if (idNode == null || !(idNode.isTextual() || idNode.isIntegralNumber())) {
                throw new IllegalArgumentException(where + ": \"id\" (a string) is missing");
            }
            String id = idNode.asText();
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + ": id \"" + id + "\" occurs twice");
            }
            JsonNode textNode = line.get("text");
            if (textNode == null || !textNode.isTextual()) {
                throw new IllegalArgumentException(where + ": \"text\" (a string) is missing");
            }
            String text = textNode.asText();
            int codePoints = text.codePointCount(0, text.length());
            aligner.startDocument(id, text);
            List<GoldToponym> toponyms = new ArrayList<>();
            JsonNode list = line.path("toponyms");
            if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
                throw new IllegalArgumentException(where + ": \"toponyms\" must be an array");
            }
            for (JsonNode t : list) {
                long start = integer(t, "start", where);
                long end = integer(t, "end", where);
                if (start < 0 || end <= start || end > codePoints) {
                    throw new IllegalArgumentException(where + ": toponym [" + start + ", " + end
                            + ") is not a span of the text (" + codePoints + " code points)");
                }
                String phrase = t.hasNonNull("phrase") ? t.get("phrase").asText()
                        : t.hasNonNull("name") ? t.get("name").asText() : null;
                Long geonameid = t.hasNonNull("geonameid") ? integer(t, "geonameid", where) : null;
                Double lat = number(t, "lat", where);
                Double lon = number(t, "lon", where);
                if ((lat == null) != (lon == null)) {
                    throw new IllegalArgumentException(where + ": toponym at " + start + " has only one of lat/lon");
                }
                toponyms.add(aligner.toponym(text.offsetByCodePoints(0, (int) start),
                        text.offsetByCodePoints(0, (int) end),
                        phrase, geonameid, lat, lon));
            }
            documents.add(new GoldDocument(id, text, toponyms));
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException(origin + " holds no document");
        }
        return new GoldCorpus(GoldCorpus.Format.JSONL, documents, aligner.check());
    }

    /** An integral number, or a string of digits (some exports quote geonameids). */
    private static long integer(JsonNode toponym, String field, String where) {
        JsonNode v = toponym.get(field);
        if (v != null && v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v != null && v.isTextual() && v.asText().matches("-?\\d{1,18}")) {
            return Long.parseLong(v.asText());
        }
        throw new IllegalArgumentException(where + ": toponym field \"" + field + "\" must be an integer, got "
                + (v == null ? "nothing" : v.toString()));
    }

    private static Double number(JsonNode toponym, String field, String where) {
        JsonNode v = toponym.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        try {
            return Double.valueOf(v.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": toponym field \"" + field + "\" must be a number, got " + v, e);
        }
    }
}
