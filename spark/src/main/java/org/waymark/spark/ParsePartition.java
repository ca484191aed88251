package org.waymark.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.waymark.ParseResult;
import org.waymark.ParsedDocument;
import org.waymark.UnparsedDocument;
import org.waymark.output.DocumentRows;
import org.waymark.text.Document;

/**
 * Geoparses the documents of one partition with the pipeline of the executor's JVM ({@link Pipeline}): each input
 * row ({@link InputSchema}) becomes one row of {@link ParsedSchema} holding the rows the document adds to each layer,
 * as {@code waymark map} makes them ({@link DocumentRows}). A document the pipeline fails on is left out and told to
 * the driver, as {@code map} skips it. Where a PostGIS target is given, each document is also written there, in its
 * own transaction, by the core's writer.
 */
final class ParsePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final JobCounters counters;
    private final String postgis;

    /** @param postgis a {@code postgresql://} URL whose schema is set up, or null */
    ParsePartition(JobCounters counters, String postgis) {
        this.counters = counters;
        this.postgis = postgis;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Pipeline pipeline = Pipeline.get(counters::loaded);
        PostGisOutput database = postgis == null ? null : PostGisOutput.open(postgis);
        Iterator<Row> rows = new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && input.hasNext()) {
                    next = parse(pipeline, input.next(), database);
                }
                if (next == null && database != null) {
                    database.close();
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
        return rows;
    }

    private Row parse(Pipeline pipeline, Row row, PostGisOutput database) {
        Document document = InputSchema.document(row);
        ParseResult result = pipeline.parser().tryParse(document);
        if (result instanceof UnparsedDocument failed) {
            counters.problem("skipped document " + document.id() + ": could not be mapped: " + failed.reason());
            return null;
        }
        ParsedDocument parsed = (ParsedDocument) result;
        DocumentRows rows = DocumentRows.of(parsed, pipeline.paths());
        if (database != null) {
            database.write(parsed, counters);
        }
        counters.parsed(document.characters());
        return RowFactory.create(row.<Long>getAs(ParsedSchema.ORDINAL), SparkRows.of(rows.document()),
                SparkRows.array(rows.places()), SparkRows.array(rows.mentions()), SparkRows.array(rows.movements()));
    }
}
