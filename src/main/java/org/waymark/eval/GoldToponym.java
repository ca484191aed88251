package org.waymark.eval;

/**
 * One annotated toponym of a gold corpus.
 *
 * @param start     code point offset of the first character in the document text
 * @param end       code point offset after the last character
 * @param phrase    the annotated phrase; the text between start and end, unless the file's offsets disagreed
 *                  and the phrase was not found nearby (counted in {@link OffsetCheck#disagreeing()})
 * @param geonameid GeoNames id of the annotated place, or null when the corpus gives none (GeoVirus, or an
 *                  LGL toponym without gaztag)
 * @param latitude  WGS84 latitude of the annotated place, or null when the annotation has no coordinates
 * @param longitude WGS84 longitude, null exactly when latitude is
 */
public record GoldToponym(int start, int end, String phrase, Long geonameid, Double latitude, Double longitude) {

    public GoldToponym {
        new Span(start, end); // validates the range
        if (phrase == null || phrase.isEmpty()) {
            throw new IllegalArgumentException("a gold toponym needs its phrase, at [" + start + ", " + end + ")");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("gold toponym '" + phrase + "' has only one of latitude/longitude");
        }
        if (latitude != null && (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180))) {
            throw new IllegalArgumentException(
                    "gold toponym '" + phrase + "' has coordinates out of range: " + latitude + ", " + longitude);
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    /** Whether it can take part in resolution metrics. */
    public boolean hasCoordinates() {
        return latitude != null;
    }
}
