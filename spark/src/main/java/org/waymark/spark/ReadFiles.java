package org.waymark.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.waymark.text.Document;
import org.waymark.text.DocumentReader;

/**
 * Reads the documents of one input file on an executor, by the core's {@link DocumentReader#documentsOf}, so that a
 * file gives the documents {@code waymark map} reads from it. Each document's ordinal is the file's position in the
 * input shifted left by 32 bits plus its position in the file: input order, whatever the partitioning. What cannot
 * be read is told to the driver.
 */
final class ReadFiles implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** A file's documents are numbered within 32 bits of the ordinal. */
    static final int FILE_SHIFT = 32;

    private final Broadcast<SerializableConfiguration> conf;
    private final JobCounters counters;

    ReadFiles(Broadcast<SerializableConfiguration> conf, JobCounters counters) {
        this.conf = conf;
        this.counters = counters;
    }

    /** @param file a row of (index, name, uri); its documents are read as the rows are taken, in constant memory */
    @Override
    public Iterator<Row> call(Row file) {
        long index = file.getLong(0);
        String name = file.getString(1);
        Path path = new Path(file.getString(2));
        InputStream in;
        try {
            in = path.getFileSystem(conf.value().value()).open(path);
        } catch (IOException e) {
            counters.problem("skipped " + name + ": " + e.getMessage());
            return java.util.Collections.emptyIterator();
        }
        Iterator<Document> documents = DocumentReader.documentsOf(name, in,
                problem -> counters.problem("skipped " + problem));
        return new Iterator<>() {
            private long n;

            @Override
            public boolean hasNext() {
                if (documents.hasNext()) {
                    return true;
                }
                closeQuietly(in);
                return false;
            }

            @Override
            public Row next() {
                return InputSchema.row((index << FILE_SHIFT) + n++, documents.next());
            }
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // a file only read from: nothing is lost
        }
    }
}
