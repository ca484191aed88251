package org.waymark.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A gold corpus for toponym recognition and resolution, read from one file whose format is told from its content.
 *
 * @param format    what the file held
 * @param documents the documents, in file order
 * @param offsets   how the file's offsets agreed with its phrases (see {@link OffsetCheck})
 */
public record GoldCorpus(Format format, List<GoldDocument> documents, OffsetCheck offsets) {

    public enum Format {
        /** {@code <articles><article docid><text><toponyms><toponym>…}: LGL, TR-News. */
        LGL_XML,
        /** {@code <articles><article><text><locations><location>…}: GeoVirus (offsets are 1-based there). */
        GEOVIRUS_XML,
        /** One JSON object a line: {@code {"id","text","toponyms":[{"start","end","geonameid","lat","lon"}]}}. */
        JSONL
    }

    public GoldCorpus {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(offsets, "offsets");
        documents = List.copyOf(documents);
    }

    /**
     * Reads a gold file: XML whose root is {@code <articles>} (LGL/TR-News or GeoVirus, told apart by whether
     * articles hold {@code <toponyms>} or {@code <locations>}), or JSON Lines (first character '{').
     *
     * @throws IllegalArgumentException naming the file and place when the content is not one of these formats
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static GoldCorpus read(Path file) {
        String origin = file.toString();
        String content = readUtf8(file);
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        String body = content.stripLeading();
        if (body.isEmpty()) {
            throw new IllegalArgumentException(origin + " is empty");
        }
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        switch (body.charAt(0)) {
            case '<' -> {
                GoldXmlReader reader = new GoldXmlReader(origin, stem);
                var root = Xml.parse(content, origin);
                return reader.detect(root) == Format.LGL_XML ? reader.readLgl(root) : reader.readGeoVirus(root);
            }
            case '{' -> {
                return new GoldJsonlReader(origin).read(content);
            }
            default -> throw new IllegalArgumentException(origin + ": unknown gold format: expected XML with an "
                    + "<articles> root (LGL/TR-News or GeoVirus) or JSON Lines ({\"id\",\"text\",\"toponyms\"} a line),"
                    + " but it starts with '" + body.substring(0, Math.min(20, body.length())).strip() + "'");
        }
    }

    /** Number of gold toponyms over all documents. */
    public int toponyms() {
        return documents.stream().mapToInt(d -> d.toponyms().size()).sum();
    }

    private static String readUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold corpus " + file, e);
        }
    }
}
