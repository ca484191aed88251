package org.waymark.eval;

/**
 * How well a gold corpus' offsets agreed with its phrases when it was read.
 *
 * <p>Every toponym that carries its phrase is checked: text[start:end] must equal the phrase. When it does not,
 * the reader looks for the phrase within {@value OffsetAligner#WINDOW} characters of the given start and moves the
 * span to the nearest occurrence ("realigned"); failing that, the given offsets are kept ("disagreeing").
 * Toponyms without a phrase (JSONL may omit it) cannot be checked.
 *
 * @param toponyms    all toponyms read
 * @param agreeing    offsets agreed with the phrase as given (after any fixed correction of the format,
 *                    such as GeoVirus' +1)
 * @param realigned   moved to the nearest occurrence of the phrase
 * @param disagreeing phrase not found nearby; offsets kept as given
 * @param unchecked   no phrase to check against
 */
public record OffsetCheck(int toponyms, int agreeing, int realigned, int disagreeing, int unchecked) {

    public OffsetCheck {
        if (agreeing + realigned + disagreeing + unchecked != toponyms) {
            throw new IllegalArgumentException("offset check counts do not add up to " + toponyms);
        }
    }

    /** Share of checked toponyms whose offsets agreed as given; 1 when none could be checked. */
    public double agreementRate() {
        int checked = toponyms - unchecked;
        return checked == 0 ? 1.0 : (double) agreeing / checked;
    }

    /** Share of checked toponyms whose span now holds the phrase (agreeing or realigned). */
    public double alignedRate() {
        int checked = toponyms - unchecked;
        return checked == 0 ? 1.0 : (double) (agreeing + realigned) / checked;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%d toponyms: %d agree as given (%.1f%%), %d realigned, %d disagree, %d unchecked",
                toponyms, agreeing, 100 * agreementRate(), realigned, disagreeing, unchecked);
    }
}
