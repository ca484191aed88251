package org.waymark.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.waymark.gazetteer.DownloadListener;

/** Shows a download: a line per file on stderr and, on a terminal, a bar of bytes while it arrives. */
final class DownloadBar implements DownloadListener {
    private final PrintStream err;
    private final boolean quiet;
    private ProgressBar bar;

    DownloadBar(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void started(String file, long total, long resumedFrom) {
        closeBar();
        if (!quiet) {
            String size = total < 0 ? "size unknown" : String.format(Locale.ROOT, "%.1f MB", total / 1e6);
            err.println(resumedFrom > 0
                    ? String.format(Locale.ROOT, "%s: %s, resuming after %.1f MB", file, size, resumedFrom / 1e6)
                    : file + ": " + size);
        }
        bar = ProgressBar.startBytes(total, resumedFrom, quiet);
    }

    @Override
    public void transferred(long bytes) {
        if (bar != null) {
            bar.advance(bytes);
        }
    }

    @Override
    public void finished(String file, String note) {
        closeBar();
        if (!quiet) {
            err.println(file + ": " + note);
        }
    }

    /** Clears a bar left by a file that failed. */
    void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
