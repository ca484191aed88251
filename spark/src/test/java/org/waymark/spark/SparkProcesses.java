package org.waymark.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * JVMs started by a test from the packaged {@code waymark-spark.jar}: a Spark master, workers, {@code spark-submit}
 * and {@code java -jar}, each with its output in a log file, all on 127.0.0.1. The Spark installation they share is
 * a folder whose {@code jars/} holds the packaged jar (Spark is inside it), as a distribution's holds Spark's jars.
 * {@link #close()} stops every process started here, and the executors the workers started.
 */
final class SparkProcesses implements AutoCloseable {

    private final Path jar;
    private final Path dir;
    private final Path sparkHome;
    private final List<Process> started = new ArrayList<>();

    SparkProcesses(Path jar, Path dir) throws IOException {
        this.jar = jar;
        this.dir = dir;
        this.sparkHome = Files.createDirectories(dir.resolve("spark-home"));
        Files.createDirectories(sparkHome.resolve("jars"));
        Files.createSymbolicLink(sparkHome.resolve("jars").resolve(jar.getFileName()), jar);
    }

    /** A free TCP port on 127.0.0.1. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code java [options] -cp JAR mainClass args} with its output in {@code dir/name.log}. */
    Process java(String name, List<String> jvm, String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin()));
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")));
        command.addAll(jvm);
        command.addAll(List.of("-cp", jar.toString(), mainClass));
        command.addAll(args);
        return start(name, command);
    }

    /** Starts {@code java -jar JAR args}: bare, as a user would. */
    Process javaJar(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", jar.toString()));
        command.addAll(args);
        return start(name, command);
    }

    Path log(String name) {
        return dir.resolve(name + ".log");
    }

    /** The end of a log, for a failure message. */
    String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(log(name));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private Process start(String name, List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(name).toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.12");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Stops the processes started here, last first, with the ones they started (the executors). */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
