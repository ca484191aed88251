package org.waymark.cli;

import org.waymark.text.Document;

/** How {@code map} reports its progress: a bar for people ({@link ProgressBar}) or JSON lines for programs. */
interface Progress extends AutoCloseable {

    /** One more document written. May be called from any thread. */
    void advance(Document written);

    /** A line for the user (an input problem, a notice), kept apart from the progress itself. */
    void message(String line);

    @Override
    void close();
}
