package org.waymark.eval;

import java.util.Objects;

/**
 * How a system's movements did against one document's MOVELINKs.
 *
 * @param id        the document id
 * @param movements movements the system reported
 * @param links     gold MOVELINKs
 * @param source    origins given (system) against scorable gold sources
 * @param goal      destinations given against scorable gold goals
 */
public record MovelinkScore(String id, int movements, int links, PrecisionRecall source, PrecisionRecall goal) {

    public MovelinkScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(goal, "goal");
    }

    /** Sources and goals pooled: every end the system gives and every end gold has. */
    public PrecisionRecall combined() {
        return source.plus(goal);
    }
}
