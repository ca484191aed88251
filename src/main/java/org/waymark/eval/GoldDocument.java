package org.waymark.eval;

import java.util.List;
import java.util.Objects;
import org.waymark.text.Document;

/**
 * A gold-annotated article.
 *
 * @param id       the corpus' document id (LGL {@code docid}, JSONL {@code id}), or file name and position
 * @param text     the article text that the offsets refer to
 * @param toponyms the annotations, in corpus order
 */
public record GoldDocument(String id, String text, List<GoldToponym> toponyms) {

    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        toponyms = List.copyOf(toponyms);
        int length = text.codePointCount(0, text.length());
        for (GoldToponym t : toponyms) {
            if (t.end() > length) {
                throw new IllegalArgumentException("document " + id + ": toponym '" + t.phrase() + "' ends at "
                        + t.end() + ", past the end of the text (" + length + " code points)");
            }
        }
    }

    /** What the system under test is given: the text only. */
    public Document document() {
        return Document.of(id, text);
    }
}
