package org.waymark.gazetteer.geonames;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * The client's share of the account's credits: at most {@code perHour} requests in any sliding hour and
 * {@code perDay} in any sliding day. When a window is full the caller does not wait (that could stall a run for
 * an hour) but falls back.
 *
 * <p>A sliding window rather than a token bucket: a bucket holding an hour's credits and refilled at that rate
 * admits up to twice the limit within one hour (a full burst, then the refill), which GeoNames would refuse. The
 * windows hold one timestamp per credit, at most {@code perDay} of them.
 */
final class CreditBudget {

    static final Duration HOUR = Duration.ofHours(1);
    static final Duration DAY = Duration.ofDays(1);

    /** Which window, if any, refused a credit. */
    enum Verdict { GRANTED, HOUR_SPENT, DAY_SPENT }

    private final int perHour;
    private final int perDay;
    private final Clock clock;
    private final Deque<Instant> lastHour = new ArrayDeque<>();
    private final Deque<Instant> lastDay = new ArrayDeque<>();

    /**
     * @param alreadySpent credits spent in the last day by earlier runs, oldest first
     */
    CreditBudget(int perHour, int perDay, Clock clock, Collection<Instant> alreadySpent) {
        if (perHour < 0 || perDay < 0) {
            throw new IllegalArgumentException("credit budgets must not be negative: " + perHour + "/hour, "
                    + perDay + "/day");
        }
        this.perHour = perHour;
        this.perDay = perDay;
        this.clock = clock;
        for (Instant at : alreadySpent) {
            lastDay.addLast(at);
            lastHour.addLast(at);
        }
    }

    int perHour() {
        return perHour;
    }

    int perDay() {
        return perDay;
    }

    /** Spends one credit when both windows have room, and says which one was full otherwise. */
    synchronized Verdict trySpend() {
        Instant now = clock.instant();
        dropBefore(lastHour, now.minus(HOUR));
        dropBefore(lastDay, now.minus(DAY));
        if (lastDay.size() >= perDay) {
            return Verdict.DAY_SPENT;
        }
        if (lastHour.size() >= perHour) {
            return Verdict.HOUR_SPENT;
        }
        lastHour.addLast(now);
        lastDay.addLast(now);
        return Verdict.GRANTED;
    }

    /**
     * Gives back the latest credit taken: its request never reached the service (a refused connection, an unknown
     * host), and GeoNames counts only the requests it receives.
     */
    synchronized void refund() {
        lastHour.pollLast();
        lastDay.pollLast();
    }

    private static void dropBefore(Deque<Instant> window, Instant start) {
        while (!window.isEmpty() && !window.peekFirst().isAfter(start)) {
            window.removeFirst();
        }
    }
}
