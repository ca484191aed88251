package org.waymark.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.waymark.Background;

/** Maps documents on a few threads and returns the results in input order. */
final class Parallel {

    private Parallel() {
    }

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Applies f to every item, on at most {@code threads} threads (1 = on the calling thread).
     * The first failure, in input order, is rethrown as it was; the remaining work is cancelled.
     */
    static <T, R> List<R> map(List<T> items, Function<T, R> f, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (threads == 1 || items.size() <= 1) {
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(f.apply(item));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "waymark-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> f.apply(item)));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw Background.rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
