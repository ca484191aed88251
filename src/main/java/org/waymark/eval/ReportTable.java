package org.waymark.eval;

import java.util.Locale;

/**
 * The plain-text table both reports print: free lines, a block of precision/recall rows under their header, and
 * single measures that may be undefined.
 */
final class ReportTable {

    private static final int MEASURE_LABEL_WIDTH = 23;

    private final StringBuilder text = new StringBuilder();
    private String rowFormat = "";

    /** A line of its own, formatted with {@link Locale#ROOT}. */
    ReportTable line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format + "%n", args));
        return this;
    }

    /** Starts a block of precision/recall rows: {@code title} heads the label column, {@code labelWidth} wide. */
    ReportTable precisionRecallHeader(String title, int labelWidth) {
        rowFormat = "%-" + labelWidth + "s %8d %8d %8d %9.3f %8.3f %8.3f%n";
        text.append(String.format(Locale.ROOT, "%-" + labelWidth + "s %8s %8s %8s %9s %8s %8s%n",
                title, "system", "gold", "matched", "precision", "recall", "F1"));
        return this;
    }

    /** A row of the block {@link #precisionRecallHeader} started. */
    ReportTable precisionRecall(String label, PrecisionRecall pr) {
        text.append(String.format(Locale.ROOT, rowFormat,
                label, pr.system(), pr.gold(), pr.matched(), pr.precision(), pr.recall(), pr.f1()));
        return this;
    }

    /** A labelled measure in {@code pattern}, or "-" when it is undefined (NaN). */
    ReportTable measure(String label, double value, String pattern) {
        text.append(String.format("%-" + MEASURE_LABEL_WIDTH + "s", label))
                .append(Double.isFinite(value) ? String.format(Locale.ROOT, pattern, value) : "-")
                .append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
