package org.waymark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work started on a thread of its own while the caller goes on (a model's load, a GeoPackage's opening), and the
 * failure of work done on another thread thrown where its result is awaited, as it was thrown.
 */
public final class Background {
    private Background() {
    }

    /** Runs {@code work} on a new daemon thread named {@code threadName}; the future completes with its outcome. */
    public static <T> CompletableFuture<T> start(String threadName, Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(work.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
        return future;
    }

    /** Waits for {@code future}; its failure is thrown as it was thrown by the work. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
    }

    /**
     * The failure of work done on another thread, to throw on this one: a runtime exception as it is, an error thrown
     * at once, anything else wrapped.
     */
    public static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
