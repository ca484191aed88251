package org.waymark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The options file of the {@code ./waymark} script ({@code waymark.launch} beside the jar, a {@code java @file}
 * argument file): the {@link JvmOptions} of a short {@code map} and the class-data archive, so that the script starts
 * the JVM that does the work at once, without the first JVM that {@link Relaunch} otherwise spends 0.2 s on to choose
 * them. {@link Relaunch} writes it once a {@code map} has left an archive for the jar; the script uses it only while
 * it is newer than the jar and no variable changes the options. A JVM started with it for a command that wants other
 * options (a long map) still runs the command in a JVM of its own ({@link #STARTED}).
 */
final class LaunchOptions {
    /** The system property the file sets: this JVM has the options of a short map. */
    static final String STARTED = "waymark.launch";

    private LaunchOptions() {
    }

    /** The options file of a jar: {@code waymark.launch} beside {@code waymark.jar}. */
    static Path file(Path jar) {
        return Relaunch.beside(jar, ".launch");
    }

    /** Whether this JVM was started with the file and {@code options} are those it gave. */
    static boolean startedWith(JvmOptions options) {
        return started() && options.equals(JvmOptions.shortMap());
    }

    /** Whether this JVM was started with the file. */
    static boolean started() {
        return System.getProperty(STARTED) != null;
    }

    /** Writes the file for {@code jar} and its {@code archive} unless it is there and newer than the archive. */
    static void writeIfStale(Path jar, Path archive) throws IOException {
        Path file = file(jar);
        if (Files.isRegularFile(file)
                && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(archive)) > 0) {
            return;
        }
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, text(archive), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file's lines: each option quoted, as a {@code java} argument file reads it. */
    static String text(Path archive) {
        List<String> options = new ArrayList<>(JvmOptions.shortMap().options());
        options.addAll(Relaunch.archiveOptions(archive));
        options.add("-D" + STARTED + "=short-map");
        StringBuilder out = new StringBuilder("# written by waymark for ./waymark (java @" + "file); remove at will\n");
        for (String o : options) {
            out.append('"').append(o.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        return out.toString();
    }
}
