package org.waymark.gazetteer;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The index on disk (format version 2), laid out to be read in place: a header (magic, version, the offset and length
 * of each section) and the {@link IndexData} sections, uncompressed, big-endian, each starting at a multiple of 8.
 * A file is memory-mapped section by section ({@link #open(Path)}); the embedded index, a classpath resource inside
 * the jar, is read onto the heap ({@link #read(InputStream, String)}). A version 1 file (gzip, Waymark 0.1) still
 * opens: it is converted once into a version 2 file in the temporary folder and mapped from there.
 */
final class IndexFile {
    static final String MAGIC = "WAYMARK-GAZETTEER";
    static final int VERSION = 2;
    private static final int ALIGN = 8;
    /** The largest section one buffer can map. */
    private static final long MAX_SECTION = Integer.MAX_VALUE;

    /** A section's bytes, written when the file is. */
    interface Section {
        long length();

        void writeTo(OutputStream out) throws IOException;
    }

    private IndexFile() {
    }

    /** Writes the sections (in {@link IndexData} order) to {@code out}, replacing it only once complete. */
    static void write(List<Section> sections, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".part");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                byte[] header = header(sections);
                file.write(header);
                long at = header.length;
                for (Section s : sections) {
                    for (; at % ALIGN != 0; at++) {
                        file.write(0);
                    }
                    s.writeTo(file);
                    at += s.length();
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Magic, version, section count, then offset and length of each section. */
    private static byte[] header(List<Section> sections) throws IOException {
        int size = 2 + MAGIC.length() + 4 + 4 + 16 * sections.size();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(sections.size());
        long at = size;
        for (Section s : sections) {
            at = (at + ALIGN - 1) / ALIGN * ALIGN;
            if (s.length() > MAX_SECTION) {
                throw new IllegalStateException("index section of " + s.length() + " bytes: more than one buffer maps");
            }
            data.writeLong(at);
            data.writeLong(s.length());
            at += s.length();
        }
        return bytes.toByteArray();
    }

    /** Maps an index file (converting a version 1 file first). */
    static IndexData open(Path in) throws IOException {
        try (FileChannel channel = FileChannel.open(in, StandardOpenOption.READ)) {
            ByteBuffer head = channel.map(FileChannel.MapMode.READ_ONLY, 0, Math.min(channel.size(), 1024));
            if (head.limit() >= 2 && Short.toUnsignedInt(head.getShort(0)) == LegacyIndexFile.GZIP_MAGIC) {
                return convertLegacy(in);
            }
            List<ByteBuffer> sections = new ArrayList<>();
            for (long[] s : sections(head, channel.size(), in.toString())) {
                sections.add(channel.map(FileChannel.MapMode.READ_ONLY, s[0], s[1]));
            }
            return new IndexData(sections, in.toString());
        } catch (NoSuchFileException e) {
            throw new GazetteerFileException(in.toString(), 0, "no such gazetteer index file");
        }
    }

    /** Reads an index from a stream onto the heap (the embedded index); {@code name} is for errors. */
    static IndexData read(InputStream in, String name) throws IOException {
        ByteBuffer all = ByteBuffer.wrap(readAll(in));
        if (all.limit() >= 2 && Short.toUnsignedInt(all.getShort(0)) == LegacyIndexFile.GZIP_MAGIC) {
            throw new GazetteerFileException(name, 0, "index of format version 1: rebuild it (mvn process-classes)");
        }
        List<ByteBuffer> sections = new ArrayList<>();
        for (long[] s : sections(all, all.limit(), name)) {
            sections.add(all.slice((int) s[0], (int) s[1]));
        }
        return new IndexData(sections, name);
    }

    /**
     * The whole stream, in an array of its size when the stream tells it ({@code available()} of a jar entry's
     * stream is its size): {@code readAllBytes} would read 25 MB in pieces and copy them into a second array.
     */
    static byte[] readAll(InputStream in) throws IOException {
        int expected = in.available();
        if (expected <= 0) {
            return in.readAllBytes();
        }
        byte[] bytes = new byte[expected];
        int n = in.readNBytes(bytes, 0, expected);
        byte[] rest = in.readAllBytes();
        if (n == expected && rest.length == 0) {
            return bytes;
        }
        byte[] all = Arrays.copyOf(bytes, n + rest.length);
        System.arraycopy(rest, 0, all, n, rest.length);
        return all;
    }

    /** Offset and length of each section, checked against the header and the file's size. */
    private static List<long[]> sections(ByteBuffer head, long size, String name) throws GazetteerFileException {
        try {
            byte[] magic = new byte[Short.toUnsignedInt(head.getShort(0))];
            head.get(2, magic);
            String found = new String(magic, StandardCharsets.UTF_8);
            if (!MAGIC.equals(found)) {
                throw new GazetteerFileException(name, 0, "not a Waymark gazetteer index (header '" + found + "')");
            }
            int at = 2 + magic.length;
            int version = head.getInt(at);
            if (version != VERSION) {
                throw new GazetteerFileException(name, 0, "index format version " + version + ", this Waymark reads "
                        + "versions 1 and " + VERSION + ": rebuild it with 'waymark gazetteer build'");
            }
            int count = head.getInt(at + 4);
            if (count != IndexData.SECTIONS) {
                throw new GazetteerFileException(name, 0, "index has " + count + " sections, expected "
                        + IndexData.SECTIONS);
            }
            List<long[]> sections = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long offset = head.getLong(at + 8 + 16 * i);
                long length = head.getLong(at + 16 + 16 * i);
                if (offset < 0 || length < 0 || length > MAX_SECTION || offset + length > size) {
                    throw new GazetteerFileException(name, 0, "truncated or corrupt gazetteer index (section " + i
                            + " at " + offset + "+" + length + ", file of " + size + " bytes)");
                }
                sections.add(new long[]{offset, length});
            }
            return sections;
        } catch (IndexOutOfBoundsException | BufferUnderflowException e) {
            throw new GazetteerFileException(name, 0, "truncated or corrupt gazetteer index header");
        }
    }

    /** A version 1 file, written anew as version 2 into the temporary folder and mapped from there. */
    private static IndexData convertLegacy(Path in) throws IOException {
        IndexTables t;
        try (InputStream file = Files.newInputStream(in)) {
            t = LegacyIndexFile.read(file, in.toString());
        }
        Path dir = Files.createTempDirectory("waymark-index");
        Path converted = dir.resolve(in.getFileName() + ".v2");
        try (PlaceStore store = PlaceStore.of(t, dir)) {
            store.write(converted);
        }
        converted.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return open(converted);
    }
}
