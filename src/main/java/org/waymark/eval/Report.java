package org.waymark.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * What an evaluation gives: one score per document, in input order, with their totals as a table for the terminal
 * and as JSON.
 *
 * @param <S> the score of one document
 */
public abstract sealed class Report<S> permits EvaluationReport, MovelinkReport {

    private final List<S> documentScores;

    Report(List<S> documentScores) {
        this.documentScores = List.copyOf(documentScores);
    }

    public final List<S> documentScores() {
        return documentScores;
    }

    public final int documents() {
        return documentScores.size();
    }

    /** A plain-text table for the terminal. */
    public abstract String toTable();

    /** The report as a JSON tree: totals, then one entry per document in input order. */
    public abstract ObjectNode toJson();

    /** Writes {@link #toJson()} to a file (for {@code --json FILE}), creating its folder if needed. */
    public final void writeJson(Path file) {
        ReportJson.write(toJson(), file);
    }

    @Override
    public final String toString() {
        return toTable();
    }
}
