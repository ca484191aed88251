package org.waymark.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One input article. Offsets everywhere in Waymark are Unicode code point offsets into {@link #text()},
 * so that they mean the same thing in Java, Python and SQL.
 *
 * @param id     file name without extension, or the JSONL {@code id}
 * @param text   the article text (for HTML, the extracted main text)
 * @param title  may be null
 * @param source path or URL it came from; may be null
 * @param date   publication date as given (ISO-8601 preferred); may be null
 */
public record Document(String id, String text, String title, String source, String date) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null, null, null);
    }

    /** Length in code points. */
    public int characters() {
        return text.codePointCount(0, text.length());
    }

    /** Hex SHA-256 of the UTF-8 text: with {@link #id()} it identifies a document for --append. */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The substring between two code point offsets. */
    public String slice(int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
