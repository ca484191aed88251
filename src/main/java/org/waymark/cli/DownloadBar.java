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
            String size = total < 0 ? "size unknown" : size(total);
            err.println(resumedFrom > 0 ? file + ": " + size + ", resuming after " + size(resumedFrom)
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

    /** "19 KB", "11.2 MB". */
    static String size(long bytes) {
        return bytes < 100_000 ? String.format(Locale.ROOT, "%d KB", (bytes + 999) / 1000)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Clears a bar left by a file that failed. */
    void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
