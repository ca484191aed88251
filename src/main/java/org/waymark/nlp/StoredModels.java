package org.waymark.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step: the models' files stored in the runnable jar as they are, not deflated. A run reads all of them at
 * start, and inflating their 56 MB took 0.2-0.3 s of CPU in every start (a third of it on a cold start's critical
 * path) for 28 MB saved in the jar. The embedded gazetteer stays deflated: stored, it would take the jar over its
 * 120 MB.
 */
public final class StoredModels {
    /** The entries stored as they are: the files {@link ParserModel} and {@link TaggerModels} write. */
    static final List<String> ENTRIES = List.of(ParserModel.BINARY_MODEL, TaggerModels.TAGGER, TaggerModels.NER,
            TaggerModels.NER_TABLES, TaggerModels.LEXICON, TaggerModels.TAGGER_WEIGHTS,
            TaggerModels.TAGGER_DICTIONARY).stream()
            .map(name -> StoredModels.class.getPackageName().replace('.', '/') + "/" + name).toList();

    private StoredModels() {
    }

    /** {@code StoredModels JAR}: rewrites the jar in place, every entry in its order, the models stored. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StoredModels JAR");
        }
        store(Path.of(args[0]));
    }

    static void store(Path jar) throws IOException {
        Path out = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                try (InputStream data = in.getInputStream(e)) {
                    if (ENTRIES.contains(e.getName())) {
                        byte[] bytes = data.readAllBytes();
                        zip.putNextEntry(stored(e, bytes));
                        zip.write(bytes);
                    } else {
                        zip.putNextEntry(deflated(e));
                        data.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ZipEntry stored(ZipEntry e, byte[] bytes) {
        ZipEntry s = new ZipEntry(e.getName());
        s.setTime(e.getTime());
        s.setMethod(ZipEntry.STORED);
        s.setSize(bytes.length);
        s.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        s.setCrc(crc.getValue());
        return s;
    }

    /** The entry's name, time, comment and extra fields; its sizes are measured again as it is written. */
    private static ZipEntry deflated(ZipEntry e) {
        ZipEntry d = new ZipEntry(e.getName());
        d.setTime(e.getTime());
        if (e.getExtra() != null) {
            d.setExtra(e.getExtra());
        }
        if (e.getComment() != null) {
            d.setComment(e.getComment());
        }
        return d;
    }
}
