package org.waymark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code waymark} run as a child process on the test classpath, as a user runs it: its own JVM, its own exit, real
 * signals ({@link Process#destroy()} is SIGTERM on Unix, {@link Process#destroyForcibly()} SIGKILL).
 */
public final class ChildWaymark {

    private ChildWaymark() {
    }

    /** Starts {@code java … org.waymark.cli.Main ARGS}, stderr and stdout to {@code log}. */
    public static Process start(Path log, String... args) throws IOException {
        return start(log, Map.of(), args);
    }

    /** As {@link #start(Path, String...)}, with these environment variables set (or, where null, removed). */
    public static Process start(Path log, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.waymark.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder.start();
    }

    /** Runs to the end (at most 5 minutes) and returns the exit code. */
    public static int run(Path log, String... args) throws IOException, InterruptedException {
        return run(log, Map.of(), args);
    }

    /** As {@link #run(Path, String...)}, with these environment variables. */
    public static int run(Path log, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Process p = start(log, environment, args);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("waymark " + String.join(" ", args) + " did not end in 5 minutes");
        }
        return p.exitValue();
    }

    /** Waits until {@code dir} holds a file whose name starts with {@code prefix}, or the process has ended. */
    static boolean awaitFile(Process p, Path dir, String prefix, long seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && p.isAlive()) {
            if (!hidden(dir, prefix).isEmpty()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The names in {@code dir} that start with {@code prefix}, but for the writer's lock file, which stays. */
    static List<String> hidden(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix))
                    .filter(n -> !n.endsWith(".gpkg.lock")).sorted().toList();
        }
    }

    /** A .jsonl of {@code n} articles with ids PREFIX-0…, each a copy of a short travel report: slow to map. */
    public static Path corpus(Path file, String prefix, int n) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\": \"").append(prefix).append('-').append(i).append("\", \"text\": \"Report ").append(i)
                    .append(": two flights carrying 350 people left Kabul for Doha on Sunday, and buses took "
                            + "families from Herat to Mashhad in Iran.\"}\n");
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    /** What a child run wrote to its log, for a failure message. */
    public static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
