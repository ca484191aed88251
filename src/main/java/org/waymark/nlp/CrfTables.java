package org.waymark.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The NER's two large tables in Waymark's form: its feature names ({@link FeatureIndex}) and its weights, a row of 5
 * or 24 floats per feature. Java serialization reads 143,284 strings, map nodes and float arrays one object at a
 * time (220 ms at every start); here the names are a {@link StringTable} and the weights one run of floats with the
 * length of each row. The build writes them beside the model, which keeps empty tables in their place
 * ({@link TaggerModels}).
 */
record CrfTables(FeatureIndex features, float[][] weights) {
    private static final String MAGIC = "WAYMARK-CRF-TABLES";
    private static final int VERSION = 1;

    CrfTables {
        if (features.size() != weights.length) {
            throw new IllegalArgumentException(features.size() + " features, " + weights.length + " rows of weights");
        }
    }

    /** The tables of a CRF: its features in their numbering, and its weights. */
    static CrfTables of(List<String> features, float[][] weights) {
        return new CrfTables(new FeatureIndex(StringTable.of(features)), weights);
    }

    void write(DataOutputStream data) throws IOException {
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        features.table().write(data);
        int floats = 0;
        for (float[] row : weights) {
            if (row.length > Short.MAX_VALUE) {
                throw new IllegalArgumentException("a row of " + row.length + " weights");
            }
            data.writeShort(row.length);
            floats += row.length;
        }
        data.writeInt(floats);
        ByteBuffer bytes = ByteBuffer.allocate(Math.max(4, floats * 4));
        for (float[] row : weights) {
            bytes.asFloatBuffer().put(row);
            bytes.position(bytes.position() + row.length * 4);
        }
        data.write(bytes.array(), 0, floats * 4);
    }

    static CrfTables read(DataInputStream data) throws IOException {
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != VERSION) {
            throw new IOException("not the NER tables of this Waymark version");
        }
        BulkInput bulk = new BulkInput(data);
        StringTable names = StringTable.read(data, bulk);
        float[][] weights = new float[names.size()][];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = new float[data.readShort()];
        }
        bulk.readRows(weights, data.readInt());
        return new CrfTables(new FeatureIndex(names), weights);
    }
}
