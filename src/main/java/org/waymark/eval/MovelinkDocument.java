package org.waymark.eval;

import java.util.List;
import java.util.Objects;
import org.waymark.text.Document;

/**
 * A SpaceEval document and its MOVELINKs.
 *
 * @param id    path below the corpus folder, without ".xml" ("RFC/Amazon")
 * @param text  the {@code <TEXT>} content that offsets refer to
 * @param links the MOVELINKs, in file order
 */
public record MovelinkDocument(String id, String text, List<MoveLink> links) {

    public MovelinkDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        links = List.copyOf(links);
    }

    /** What the system under test is given. */
    public Document document() {
        return Document.of(id, text);
    }
}
