package org.waymark.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JVM options a Waymark command runs best with, read from its own command line; the one place where they are
 * chosen, whether Waymark is started by {@code ./waymark}, by {@code java -jar} or by the QGIS plugin ({@link
 * Relaunch}).
 *
 * <ul>
 *   <li>Heap: the models and the embedded gazetteer live in about 600 MB. 1 GB, all of it from the start, with a
 *   fixed 300 MB young generation, keeps the peak RSS near 1.2 GB and spares the collector the resizing (and a full
 *   collection) while the models load. What survives a young collection goes to the old generation at once
 *   ({@code MaxTenuringThreshold=0}): it is the models and the caches that fill as the text goes (the parser's
 *   products, the tagger's feature rows, the sentence memo), which the collector otherwise copied from survivor space
 *   to survivor space up to 15 times; a document's garbage rarely outlives a collection. TR-News: 458 → 167 ms of
 *   pauses, heap after collection the same (bench/README.md). An index built from GeoNames dumps
 *   ({@code --gazetteer}) is memory-mapped, outside the heap, and needs no more; building one ({@code gazetteer
 *   build}, {@code download}) gets 2 GB, which holds the twelve million places of allCountries.</li>
 *   <li>The parallel collector: it costs less CPU than G1 when every core is parsing.</li>
 *   <li>Transparent huge pages for the heap, where the kernel offers them on request ({@code madvise}, the common
 *   default; elsewhere the option does nothing): the models' arrays (the parser's weights, the taggers' feature
 *   tables) are read all over at every word, and 2 MB pages spare most of the address translations and page
 *   faults. TR-News: 12.0–12.6 → 8.5–10.8 CPU s, the same peak RSS (bench/README.md).</li>
 *   <li>Methods of more than 8,000 bytes of bytecode compiled too: the JVM leaves them to the interpreter by default,
 *   and CoreNLP's NER features ({@code NERFeatureFactory.featuresC}), its tokenizer and its lemmatizer (lexers made
 *   by JFlex) are such methods; interpreted, the features alone were 11% of a run's time (NER: 826 → 443 samples on
 *   the ×5 set; bench/README.md).</li>
 *   <li>The JIT: on a run of a few thousand articles, compiling the hot code a second time with the optimising
 *   compiler (C2) costs more CPU than its faster code saves, so a {@code map} of less than 5 MB of input uses the
 *   quick compiler (C1) only (TR-News, 237,000 characters: 6.7 s → 4.7 s; bench/README.md).</li>
 * </ul>
 *
 * {@code WAYMARK_JAVA_OPTS} replaces these options; {@code WAYMARK_JAVA_EXTRA} adds to them (a profiler, say).
 *
 * @param options the options, in order
 */
record JvmOptions(List<String> options) {

    static final long QUICK_JIT_BELOW_BYTES = 5_000_000;
    private static final List<String> HEAP = List.of("-Xms1g", "-Xmx1g", "-Xmn300m", "-XX:MaxTenuringThreshold=0");
    private static final List<String> LARGE_HEAP = List.of("-Xmx2g");
    private static final String COLLECTOR = "-XX:+UseParallelGC";
    private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    private static final String COMPILE_HUGE_METHODS = "-XX:-DontCompileHugeMethods";
    private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";
    /** Options of {@code map} that take a value that is no input. */
    private static final Set<String> VALUED = Set.of("-o", "--output", "--qgis-project", "--gazetteer", "--cache",
            "--to", "--threads", "--progress", "--geonames-user", "--geonames-url", "--sentence-memo");

    JvmOptions {
        options = List.copyOf(options);
    }

    /** The options for a command line, under an environment that may replace or extend them. */
    static JvmOptions of(List<String> args, Map<String, String> env) {
        List<String> out = new ArrayList<>();
        String replaced = env.get("WAYMARK_JAVA_OPTS");
        if (replaced != null) {
            out.addAll(words(replaced));
        } else {
            out.addAll(largeHeap(args) ? LARGE_HEAP : HEAP);
            out.add(COLLECTOR);
            out.add(HUGE_PAGES);
            out.add(COMPILE_HUGE_METHODS);
            if (isMap(args) && inputBytes(args) < QUICK_JIT_BELOW_BYTES) {
                out.add(QUICK_JIT);
            }
        }
        out.addAll(words(env.getOrDefault("WAYMARK_JAVA_EXTRA", "")));
        return new JvmOptions(out);
    }

    /** The options of a map of a short input (under {@value #QUICK_JIT_BELOW_BYTES} bytes), with no variable set. */
    static JvmOptions shortMap() {
        return of(List.of("map"), Map.of());
    }

    private static boolean largeHeap(List<String> args) {
        return !args.isEmpty() && args.get(0).equals("gazetteer");
    }

    private static boolean isMap(List<String> args) {
        return !args.isEmpty() && args.get(0).equals("map");
    }

    /** The bytes of the files and folders a {@code map} command line reads. */
    static long inputBytes(List<String> args) {
        long bytes = 0;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (VALUED.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                bytes += size(Path.of(a));
            }
        }
        return bytes;
    }

    private static long size(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        long[] total = {0};
        try {
            Files.walkFileTree(path, Set.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            total[0] += attrs.size();
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total[0];
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
