package org.waymark.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a heavy command in a JVM of its own with the {@link JvmOptions} it needs, when Waymark was started bare
 * ({@code java -jar waymark.jar map …}, with no JVM option given): the JVM's defaults (a quarter of the memory for
 * the heap, G1, both JIT compilers) make a short run take 1.7 times as long and three times the memory. Any JVM
 * option on the command line means the caller chose, and the command runs where it is; so does
 * {@code WAYMARK_RELAUNCH=0}.
 *
 * <p>The first JVM's path (this class, {@link JvmOptions}, {@link Main}'s loading) bootstraps no lambda and opens no
 * stream: their first use costs a JVM tens of milliseconds, which every bare start would pay before the second JVM
 * starts. The first JVM only waits: the second inherits its standard streams, its exit code is returned, a signal that
 * ends the first ends the second (whose shutdown hooks remove its temporary files), and the second ends itself when
 * the first is killed outright.
 *
 * <p>Class-data sharing: the first {@code map} records the classes it loaded in an archive beside the jar
 * ({@code waymark.jsa}); later runs map them in instead of loading them again (about 0.5 s of start-up). The archive
 * is written under a temporary name and moved into place only after a JVM has opened it, so that no run meets a
 * partial one. {@code WAYMARK_CDS=0} turns it off.
 */
public final class Relaunch {
    /** The system property that marks the second JVM; its value is the first one's process id. */
    static final String PARENT = "waymark.parent";
    private static final Set<String> HEAVY = Set.of("map", "eval", "gazetteer");
    private static final long STOP_WAIT_SECONDS = 20;
    private static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "_JAVA_OPTIONS");

    private Relaunch() {
    }

    /** The exit code of the command run in a JVM of its own, or empty when this JVM is to run it. */
    static OptionalInt ifBare(String[] args) {
        Map<String, String> env = System.getenv();
        if (args.length == 0 || !HEAVY.contains(args[0]) || System.getProperty(PARENT) != null
                || "0".equals(env.get("WAYMARK_RELAUNCH")) || !(bareJvm(env) || launchedAmiss(args, env))) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = jar();
        return jar.isEmpty() ? OptionalInt.empty() : OptionalInt.of(run(jar.get(), List.of(args), List.of(), env));
    }

    /**
     * For another main of a jar that holds Waymark (the Spark job's launcher): its arguments run in a JVM of its own
     * with the {@link JvmOptions} and then {@code extra} (which may override them, a larger heap, say), when this
     * JVM was started bare and not by a Waymark JVM; without a class archive. Empty when this JVM is to run them.
     */
    public static OptionalInt ifBare(String[] args, List<String> extra) {
        Map<String, String> env = System.getenv();
        if (System.getProperty(PARENT) != null || "0".equals(env.get("WAYMARK_RELAUNCH")) || !bareJvm(env)) {
            return OptionalInt.empty();
        }
        Map<String, String> noArchive = new java.util.HashMap<>(env);
        noArchive.put("WAYMARK_CDS", "0");
        Optional<Path> jar = jar();
        return jar.isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(run(jar.get(), List.of(args), List.copyOf(extra), noArchive));
    }

    /**
     * Whether the JVM was started with no option at all: its command line begins with {@code -jar}, and no
     * environment variable gives the launcher or the JVM options. (Cheaper than asking the management beans.)
     */
    private static boolean bareJvm(Map<String, String> env) {
        for (String v : JVM_OPTION_VARIABLES) {
            if (!env.getOrDefault(v, "").isBlank()) {
                return false;
            }
        }
        String[] arguments = ProcessHandle.current().info().arguments().orElse(new String[0]);
        return arguments.length > 0 && arguments[0].equals("-jar");
    }

    /**
     * Whether the launcher script started this JVM with the options of a short map ({@link LaunchOptions}) for a
     * command that wants others: a map of a long input, which the optimising compiler pays for.
     */
    private static boolean launchedAmiss(String[] args, Map<String, String> env) {
        return LaunchOptions.started() && !LaunchOptions.startedWith(JvmOptions.of(List.of(args), env));
    }

    /** In the second JVM: ends it when the first is gone (killed outright, so that it could not end this one). */
    public static void watchParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                p -> p.onExit().thenRun(() -> System.exit(143)),
                () -> System.exit(143));
    }

    private static int run(Path jar, List<String> args, List<String> extra, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JvmOptions.of(args, env).options());
        command.addAll(extra);
        Path archive = archive(jar);
        Path recording = null;
        if (!"0".equals(env.get("WAYMARK_CDS"))) {
            if (Files.isRegularFile(archive) && newer(archive, jar)) {
                command.addAll(archiveOptions(archive));
            } else if (args.get(0).equals("map") && Files.isWritable(archive.getParent())) {
                recording = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid()
                        + ".tmp");
                command.addAll(List.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off"));
            }
        }
        command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        if (env.containsKey("WAYMARK_DEBUG")) {
            System.err.println("waymark: running in a JVM of its own: " + String.join(" ", command));
        }
        int code = waitFor(command);
        if (recording != null) {
            keep(command.get(0), recording, archive, jar);
        }
        // the file's options do not depend on this run's variables: the script reads those before it uses the file
        if (args.get(0).equals("map") && Files.isRegularFile(archive) && newer(archive, jar)) {
            try {
                LaunchOptions.writeIfStale(jar, archive);
            } catch (IOException e) {
                // the script then starts a first JVM, as java -jar does
            }
        }
        return code;
    }

    /** The options that map a jar's class-data archive in, silently (a JVM of another version ignores it). */
    static List<String> archiveOptions(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
    }

    private static int waitFor(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        Thread stop = new Thread("waymark-stop-child") {
            @Override
            public void run() {
                Relaunch.stop(child);
            }
        };
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            return 130;
        } catch (IllegalStateException shuttingDown) {
            return 143;
        }
    }

    /** Asks the child to stop (its shutdown hooks run) and waits for it; forces it if it does not. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Moves a recorded class archive into place once a JVM has opened it; a partial one is deleted. */
    private static void keep(String java, Path recording, Path archive, Path jar) {
        try {
            if (Files.isRegularFile(recording)) {
                Process check = new ProcessBuilder(java, "-XX:SharedArchiveFile=" + recording, "-Xshare:on",
                        "-cp", jar.toString(), "-version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (check.waitFor() == 0) {
                    Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            // no archive this time: the next run records one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException ignored) {
                // a stale recording is replaced by the next one
            }
        }
    }

    private static boolean newer(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The class-data archive of a jar: {@code waymark.jsa} beside {@code waymark.jar}. */
    static Path archive(Path jar) {
        return beside(jar, ".jsa");
    }

    /** A file of the jar's name with {@code extension} instead of {@code .jar}, beside it. */
    static Path beside(Path jar, String extension) {
        return jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + extension);
    }

    /** The jar this class was loaded from, or empty (classes in a folder: tests, an IDE). */
    private static Optional<Path> jar() {
        try {
            var source = Relaunch.class.getProtectionDomain().getCodeSource();
            Path p = source == null ? null : Path.of(source.getLocation().toURI());
            return p != null && Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p)
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}
