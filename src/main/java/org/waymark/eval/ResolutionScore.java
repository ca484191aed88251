package org.waymark.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Geocoding errors over correctly recognised toponyms, and the measures of Gritta et al. 2018
 * ("What's missing in geographical parsing?", LRE 52).
 *
 * <p>A pair counts when the gold toponym has coordinates and an overlapping system mention was matched to it.
 * A matched mention that the system left unresolved counts as an error of {@link #MAX_ERROR_KM} (it stays in the
 * denominator of every measure, as the worst possible answer), so leaving hard cases unresolved never helps.
 *
 * @param errorsKm   one error per pair, in document and gold order; unresolved pairs hold {@link #MAX_ERROR_KM}
 * @param unresolved how many of the pairs had an unresolved system mention
 */
public record ResolutionScore(List<Double> errorsKm, int unresolved) {

    /** Half the Earth's circumference, the largest possible error, as Gritta et al. take it. */
    public static final double MAX_ERROR_KM = 20039;

    /** The k of Acc@k: 161 km, i.e. 100 miles. */
    public static final double ACCURACY_KM = 161;

    public static final ResolutionScore NONE = new ResolutionScore(List.of(), 0);

    public ResolutionScore {
        errorsKm = List.copyOf(errorsKm);
        for (double e : errorsKm) {
            if (!(e >= 0 && e <= MAX_ERROR_KM)) {
                throw new IllegalArgumentException("an error distance must be within [0, " + MAX_ERROR_KM + "] km: " + e);
            }
        }
        if (unresolved < 0 || unresolved > errorsKm.size()) {
            throw new IllegalArgumentException("unresolved " + unresolved + " of " + errorsKm.size() + " pairs");
        }
    }

    /** Number of pairs scored. */
    public int count() {
        return errorsKm.size();
    }

    /** Share of pairs with error at most 161 km (the paper's "within 161 km"); NaN with no pair. */
    public double accuracyAt161() {
        if (errorsKm.isEmpty()) {
            return Double.NaN;
        }
        return errorsKm.stream().filter(e -> e <= ACCURACY_KM).count() / (double) errorsKm.size();
    }

    /** NaN with no pair. */
    public double meanKm() {
        return errorsKm.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The middle error, or the mean of the two middle ones for an even count; NaN with no pair. */
    public double medianKm() {
        double[] sorted = sorted();
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Area under the curve of the sorted log errors, normalised to [0, 1]; lower is better. As in Gritta et al.'s
     * code: y_i = ln(error_i + 1) sorted ascending, the trapezoid rule with unit steps (numpy.trapz), divided by
     * ln(20039) × (n − 1), the area if every error were the maximum. For a single pair (no trapezoid) it is
     * ln(error + 1) / ln(20039); NaN with no pair. Note the paper's normalisation uses ln(20039), not
     * ln(20039 + 1), so an all-unresolved result is 1.000005, not exactly 1.
     */
    public double auc() {
        double[] y = sorted();
        int n = y.length;
        if (n == 0) {
            return Double.NaN;
        }
        for (int i = 0; i < n; i++) {
            y[i] = Math.log(y[i] + 1);
        }
        double max = Math.log(MAX_ERROR_KM);
        if (n == 1) {
            return y[0] / max;
        }
        double area = 0;
        for (int i = 1; i < n; i++) {
            area += (y[i - 1] + y[i]) / 2;
        }
        return area / (max * (n - 1));
    }

    private double[] sorted() {
        double[] a = errorsKm.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
