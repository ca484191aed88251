package org.waymark.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The built index on disk: gzip over a versioned header and the {@link IndexTables} arrays, each written as a
 * length and a block of big-endian bytes, so that loading is a few bulk reads rather than one read per value.
 */
final class IndexFile {
    static final String MAGIC = "WAYMARK-GAZETTEER";
    static final int VERSION = 1;

    private IndexFile() {
    }

    static void write(IndexTables t, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // write beside and move, so that a failed build never leaves a half index where a good one was
        Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".part");
        try {
            try (OutputStream file = Files.newOutputStream(tmp);
                 DataOutputStream data = new DataOutputStream(new BufferedOutputStream(
                         new GZIPOutputStream(file, 1 << 16), 1 << 16))) {
                data.writeUTF(MAGIC);
                data.writeInt(VERSION);
                writeLongs(data, t.ids());
                writeDoubles(data, t.latitudes());
                writeDoubles(data, t.longitudes());
                writeStrings(data, t.names());
                writeShorts(data, t.features());
                writeStrings(data, t.featureClasses());
                writeStrings(data, t.featureCodes());
                writeShorts(data, t.countries());
                writeStrings(data, t.countryTable());
                writeInts(data, t.admin1s());
                writeStrings(data, t.admin1Table());
                writeLongs(data, t.populations());
                writeBytes(data, t.keyBytes());
                writeInts(data, t.keyStarts());
                writeInts(data, t.postingStarts());
                writeInts(data, t.postings());
                data.writeInt(t.maxNameTokens());
                writeStrings(data, t.countryCodes());
                writeInts(data, t.countryPlaces());
                writeStrings(data, t.admin1Keys());
                writeInts(data, t.admin1Places());
                writeStrings(data, t.demonymForms());
                writeStrings(data, t.demonymCodes());
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static IndexTables read(Path in) throws IOException {
        try (InputStream file = Files.newInputStream(in)) {
            return read(file, in.toString());
        } catch (NoSuchFileException e) {
            throw new GazetteerFileException(in.toString(), 0, "no such gazetteer index file");
        }
    }

    /** Reads an index from a stream (a file, or the embedded index on the classpath); {@code name} is for errors. */
    static IndexTables read(InputStream file, String name) throws IOException {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(file, 1 << 16), 1 << 16))) {
            String magic = data.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new GazetteerFileException(name, 0, "not a Waymark gazetteer index (header '" + magic + "')");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new GazetteerFileException(name, 0, "index format version " + version
                        + ", this Waymark reads version " + VERSION + ": rebuild it with 'waymark gazetteer build'");
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

    private static void writeBlock(DataOutputStream out, int n, ByteBuffer b) throws IOException {
        out.writeInt(n);
        out.write(b.array());
    }

    private static void writeLongs(DataOutputStream out, long[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Long.BYTES);
        b.asLongBuffer().put(a);
        writeBlock(out, a.length, b);
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        ByteBuffer b = block(in, Long.BYTES);
        long[] a = new long[b.capacity() / Long.BYTES];
        b.asLongBuffer().get(a);
        return a;
    }

    private static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Double.BYTES);
        b.asDoubleBuffer().put(a);
        writeBlock(out, a.length, b);
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        ByteBuffer b = block(in, Double.BYTES);
        double[] a = new double[b.capacity() / Double.BYTES];
        b.asDoubleBuffer().get(a);
        return a;
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Integer.BYTES);
        b.asIntBuffer().put(a);
        writeBlock(out, a.length, b);
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        ByteBuffer b = block(in, Integer.BYTES);
        int[] a = new int[b.capacity() / Integer.BYTES];
        b.asIntBuffer().get(a);
        return a;
    }

    private static void writeShorts(DataOutputStream out, short[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Short.BYTES);
        b.asShortBuffer().put(a);
        writeBlock(out, a.length, b);
    }

    private static short[] readShorts(DataInputStream in) throws IOException {
        ByteBuffer b = block(in, Short.BYTES);
        short[] a = new short[b.capacity() / Short.BYTES];
        b.asShortBuffer().get(a);
        return a;
    }

    private static void writeBytes(DataOutputStream out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        return block(in, 1).array();
    }

    /** Strings as one UTF-8 block plus their byte lengths. */
    private static void writeStrings(DataOutputStream out, String[] a) throws IOException {
        byte[][] utf8 = new byte[a.length][];
        int[] lengths = new int[a.length];
        int total = 0;
        for (int i = 0; i < a.length; i++) {
            utf8[i] = a[i].getBytes(StandardCharsets.UTF_8);
            lengths[i] = utf8[i].length;
            total += lengths[i];
        }
        byte[] all = new byte[total];
        int at = 0;
        for (byte[] s : utf8) {
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        writeInts(out, lengths);
        writeBytes(out, all);
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
