package org.waymark.gazetteer;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The index format of Waymark 0.1 (version 1): gzip over a versioned header and the {@link IndexTables} arrays, each a
 * length and a block of big-endian bytes. Read so that an index built then still opens ({@link IndexFile} converts it
 * to the current, mapped format); nothing writes it any more.
 */
final class LegacyIndexFile {
    static final String MAGIC = "WAYMARK-GAZETTEER";
    static final int VERSION = 1;
    /** The first two bytes of a gzip stream, which a version 1 file is. */
    static final int GZIP_MAGIC = 0x1f8b;

    private LegacyIndexFile() {
    }

    /** Reads a version 1 index from a stream; {@code name} is for errors. */
    static IndexTables read(InputStream file, String name) throws IOException {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(file, 1 << 16), 1 << 16))) {
            String magic = data.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new GazetteerFileException(name, 0, "not a Waymark gazetteer index (header '" + magic + "')");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new GazetteerFileException(name, 0, "gzipped index of format version " + version
                        + ", which this Waymark cannot read: rebuild it with 'waymark gazetteer build'");
            }
            IndexTables t = new IndexTables(readLongs(data), readDoubles(data), readDoubles(data), readStrings(data),
                    readShorts(data), readStrings(data), readStrings(data), readShorts(data), readStrings(data),
                    readInts(data), readStrings(data), readLongs(data),
                    readBytes(data), readInts(data), readInts(data), readInts(data), data.readInt(),
                    readStrings(data), readInts(data), readStrings(data), readInts(data),
                    readStrings(data), readStrings(data));
            check(t, name);
            return t;
        } catch (EOFException | ZipException | NegativeArraySizeException | IndexOutOfBoundsException | ArithmeticException e) {
            throw new GazetteerFileException(name, 0, "truncated or corrupt gazetteer index (" + e.getMessage() + ")");
        }
    }

    /** Cheap consistency checks, so that a damaged file fails here rather than as an index error at lookup. */
    private static void check(IndexTables t, String name) throws GazetteerFileException {
        int n = t.placeCount();
        boolean ok = t.latitudes().length == n && t.longitudes().length == n && t.names().length == n
                && t.features().length == n && t.countries().length == n && t.admin1s().length == n
                && t.populations().length == n && t.postingStarts().length == t.keyStarts().length
                && t.keyStarts()[t.keyCount()] == t.keyBytes().length
                && t.postingStarts()[t.keyCount()] == t.postings().length
                && t.countryCodes().length == t.countryPlaces().length
                && t.admin1Keys().length == t.admin1Places().length
                && t.demonymForms().length == t.demonymCodes().length;
        if (!ok) {
            throw new GazetteerFileException(name, 0, "inconsistent gazetteer index tables");
        }
    }

    private static ByteBuffer block(DataInputStream in, int width) throws IOException {
        int n = in.readInt();
        byte[] bytes = new byte[Math.multiplyExact(n, width)];
        in.readFully(bytes);
        return ByteBuffer.wrap(bytes);
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        ByteBuffer b = block(in, Long.BYTES);
        long[] a = new long[b.capacity() / Long.BYTES];
        b.asLongBuffer().get(a);
        return a;
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        ByteBuffer b = block(in, Double.BYTES);
        double[] a = new double[b.capacity() / Double.BYTES];
        b.asDoubleBuffer().get(a);
        return a;
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        ByteBuffer b = block(in, Integer.BYTES);
        int[] a = new int[b.capacity() / Integer.BYTES];
        b.asIntBuffer().get(a);
        return a;
    }

    private static short[] readShorts(DataInputStream in) throws IOException {
        ByteBuffer b = block(in, Short.BYTES);
        short[] a = new short[b.capacity() / Short.BYTES];
        b.asShortBuffer().get(a);
        return a;
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        return block(in, 1).array();
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        int[] lengths = readInts(in);
        byte[] all = readBytes(in);
        String[] a = new String[lengths.length];
        int at = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = new String(all, at, lengths[i], StandardCharsets.UTF_8);
            at += lengths[i];
        }
        return a;
    }
}
