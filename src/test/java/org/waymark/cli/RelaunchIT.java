package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started bare, as Spark, scripts and most Java users start it ({@code java -jar waymark.jar}):
 * it runs its heavy commands in a JVM of its own with its own options, passes the exit code on, and leaves nothing
 * running and no temporary file behind when it is stopped or killed.
 */
class RelaunchIT {
    private static final Path JAR = Path.of("target", "waymark.jar").toAbsolutePath();
    @TempDir
    static Path dir;
    private static Path small;
    private static Path big;

    @BeforeAll
    static void writeFeeds() throws IOException {
        small = ChildWaymark.corpus(dir.resolve("small.jsonl"), "small", 3);
        big = ChildWaymark.corpus(dir.resolve("big.jsonl"), "big", 20_000);
    }

    private static ProcessBuilder bare(Path log, List<String> jvm, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("WAYMARK_DEBUG", "1");
        pb.environment().remove("WAYMARK_RELAUNCH");
        pb.environment().remove("WAYMARK_JAVA_OPTS");
        return pb;
    }

    private static int await(Process p) throws InterruptedException {
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "waymark did not end in 5 minutes");
        return p.exitValue();
    }

    @Test
    void aBareStartRunsTheMapInAJvmWithWaymarksOptions() throws Exception {
        Path log = dir.resolve("bare.log");
        Path out = dir.resolve("bare.gpkg");
        assertEquals(0, await(bare(log, List.of(), "map", small.toString(), "-o", out.toString(), "-q").start()),
                Files.readString(log));
        String said = Files.readString(log);
        assertTrue(said.contains("running in a JVM of its own") && said.contains("-Xmx1g")
                && said.contains("-XX:+UseParallelGC") && said.contains("-XX:TieredStopAtLevel=1"), said);
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void aJvmOptionOfTheCallerIsKept() throws Exception {
        Path log = dir.resolve("chosen.log");
        Path out = dir.resolve("chosen.gpkg");
        assertEquals(0, await(bare(log, List.of("-Xmx2g"), "map", small.toString(), "-o", out.toString(), "-q")
                .start()), Files.readString(log));
        assertFalse(Files.readString(log).contains("running in a JVM of its own"));
    }

    @Test
    void theExitCodeIsPassedOn() throws Exception {
        Path log = dir.resolve("missing.log");
        int code = await(bare(log, List.of(), "map", dir.resolve("no-such-input").toString(), "-o",
                dir.resolve("missing.gpkg").toString()).start());
        assertEquals(2, code, Files.readString(log));
        assertTrue(Files.readString(log).contains("no-such-input"), Files.readString(log));
    }

    @Test
    void killingTheFirstJvmEndsTheSecondAndLeavesNoTemporaryFile() throws Exception {
        for (boolean outright : new boolean[]{false, true}) {
            Path run = Files.createDirectories(dir.resolve(outright ? "killed" : "stopped"));
            Process first = bare(run.resolve("log.txt"), List.of(), "map", big.toString(), "-o",
                    run.resolve("out.gpkg").toString(), "-q").start();
            ProcessHandle second = awaitChild(first);
            assertTrue(ChildWaymark.awaitFile(first, run, ".out.gpkg.", 120),
                    "the second JVM began writing: " + Files.readString(run.resolve("log.txt")));
            if (outright) {
                first.destroyForcibly();
            } else {
                first.destroy();
            }
            assertTrue(second.onExit().get(30, TimeUnit.SECONDS) != null && !second.isAlive());
            first.waitFor(30, TimeUnit.SECONDS);
            assertEquals(List.of(), ChildWaymark.hidden(run, ".out.gpkg."), outright ? "SIGKILL" : "SIGTERM");
        }
    }

    @Test
    void theScriptStartsAShortMapStraightAwayOnceAMapHasLeftItsOptions() throws Exception {
        // a bare map leaves the class archive and the options file for the script (cli/LaunchOptions)
        Path first = dir.resolve("first.log");
        assertEquals(0, await(bare(first, List.of(), "map", small.toString(), "-o", dir.resolve("first.gpkg")
                .toString(), "-q").start()), Files.readString(first));
        Path launch = LaunchOptions.file(JAR);
        assertTrue(Files.isRegularFile(launch)
                && Files.getLastModifiedTime(launch).compareTo(Files.getLastModifiedTime(JAR)) > 0, launch.toString());

        Path log = dir.resolve("script.log");
        Path out = dir.resolve("script.gpkg");
        assertEquals(0, await(script(log, "map", small.toString(), "-o", out.toString(), "-q").start()),
                Files.readString(log));
        assertFalse(Files.readString(log).contains("running in a JVM of its own"), Files.readString(log));
        assertTrue(Files.size(out) > 0);

        // a long input wants the optimising compiler too: the script's JVM runs it in one of its own
        Path longFeed = ChildWaymark.corpus(dir.resolve("long.jsonl"), "long", 35_000);
        assertTrue(Files.size(longFeed) > JvmOptions.QUICK_JIT_BELOW_BYTES);
        Path run = Files.createDirectories(dir.resolve("long"));
        Process started = script(run.resolve("log.txt"), "map", longFeed.toString(), "-o",
                run.resolve("out.gpkg").toString(), "-q").start();
        ProcessHandle second = awaitChild(started);
        String command = awaitJava(second);
        started.destroy();
        assertTrue(second.onExit().get(30, TimeUnit.SECONDS) != null);
        started.waitFor(30, TimeUnit.SECONDS);
        assertTrue(command.contains("-Xmx1g") && !command.contains("TieredStopAtLevel"), command);
    }

    /** {@code ./waymark}, the build tree's script, with the command line {@code args}. */
    private static ProcessBuilder script(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("waymark").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("WAYMARK_DEBUG", "1");
        for (String v : List.of("WAYMARK_RELAUNCH", "WAYMARK_JAVA_OPTS", "WAYMARK_JAVA_EXTRA", "WAYMARK_CDS",
                "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            pb.environment().remove(v);
        }
        return pb;
    }

    /** The child's command line once it is the JVM: first it runs the JDK's spawn helper, which then starts java. */
    private static String awaitJava(ProcessHandle child) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String command = "";
        while (System.nanoTime() < end && child.isAlive()) {
            command = child.info().commandLine().orElse("");
            if (command.contains(" -jar ")) {
                return command;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second JVM did not start: " + command);
    }

    private static ProcessHandle awaitChild(Process first) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            Optional<ProcessHandle> child = first.children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no second JVM started");
    }
}
