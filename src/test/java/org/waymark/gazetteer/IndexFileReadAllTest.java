package org.waymark.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link IndexFile#readAll}: the whole stream, whatever the stream says of its size. */
class IndexFileReadAllTest {
    private static final byte[] BYTES = new byte[300_000];

    static {
        new Random(3).nextBytes(BYTES);
    }

    @Test
    void aStreamThatTellsItsSize() throws IOException {
        assertArrayEquals(BYTES, IndexFile.readAll(new ByteArrayInputStream(BYTES)));
    }

    @Test
    void aStreamThatTellsNothing() throws IOException {
        assertArrayEquals(BYTES, IndexFile.readAll(saying(0)));
    }

    @Test
    void aStreamThatTellsTooLittle() throws IOException {
        assertArrayEquals(BYTES, IndexFile.readAll(saying(1000)));
    }

    @Test
    void aStreamThatTellsTooMuch() throws IOException {
        assertArrayEquals(BYTES, IndexFile.readAll(saying(BYTES.length * 2)));
    }

    private static InputStream saying(int available) {
        return new FilterInputStream(new ByteArrayInputStream(BYTES)) {
            @Override
            public int available() {
                return available;
            }
        };
    }
}
