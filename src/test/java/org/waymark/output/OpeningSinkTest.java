package org.waymark.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.waymark.ParsedDocument;

class OpeningSinkTest {

    /** A sink that records what is asked of it. */
    private static final class Recording implements DocumentSink {
        final List<String> calls = new ArrayList<>();
        String openedOn;

        @Override
        public Outcome write(ParsedDocument parsed) {
            calls.add("write");
            return Outcome.ADDED;
        }

        @Override
        public void abort() {
            calls.add("abort");
        }

        @Override
        public void close() {
            calls.add("close");
        }

        @Override
        public String target() {
            return "out.gpkg";
        }
    }

    @Test
    void opensOnItsOwnThreadWhileTheCallerGoesOn() throws InterruptedException {
        CountDownLatch mayOpen = new CountDownLatch(1);
        Recording inner = new Recording();
        DocumentSink sink = OpeningSink.start("test-open", () -> {
            try {
                assertTrue(mayOpen.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            inner.openedOn = Thread.currentThread().getName();
            return inner;
        });
        // start returned although the opening is held back: the caller went on
        mayOpen.countDown();
        assertEquals(DocumentSink.Outcome.ADDED, sink.write(null));
        assertEquals("out.gpkg", sink.target());
        sink.close();
        assertEquals("test-open", inner.openedOn);
        assertEquals(List.of("write", "close"), inner.calls);
    }

    @Test
    void aFailureToOpenIsThrownAsItWasByTheFirstCallThatNeedsTheSink() {
        OutputException failure = new OutputException("cannot open out.gpkg: disk full");
        DocumentSink sink = OpeningSink.start("test-open", () -> {
            throw failure;
        });
        assertSame(failure, assertThrows(OutputException.class, () -> sink.write(null)));
        assertSame(failure, assertThrows(OutputException.class, sink::close));
        sink.abort();   // nothing was opened, nothing to discard: no exception
    }

    @Test
    void abortWaitsForTheOpeningAndDiscardsWhatItMade() {
        CountDownLatch opening = new CountDownLatch(1);
        Recording inner = new Recording();
        DocumentSink sink = OpeningSink.start("test-open", () -> {
            opening.countDown();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return inner;
        });
        assertFalse(inner.calls.contains("abort"));
        sink.abort();
        assertEquals(List.of("abort"), inner.calls);
    }
}
