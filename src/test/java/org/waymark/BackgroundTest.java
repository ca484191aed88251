package org.waymark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void runsTheWorkOnADaemonThreadOfTheGivenName() {
        CompletableFuture<Thread> ran = Background.start("test-worker", Thread::currentThread);
        Thread t = Background.join(ran);
        assertEquals("test-worker", t.getName());
        assertTrue(t.isDaemon());
    }

    @Test
    void aRuntimeExceptionOrErrorIsThrownAsItWasThrown() {
        IllegalArgumentException bad = new IllegalArgumentException("bad model");
        assertSame(bad, assertThrows(IllegalArgumentException.class,
                () -> Background.join(Background.start("t", () -> {
                    throw bad;
                }))));
        OutOfMemoryError oom = new OutOfMemoryError("heap");
        assertSame(oom, assertThrows(OutOfMemoryError.class,
                () -> Background.join(Background.start("t", () -> {
                    throw oom;
                }))));
    }

    @Test
    void aCheckedFailureIsWrapped() {
        IOException io = new IOException("disk");
        RuntimeException r = Background.rethrown(io);
        assertInstanceOf(IllegalStateException.class, r);
        assertSame(io, r.getCause());
        IllegalStateException own = new IllegalStateException("x");
        assertSame(own, Background.rethrown(own));
    }
}
