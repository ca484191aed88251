package org.waymark.recognize;

/**
 * A place name found in a document, before resolution.
 *
 * @param start    code point offset of the first character
 * @param end      code point offset after the last character, so text[start:end] == surface
 * @param surface  the text as written
 * @param kind     a name of a place, or a demonym/adjective standing for a country ("Uzbek")
 * @param sentence index of the sentence that holds it
 */
public record Toponym(int start, int end, String surface, Kind kind, int sentence) {

    /** The same toponym in a text that holds its own one {@code codePoints} further on, after {@code sentences}. */
    public Toponym shifted(int codePoints, int sentences) {
        return new Toponym(start + codePoints, end + codePoints, surface, kind, sentence + sentences);
    }

    public enum Kind {
        TOPONYM, DEMONYM;

        /** The value written to the {@code kind} column. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
