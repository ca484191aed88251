package org.waymark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a per-document function on several threads and hands the results to one consumer in input order, holding at
 * most {@value #WINDOW_PER_THREAD} documents per thread in memory, so that a million-document archive streams through.
 */
public final class ParallelParser {
    /** Documents handed out per thread and not yet taken by the sink. */
    static final int WINDOW_PER_THREAD = 16;

    private ParallelParser() {
    }

    /**
     * @param threads 1 runs everything on the calling thread
     * @throws RuntimeException the first failure of {@code work} or {@code sink}, after the pool has stopped
     */
    public static <T, R> void run(Iterator<T> inputs, Function<T, R> work, int threads, Consumer<R> sink) {
        if (threads <= 1) {
            inputs.forEachRemaining(t -> sink.accept(work.apply(t)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "waymark-parse");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<R>> pending = new ArrayDeque<>();
        // results leave in input order, so one long document holds up the sink; a deep window keeps the other
        // threads busy meanwhile (a parsed news article weighs a few kB)
        int window = threads * WINDOW_PER_THREAD;
        try {
            while (inputs.hasNext()) {
                T next = inputs.next();
                pending.add(pool.submit(() -> work.apply(next)));
                if (pending.size() >= window) {
                    sink.accept(take(pending));
                }
            }
            while (!pending.isEmpty()) {
                sink.accept(take(pending));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(Deque<Future<R>> pending) {
        try {
            return pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw Background.rethrown(e.getCause());
        }
    }
}
