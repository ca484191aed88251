package org.waymark.eval;

import java.util.Objects;

/**
 * How a system did on one gold document.
 *
 * @param id         the document id
 * @param exact      recognition with spans that must be equal
 * @param overlap    recognition with spans that must share a character
 * @param resolution errors over the overlap-matched toponyms whose gold has coordinates
 */
public record DocumentScore(String id, PrecisionRecall exact, PrecisionRecall overlap, ResolutionScore resolution) {

    public DocumentScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(resolution, "resolution");
    }
}
