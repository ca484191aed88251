package org.waymark.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Documents of a JSONL file, one line at a time, so a file of any size streams in constant memory. Each line is
 * an object with {@code id} (string or number) and {@code text} (string), optionally {@code title}, {@code url}
 * (becomes the source; the file's path otherwise) and {@code date}. Blank lines are skipped; every other line
 * that is not such an object is one {@link InputProblem} with its line number, and reading goes on.
 */
final class JsonlFile implements Closeable {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ByteLines lines;
    private final String name;
    private final Consumer<InputProblem> problems;
    private final LongConsumer bytesRead;
    private int lineNumber;
    private int documents;
    private int reported;
    private boolean done;

    /**
     * @param in        the file's bytes; closed by {@link #close()}
     * @param name      how problems name the file; also the source of documents whose line has no url
     * @param bytesRead told how many bytes each line took, for progress
     */
    JsonlFile(InputStream in, String name, long maxLineBytes, Consumer<InputProblem> problems,
            LongConsumer bytesRead) {
        this.lines = new ByteLines(in, maxLineBytes);
        this.name = name;
        this.problems = problems;
        this.bytesRead = bytesRead;
    }

    /** The next good document, or null at the end of the file (or after a read error, which is reported). */
    Document next() {
        while (!done) {
            byte[] line;
            try {
                line = lines.next();
            } catch (IOException e) {
                report(InputProblem.of(name, "read failed after line " + lineNumber + ": " + DocumentReader.describe(e)));
                done = true;
                break;
            }
            if (line == null) {
                done = true;
                if (documents == 0 && reported == 0) {
                    report(InputProblem.of(name, lineNumber == 0 ? "empty file" : "no documents, only blank lines"));
                }
                break;
            }
            lineNumber++;
            bytesRead.accept(lines.lastLineBytes());
            if (lines.lastLineTooLong()) {
                report(new InputProblem(name, lineNumber, "line longer than " + (lines.maxLineBytes >> 20)
                        + " MB; skipped"));
                continue;
            }
            if (lineNumber == 1 && (TextBytes.isUtf16Bom(line) || TextBytes.indexOfNul(line, 0, line.length) >= 0)) {
                report(InputProblem.of(name, TextBytes.isUtf16Bom(line)
                        ? "UTF-16 text; convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8"
                        : "binary file (NUL bytes), not JSONL"));
                done = true;
                break;
            }
            if (isBlank(line)) {
                continue;
            }
            try {
                Document document = parse(line);
                documents++;
                return document;
            } catch (BadInputException e) {
                report(e.toProblem(name));
            }
        }
        return null;
    }

    /** The line the last returned document was on. */
    int lineNumber() {
        return lineNumber;
    }

    private Document parse(byte[] bytes) throws BadInputException {
        String line = TextBytes.utf8Line(bytes, lineNumber);
        if (lineNumber == 1) {
            line = TextBytes.withoutBom(line);
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage().startsWith("Trailing token")) {
                throw new BadInputException(lineNumber, "more than one JSON value on the line; JSONL takes one "
                        + "object per line");
            }
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new BadInputException(lineNumber, "bad JSON" + (column > 0 ? " at column " + column : "") + ": "
                    + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new BadInputException(lineNumber, "expected a JSON object, found " + kind(node));
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            throw new BadInputException(lineNumber, "missing \"id\"");
        }
        if (!id.isTextual() && !id.isIntegralNumber()) {
            throw new BadInputException(lineNumber, "\"id\" must be a string or an integer, found " + kind(id));
        }
        if (id.asText().isBlank()) {
            throw new BadInputException(lineNumber, "\"id\" is empty");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new BadInputException(lineNumber, "missing \"text\"");
        }
        if (!text.isTextual()) {
            throw new BadInputException(lineNumber, "\"text\" must be a string, found " + kind(text));
        }
        if (text.asText().isBlank()) {
            throw new BadInputException(lineNumber, "\"text\" is empty");
        }
        String url = optional(node, "url");
        return new Document(id.asText(), text.asText(), optional(node, "title"), url != null ? url : name,
                optional(node, "date"));
    }

    /** Optional metadata: absent, null or blank is null; a number is taken as written; anything else is wrong. */
    private String optional(JsonNode object, String field) throws BadInputException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new BadInputException(lineNumber, "\"" + field + "\" must be a string, found " + kind(value));
        }
        String s = value.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void report(InputProblem problem) {
        reported++;
        problems.accept(problem);
    }

    @Override
    public void close() throws IOException {
        done = true;
        lines.in.close();
    }

    /**
     * Lines as bytes, split on {@code \n} with a trailing {@code \r} dropped. Bytes, not chars, so that a line
     * that is not UTF-8 is reported on its own and the lines after it are still read.
     */
    private static final class ByteLines {
        final InputStream in;
        final long maxLineBytes;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private byte[] line = new byte[256];
        private int length;
        private long lastLineBytes;
        private boolean tooLong;

        ByteLines(InputStream in, long maxLineBytes) {
            this.in = in;
            this.maxLineBytes = maxLineBytes;
        }

        /** The next line without its terminator, or null at the end of input. */
        byte[] next() throws IOException {
            length = 0;
            lastLineBytes = 0;
            tooLong = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return lastLineBytes == 0 ? null : finish();
                    }
                }
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                append(start, position);
                lastLineBytes += position - start;
                if (position < limit) {
                    position++;
                    lastLineBytes++;
                    return finish();
                }
            }
        }

        long lastLineBytes() {
            return lastLineBytes;
        }

        boolean lastLineTooLong() {
            return tooLong;
        }

        private void append(int from, int to) {
            int n = to - from;
            if (tooLong || (long) length + n > maxLineBytes) {
                tooLong = true;
                return;
            }
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
            }
            System.arraycopy(buffer, from, line, length, n);
            length += n;
        }

        private byte[] finish() {
            int n = length;
            if (n > 0 && line[n - 1] == '\r') {
                n--;
            }
            return Arrays.copyOf(line, n);
        }
    }
}
