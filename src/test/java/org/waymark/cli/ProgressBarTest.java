package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private void elapse(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void showsDoneOfTotalRateElapsedAndTimeLeft() {
        ProgressBar bar = new ProgressBar(err, true, OptionalLong.of(120), null, clock::get, false);

        assertEquals("30/120 docs [=====>              ]  25%  3.0 docs/s  0:10  ~0:30 left",
                bar.line(30, TimeUnit.SECONDS.toNanos(10)));
        assertEquals("120/120 docs [====================] 100%  12 docs/s  0:10",
                bar.line(120, TimeUnit.SECONDS.toNanos(10)));
        assertEquals("3/120 docs [>                   ]   2%  0.0 docs/s  1:01:05  ~39:42:15 left",
                bar.line(3, TimeUnit.SECONDS.toNanos(3665)));
    }

    @Test
    void bytesOfADownloadInMegabytesWithTheRateOfThisRunOnly() {
        // 4 MB of 12 were there from an interrupted run; 2 MB more came in 4 s: 0.5 MB/s, 6 MB left at that rate
        ProgressBar bar = new ProgressBar(err, true, OptionalLong.of(12_000_000), null, clock::get, false,
                ProgressBar.Unit.BYTES, 4_000_000);
        assertEquals(4_000_000, bar.done());
        assertEquals("6.0/12.0 MB [==========>         ]  50%  0.5 MB/s  0:04  ~0:12 left",
                bar.line(6_000_000, TimeUnit.SECONDS.toNanos(4)));
        ProgressBar unknown = new ProgressBar(err, true, OptionalLong.empty(), null, clock::get, false,
                ProgressBar.Unit.BYTES, 0);
        assertEquals("2.5 MB  1.3 MB/s  0:02", unknown.line(2_500_000, TimeUnit.SECONDS.toNanos(2)));
    }

    @Test
    void withoutTotalShowsTheInputShareWhenKnownElseOnlyCountAndRate() {
        double[] share = {0.5};
        ProgressBar byShare = new ProgressBar(err, true, OptionalLong.empty(), () -> share[0], clock::get, false);
        ProgressBar blind = new ProgressBar(err, true, OptionalLong.empty(), () -> Double.NaN, clock::get, false);

        assertEquals("12300 docs [==========>         ]  50%  820 docs/s  0:15  ~0:15 left",
                byShare.line(12_300, TimeUnit.SECONDS.toNanos(15)));
        assertEquals("12300 docs  820 docs/s  0:15", blind.line(12_300, TimeUnit.SECONDS.toNanos(15)));
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        ProgressBar bar = new ProgressBar(err, true, OptionalLong.of(5000), null, clock::get, false);
        assertEquals(1, count(written(), '\r'), "drawn once on start");

        for (int i = 0; i < 1000; i++) {
            bar.advance();
        }
        assertEquals(1, count(written(), '\r'), "1000 advances within the same instant draw nothing");

        elapse(100);
        bar.advance();
        elapse(50);
        bar.advance();
        assertEquals(2, count(written(), '\r'), "one redraw per 100 ms");
        assertTrue(written().endsWith("\r1001/5000 docs [====>               ]  20%  10010 docs/s  0:00"),
                "drawn at 100 ms, not at 150 ms: " + written());

        // one second of advances every millisecond: about ten redraws
        for (int i = 0; i < 1000; i++) {
            elapse(1);
            bar.advance();
        }
        long draws = count(written(), '\r') - 2;
        assertTrue(draws >= 9 && draws <= 11, draws + " redraws in one second");
        assertEquals(2002, bar.done());
    }

    @Test
    void closeClearsItsLineAndDrawsNoMore() {
        ProgressBar bar = new ProgressBar(err, true, OptionalLong.of(10), null, clock::get, false);
        elapse(200);
        bar.advance();
        String drawn = "1/10 docs [==>                 ]  10%  5.0 docs/s  0:00";
        assertTrue(written().endsWith("\r" + drawn), written());

        bar.close();
        assertTrue(written().endsWith("\r" + drawn + "\r" + " ".repeat(drawn.length()) + "\r"), written());
        int length = written().length();
        elapse(1000);
        bar.advance();
        bar.close();
        assertEquals(length, written().length(), "nothing after close");
    }

    @Test
    void messagesGoAboveTheBarWhichIsRedrawnBelow() {
        ProgressBar bar = new ProgressBar(err, true, OptionalLong.of(10), null, clock::get, false);
        String drawn = "0/10 docs [>                   ]   0%  0.0 docs/s  0:00";

        bar.message("a.txt: empty file");

        assertEquals("\r" + drawn + "\r" + " ".repeat(drawn.length()) + "\r" + "a.txt: empty file"
                + System.lineSeparator() + "\r" + drawn, written());
    }

    @Test
    void notDrawingWritesOnlyMessages() {
        ProgressBar bar = new ProgressBar(err, false, OptionalLong.of(10), null, clock::get, false);
        for (int i = 0; i < 10; i++) {
            elapse(500);
            bar.advance();
        }
        bar.message("b.jsonl:3: missing \"id\"");
        bar.close();

        assertEquals("b.jsonl:3: missing \"id\"" + System.lineSeparator(), written());
        assertEquals(10, bar.done());
    }

    @Test
    void advanceCountsEveryCallFromManyThreads() throws InterruptedException {
        ProgressBar bar = new ProgressBar(err, true, OptionalLong.empty(), null, System::nanoTime, true);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    bar.advance();
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        bar.close();

        assertEquals(160_000, bar.done());
        String out = written();
        assertTrue(out.endsWith("\r"), "closed bar leaves a cleared line");
        for (String line : out.split("\r")) {
            assertTrue(line.isBlank() || line.matches("\\d+ docs  [\\d.]+ docs/s  0:\\d\\d *"), "garbled: " + line);
        }
    }
}
