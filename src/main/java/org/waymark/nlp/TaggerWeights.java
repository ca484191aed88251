package org.waymark.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The POS tagger's weights by feature, in the form its scoring reads them and the build writes them. CoreNLP keeps,
 * for each feature (a kind of feature, such as "the previous tag", and the value it takes), an array over all the
 * tags (45) of indices into one large weight array, most of them -1, in a hash map per kind; it reads the 300,000 of
 * them one by one at every start, and scoring a feature reads all 45 indices and jumps into the large array for each
 * weight. Here the values of each kind are a {@link StringTable}, and a feature's row holds only the tags it weighs
 * and their weights, side by side: a few arrays read in bulk. Adding a row adds the same weights to the same tags, so
 * the scores are CoreNLP's bit for bit. Read-only and thread-safe.
 */
public final class TaggerWeights {
    private final StringTable[] values;
    /** by kind: the row of its first value */
    private final int[] firstRow;
    /** by row: where its tags and weights start; one more than the rows */
    private final int[] rowStarts;
    private final byte[] tags;
    private final double[] weights;

    private TaggerWeights(StringTable[] values, int[] rowStarts, byte[] tags, double[] weights) {
        this.values = values;
        this.firstRow = new int[values.length];
        for (int k = 1; k < values.length; k++) {
            firstRow[k] = firstRow[k - 1] + values[k - 1].size();
        }
        this.rowStarts = rowStarts;
        this.tags = tags;
        this.weights = weights;
    }

    /**
     * The weights of a model in CoreNLP's form.
     *
     * @param associations by kind of feature, the value → for each tag, the index of its weight, or -1 (CoreNLP's
     *                     {@code MaxentTagger.fAssociations})
     * @param lambda       the weights those indices point into (CoreNLP's {@code LambdaSolve.lambda})
     */
    public static TaggerWeights of(List<Map<String, int[]>> associations, double[] lambda) {
        StringTable[] values = new StringTable[associations.size()];
        List<int[]> rows = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            List<String> keys = new ArrayList<>(associations.get(k).keySet());
            values[k] = StringTable.of(keys);
            for (String key : keys) {
                rows.add(associations.get(k).get(key));
            }
        }
        int[] rowStarts = new int[rows.size() + 1];
        int pairs = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int index : rows.get(r)) {
                pairs += index >= 0 ? 1 : 0;
            }
            rowStarts[r + 1] = pairs;
        }
        byte[] tags = new byte[pairs];
        double[] weights = new double[pairs];
        int at = 0;
        for (int[] row : rows) {
            if (row.length > Byte.MAX_VALUE + 1) {
                throw new IllegalArgumentException(row.length + " tags: at most 128");
            }
            for (int tag = 0; tag < row.length; tag++) {
                if (row[tag] >= 0) {
                    tags[at] = (byte) tag;
                    weights[at++] = lambda[row[tag]];
                }
            }
        }
        return new TaggerWeights(values, rowStarts, tags, weights);
    }

    /** Adds the weights of the feature {@code kind} = {@code value} to the scores of the tags (none if unknown). */
    public void addTo(int kind, String value, double[] scores) {
        int entry = values[kind].find(value);
        if (entry < 0) {
            return;
        }
        int row = firstRow[kind] + entry;
        for (int i = rowStarts[row], end = rowStarts[row + 1]; i < end; i++) {
            scores[tags[i] & 0xFF] += weights[i];
        }
    }

    /** The kinds of feature. */
    public int kinds() {
        return values.length;
    }

    public void write(DataOutputStream data) throws IOException {
        data.writeInt(values.length);
        for (StringTable v : values) {
            v.write(data);
        }
        data.writeInt(rowStarts.length);
        for (int s : rowStarts) {
            data.writeInt(s);
        }
        data.writeInt(tags.length);
        data.write(tags);
        for (double w : weights) {
            data.writeDouble(w);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static TaggerWeights read(DataInputStream data) throws IOException {
        BulkInput bulk = new BulkInput(data);
        StringTable[] values = new StringTable[data.readInt()];
        for (int k = 0; k < values.length; k++) {
            values[k] = StringTable.read(data, bulk);
        }
        int rows = rows(values);
        int[] rowStarts = bulk.readInts(new int[data.readInt()]);
        if (rowStarts.length != rows + 1) {
            throw new IOException("not the tagger's weights: " + rowStarts.length + " row starts for " + rows + " rows");
        }
        byte[] tags = new byte[data.readInt()];
        data.readFully(tags);
        if (rowStarts[rows] != tags.length) {
            throw new IOException("not the tagger's weights: rows of " + rowStarts[rows] + " tags, " + tags.length
                    + " given");
        }
        return new TaggerWeights(values, rowStarts, tags, bulk.readDoubles(new double[tags.length]));
    }

    /** The rows of all kinds together: one per value. */
    private static int rows(StringTable[] values) {
        int rows = 0;
        for (StringTable v : values) {
            rows += v.size();
        }
        return rows;
    }
}
