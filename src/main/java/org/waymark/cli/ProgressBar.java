package org.waymark.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.waymark.text.Document;

/**
 * One self-redrawing line on stderr while documents are processed:
 * <pre>
 *   37/120 docs [======&gt;             ]  30%  4.2 docs/s  0:08  ~0:19 left
 *   12034 docs [====&gt;               ]  21%  820 docs/s  0:15  ~0:56 left   (total unknown, input share known)
 *   12034 docs  820 docs/s  0:15                                          (neither known)
 * </pre>
 * Drawn only when stderr is a terminal and not quiet, so logs and pipes never receive carriage returns. Redrawn
 * at most ten times a second however fast {@link #advance()} is called, and twice a second while a slow document
 * keeps it from being called, so the elapsed time never looks frozen. {@link #advance()} may be called from any
 * thread. {@link #close()} clears the line.
 */
public final class ProgressBar implements Progress {

    private static final long MIN_REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long TICK_MILLIS = 500;
    private static final int BAR_WIDTH = 20;

    /** What is counted: documents, or bytes (shown in MB). */
    enum Unit {
        DOCS, BYTES
    }

    private final PrintStream err;
    private final Unit unit;
    private final long initial;
    private final boolean drawing;
    private final OptionalLong total;
    private final DoubleSupplier fraction;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextDrawNanos;
    private final ScheduledExecutorService ticker;
    private int drawnLength;
    private boolean closed;

    /**
     * Starts a bar on stderr (nothing is drawn if stderr is not a terminal, or if quiet).
     *
     * @param total    documents expected, when known
     * @param fraction share of the input read, 0..1 or NaN when unknown; shown when total is unknown; may be null
     * @param quiet    never draw
     */
    public static ProgressBar start(OptionalLong total, DoubleSupplier fraction, boolean quiet) {
        boolean drawing = !quiet && stderrIsTerminal();
        return new ProgressBar(System.err, drawing, total, fraction, System::nanoTime, drawing);
    }

    /**
     * Starts a bar of bytes on stderr, e.g. for a download (nothing is drawn if stderr is not a terminal, or if quiet).
     *
     * @param total   bytes expected, or negative when unknown
     * @param initial bytes already there (a resumed download): counted as done, not in the rate
     */
    public static ProgressBar startBytes(long total, long initial, boolean quiet) {
        boolean drawing = !quiet && stderrIsTerminal();
        return new ProgressBar(System.err, drawing, total < 0 ? OptionalLong.empty() : OptionalLong.of(total), null,
                System::nanoTime, drawing, Unit.BYTES, initial);
    }

    /** For tests: any stream, any clock, and no ticker thread unless asked. */
    ProgressBar(PrintStream err, boolean drawing, OptionalLong total, DoubleSupplier fraction, LongSupplier nanoClock,
            boolean tick) {
        this(err, drawing, total, fraction, nanoClock, tick, Unit.DOCS, 0);
    }

    /** For tests: as above, counting {@code unit}, with {@code initial} done before the bar started. */
    ProgressBar(PrintStream err, boolean drawing, OptionalLong total, DoubleSupplier fraction, LongSupplier nanoClock,
            boolean tick, Unit unit, long initial) {
        this.err = err;
        this.unit = unit;
        this.initial = initial;
        this.done.set(initial);
        this.drawing = drawing;
        this.total = total;
        this.fraction = fraction;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.nextDrawNanos = new AtomicLong(startNanos + MIN_REDRAW_NANOS);
        if (drawing && tick) {
            ticker = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "waymark-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::draw, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
        if (drawing) {
            draw();
        }
    }

    /** One more document done. */
    @Override
    public void advance(Document written) {
        advance(1);
    }

    /** One more document done. */
    public void advance() {
        advance(1);
    }

    /** {@code n} more documents done. */
    public void advance(long n) {
        done.addAndGet(n);
        if (!drawing) {
            return;
        }
        long now = nanoClock.getAsLong();
        long next = nextDrawNanos.get();
        // Only the one thread that wins the slot draws; the others return at once.
        if (now - next >= 0 && nextDrawNanos.compareAndSet(next, now + MIN_REDRAW_NANOS)) {
            draw();
        }
    }

    /** Documents done so far. */
    public long done() {
        return done.get();
    }

    /** Whether the bar is drawn at all (stderr is a terminal and not quiet). */
    public boolean isDrawn() {
        return drawing;
    }

    /**
     * Prints a line on stderr, e.g. an input problem, without garbling the bar: the bar is cleared, the line
     * printed, and the bar redrawn below it. Printed even when the bar is not drawn.
     */
    @Override
    public synchronized void message(String line) {
        clear();
        err.println(line);
        if (drawing && !closed) {
            draw();
        } else {
            err.flush();
        }
    }

    /** Stops redrawing and clears the bar's line. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
        clear();
        err.flush();
    }

    private synchronized void draw() {
        if (!drawing || closed) {
            return;
        }
        String line = line(done.get(), nanoClock.getAsLong() - startNanos);
        StringBuilder out = new StringBuilder(Math.max(line.length(), drawnLength) + 1).append('\r').append(line);
        out.append(" ".repeat(Math.max(0, drawnLength - line.length())));
        err.print(out);
        err.flush();
        drawnLength = line.length();
    }

    private void clear() {
        if (drawing && drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            drawnLength = 0;
        }
    }

    /** The bar's text for a given count and elapsed time. */
    String line(long count, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double share = Double.NaN;
        StringBuilder line = new StringBuilder();
        if (total.isPresent() && total.getAsLong() > 0) {
            share = Math.min(1.0, (double) count / total.getAsLong());
            line.append(unit == Unit.BYTES ? megabytes(count) + "/" + megabytes(total.getAsLong()) + " MB"
                    : count + "/" + total.getAsLong() + " docs");
        } else {
            line.append(unit == Unit.BYTES ? megabytes(count) + " MB" : count + " docs");
            if (fraction != null) {
                share = fraction.getAsDouble();
            }
        }
        if (!Double.isNaN(share)) {
            share = Math.max(0, Math.min(1, share));
            int filled = (int) (share * BAR_WIDTH);
            line.append(" [").append("=".repeat(filled));
            if (filled < BAR_WIDTH) {
                line.append('>').append(" ".repeat(BAR_WIDTH - filled - 1));
            }
            line.append(String.format(Locale.ROOT, "] %3d%%", (int) (share * 100)));
        }
        double rate = seconds > 0 ? (count - initial) / seconds : 0;
        if (unit == Unit.BYTES) {
            line.append("  ").append(megabytes((long) rate)).append(" MB/s");
        } else {
            line.append(String.format(Locale.ROOT, rate < 10 ? "  %.1f docs/s" : "  %.0f docs/s", rate));
        }
        line.append("  ").append(clock(seconds));
        if (!Double.isNaN(share) && share > 0 && share < 1 && seconds >= 1 && rate > 0) {
            double left = unit == Unit.BYTES ? (total.getAsLong() - count) / rate : seconds * (1 - share) / share;
            line.append("  ~").append(clock(left)).append(" left");
        }
        return line.toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static String clock(double seconds) {
        long s = (long) seconds;
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /**
     * Whether stderr is a terminal. On Linux fd 2 is asked directly; elsewhere {@code System.console() != null}
     * (stdin and stdout are terminals) stands in for it.
     */
    private static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
