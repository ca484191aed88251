package org.waymark.eval;

/**
 * Counts behind precision, recall and F1: a system's answers against gold, with one-to-one matches.
 * A ratio with a zero denominator is 0 (no answers: no precision to credit).
 *
 * @param system  answers the system gave
 * @param gold    answers gold has
 * @param matched system answers paired with a gold answer, each gold answer at most once
 */
public record PrecisionRecall(int system, int gold, int matched) {

    public static final PrecisionRecall NONE = new PrecisionRecall(0, 0, 0);

    public PrecisionRecall {
        if (system < 0 || gold < 0 || matched < 0 || matched > system || matched > gold) {
            throw new IllegalArgumentException(
                    "inconsistent counts: system " + system + ", gold " + gold + ", matched " + matched);
        }
    }

    public double precision() {
        return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Pooled counts, as for micro-averaging over documents or over kinds of answer. */
    public PrecisionRecall plus(PrecisionRecall other) {
        return new PrecisionRecall(system + other.system, gold + other.gold, matched + other.matched);
    }
}
