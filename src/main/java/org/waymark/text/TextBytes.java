package org.waymark.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text without guessing: strict decoding (a bad byte is an error, not a silent U+FFFD), binary content
 * refused, UTF-16 recognized so the message can say so. The checks of every text-like input live here.
 */
final class TextBytes {

    private static final char BOM = '\uFEFF';

    private TextBytes() {
    }

    /**
     * The whole of a text file as strict UTF-8, without a leading byte order mark.
     *
     * @throws BadInputException empty, UTF-16, binary (NUL bytes) or not UTF-8; the message says which and where
     */
    static String utf8File(byte[] bytes) throws BadInputException {
        return file(bytes, StandardCharsets.UTF_8);
    }

    /** Like {@link #utf8File} for a file whose charset is known, e.g. declared by an HTML meta tag. */
    static String file(byte[] bytes, Charset charset) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        if (isUtf16Bom(bytes)) {
            throw new BadInputException("UTF-16 text; convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8");
        }
        int nul = indexOfNul(bytes, 0, bytes.length);
        if (nul >= 0) {
            throw new BadInputException("binary file (NUL byte at offset " + nul + "), not text");
        }
        try {
            return withoutBom(decode(bytes, 0, bytes.length, charset));
        } catch (MalformedAt e) {
            throw new BadInputException(lineOf(bytes, e.offset),
                    "not valid " + charset.name() + " (byte " + hex(bytes[e.offset]) + " at offset " + e.offset + ")"
                            + (charset.equals(StandardCharsets.UTF_8)
                                    ? "; convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8"
                                    : ""));
        }
    }

    /** One JSONL line as strict UTF-8 (NUL bytes are left to the JSON parser, which rejects them). */
    static String utf8Line(byte[] bytes, int lineNumber) throws BadInputException {
        try {
            return decode(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        } catch (MalformedAt e) {
            throw new BadInputException(lineNumber,
                    "not valid UTF-8 (byte " + hex(bytes[e.offset]) + " at byte " + (e.offset + 1) + " of the line)");
        }
    }

    static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    static boolean isUtf16Bom(byte[] bytes) {
        return bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    static int indexOfNul(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String decode(byte[] bytes, int from, int to, Charset charset) throws MalformedAt {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) ((to - from) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedAt(in.position() - from);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedAt(Math.max(0, in.position() - from - 1));
        }
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String hex(byte b) {
        return String.format("0x%02X", b & 0xFF);
    }

    /** Where strict decoding stopped; only used to build the message. */
    private static final class MalformedAt extends Exception {
        final int offset;

        MalformedAt(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }
}
