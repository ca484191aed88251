package org.waymark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelParserTest {

    @Test
    void keepsInputOrderWhileWorkingOnSeveralThreads() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Integer> out = new ArrayList<>();
        ParallelParser.run(IntStream.range(0, 200).boxed().iterator(), i -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(i % 7 == 0 ? 20 : 1); // uneven documents finish out of order
            running.decrementAndGet();
            return i * 2;
        }, 3, out::add);
        assertEquals(IntStream.range(0, 200).map(i -> i * 2).boxed().toList(), out);
        assertTrue(mostAtOnce.get() >= 2, "at most " + mostAtOnce.get() + " at once");
    }

    @Test
    void readsAheadOnlyAsFarAsTheWindow() {
        AtomicInteger read = new AtomicInteger();
        Iterator<Integer> inputs = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return read.get() < 500;
            }

            @Override
            public Integer next() {
                return read.getAndIncrement();
            }
        };
        AtomicInteger furthest = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        ParallelParser.run(inputs, i -> i, 2, i -> {
            taken.incrementAndGet();
            furthest.accumulateAndGet(read.get() - taken.get(), Math::max);
        });
        assertEquals(500, taken.get());
        assertTrue(furthest.get() <= 2 * ParallelParser.WINDOW_PER_THREAD, "read ahead " + furthest.get());
    }

    @Test
    void stopsOnTheFirstFailure() {
        IllegalStateException boom = new IllegalStateException("bad document 13");
        List<Integer> out = new ArrayList<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                ParallelParser.run(IntStream.range(0, 100).boxed().iterator(), i -> {
                    if (i == 13) {
                        throw boom;
                    }
                    return i;
                }, 2, out::add));
        assertSame(boom, thrown);
        assertEquals(IntStream.range(0, 13).boxed().toList(), out);
    }

    @Test
    void oneThreadRunsOnTheCaller() {
        List<String> threads = new ArrayList<>();
        ParallelParser.run(List.of(1, 2, 3).iterator(), i -> Thread.currentThread().getName(), 1, threads::add);
        assertEquals(Collections.nCopies(3, Thread.currentThread().getName()), threads);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
