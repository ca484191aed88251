package org.waymark.gazetteer;

/** What a download tells whoever shows its progress. Called from the downloading thread only. */
public interface DownloadListener {

    /** A listener that shows nothing. */
    DownloadListener SILENT = new DownloadListener() {
        @Override
        public void started(String file, long total, long resumedFrom) {
        }

        @Override
        public void transferred(long bytes) {
        }

        @Override
        public void finished(String file, String note) {
        }
    };

    /**
     * A file's body begins to arrive.
     *
     * @param total       its full size in bytes, or -1 when the server does not say
     * @param resumedFrom bytes already held from an earlier, interrupted run (0 when starting afresh)
     */
    void started(String file, long total, long resumedFrom);

    /** {@code bytes} more bytes of the current file written. */
    void transferred(long bytes);

    /** A file is done or skipped; {@code note} says which, in a few words ("checked", "already here"). */
    void finished(String file, String note);
}
