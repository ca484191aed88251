package org.waymark.spark;

import org.waymark.ParsedDocument;
import org.waymark.output.DocumentSink;
import org.waymark.output.PostGisTarget;
import org.waymark.output.PostGisWriter;
import org.waymark.output.WriteMode;

/**
 * The PostGIS layers written from a task: the core's {@link PostGisWriter} adding each document in its own
 * transaction, so that every task of every executor writes at once without losing counts, and a task run again
 * (after a lost executor) adds nothing twice. The password comes from the executor's {@code PGPASSWORD} or
 * {@code ~/.pgpass}, as for {@code waymark map --to}.
 */
final class PostGisOutput implements AutoCloseable {

    private final PostGisWriter writer;
    private boolean closed;

    private PostGisOutput(PostGisWriter writer) {
        this.writer = writer;
    }

    /** Opens the schema that {@link #prepare} set up. */
    static PostGisOutput open(String url) {
        return new PostGisOutput(PostGisWriter.open(PostGisTarget.parse(url), WriteMode.APPEND,
                DocumentSink.Options.DEFAULT));
    }

    /** On the driver, before any task: checks the target under {@code mode} and creates or empties its tables. */
    static void prepare(String url, WriteMode mode) {
        PostGisTarget target = PostGisTarget.parse(url);
        PostGisWriter.check(target, mode);
        PostGisWriter.open(target, mode, DocumentSink.Options.DEFAULT).close();
    }

    void write(ParsedDocument parsed, JobCounters counters) {
        if (writer.write(parsed) == DocumentSink.Outcome.CHANGED_KEPT) {
            counters.problem("skipped document " + parsed.document().id() + " for " + writer.target()
                    + ": it is there with another text");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }
}
