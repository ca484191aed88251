package org.waymark.nlp;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/**
 * Arrays read from a model file through one small buffer: reading each array's bytes whole first would allocate (and
 * zero) as much again, at every start. Big-endian, as {@code DataOutputStream} and {@code ByteBuffer} write them.
 */
final class BulkInput {
    private final DataInputStream data;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    BulkInput(DataInputStream data) {
        this.data = data;
    }

    /** Fills {@code into} with characters written one byte each (Latin-1). */
    char[] readLatin1(char[] into) throws IOException {
        read(into.length, 1, (at, n) -> {
            for (int i = 0; i < n; i++) {
                into[at + i] = (char) (buffer.get(i) & 0xFF);
            }
        });
        return into;
    }

    /** Fills {@code into} with characters written two bytes each. */
    char[] readChars(char[] into) throws IOException {
        read(into.length, 2, (at, n) -> buffer.asCharBuffer().get(into, at, n));
        return into;
    }

    int[] readInts(int[] into) throws IOException {
        read(into.length, 4, (at, n) -> buffer.asIntBuffer().get(into, at, n));
        return into;
    }

    float[] readFloats(float[] into) throws IOException {
        read(into.length, 4, (at, n) -> buffer.asFloatBuffer().get(into, at, n));
        return into;
    }

    double[] readDoubles(double[] into) throws IOException {
        read(into.length, 8, (at, n) -> buffer.asDoubleBuffer().get(into, at, n));
        return into;
    }

    /** Where the values a bufferful holds go: the {@code n} values at {@code at} of the array being read. */
    private interface Chunk {
        void take(int at, int n);
    }

    /** Reads {@code length} values of {@code width} bytes a bufferful at a time, each handed to {@code chunk}. */
    private void read(int length, int width, Chunk chunk) throws IOException {
        for (int at = 0; at < length; ) {
            int n = fill(length - at, width);
            chunk.take(at, n);
            at += n;
        }
    }

    /** Fills the rows, in order, from one run of {@code floats} floats: as many as the rows hold together. */
    float[][] readRows(float[][] rows, int floats) throws IOException {
        int row = nonEmpty(rows, 0);
        int at = 0;
        for (int left = floats; left > 0; ) {
            int n = fill(left, 4);
            FloatBuffer in = buffer.asFloatBuffer();
            while (in.hasRemaining()) {
                if (row == rows.length) {
                    throw new IOException(floats + " floats for rows that hold fewer");
                }
                int take = Math.min(in.remaining(), rows[row].length - at);
                in.get(rows[row], at, take);
                at += take;
                if (at == rows[row].length) {
                    row = nonEmpty(rows, row + 1);
                    at = 0;
                }
            }
            left -= n;
        }
        if (row != rows.length) {
            throw new IOException(floats + " floats for rows that hold more");
        }
        return rows;
    }

    /** The first row from {@code from} on that has room. */
    private static int nonEmpty(float[][] rows, int from) {
        int row = from;
        while (row < rows.length && rows[row].length == 0) {
            row++;
        }
        return row;
    }

    /** Reads up to {@code left} values of {@code width} bytes into the buffer; returns how many. */
    private int fill(int left, int width) throws IOException {
        int n = Math.min(left, buffer.capacity() / width);
        buffer.clear();
        data.readFully(buffer.array(), 0, n * width);
        buffer.limit(n * width);
        return n;
    }
}
