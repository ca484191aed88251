package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every output path is checked before any work, and a bad one fails at once with exit code 2, one line, and
 * nothing written; usage errors are one line and a pointer to the help. The messages are asserted word for word.
 * These runs end before the models load, so they run in this JVM.
 */
class OutputChecksTest {

    @TempDir
    Path dir;

    /** The exit code and what went to stderr. */
    record Run(int code, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, err.toString().replace(System.lineSeparator(), "\n"));
    }

    private Path input() throws Exception {
        Path text = dir.resolve("in.txt");
        Files.writeString(text, "Buses took families from Herat to Mashhad.");
        return text;
    }

    private static String abs(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private List<String> files() throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExistingOutputNamesTheRealFlags() throws Exception {
        Path out = dir.resolve("out.gpkg");
        Files.writeString(out, "old");
        Run r = run("map", input().toString(), "-o", out.toString());
        assertEquals(new Run(2, "waymark: The output file " + abs(out) + " already exists; use --overwrite to "
                + "replace it or --append to add to it\n"), r);
        assertEquals("old", Files.readString(out));
    }

    @Test
    void aMistypedInputWritesNothing() throws Exception {
        Path out = dir.resolve("out.gpkg");
        Run r = run("map", dir.resolve("artcles").toString(), "-o", out.toString());
        assertEquals(new Run(2, "waymark: nothing to map: " + dir.resolve("artcles") + ": no such file or folder\n"),
                r);
        assertEquals(List.of(), files());
    }

    @Test
    void threadsMustBeOneOrMoreAndUsageErrorsAreOneLine() throws Exception {
        Path out = dir.resolve("out.gpkg");
        String in = input().toString();
        assertEquals(new Run(2, "waymark: --threads takes a number from 1 up, not 0\nsee 'waymark map --help'\n"),
                run("map", in, "-o", out.toString(), "--threads", "0"));
        assertEquals(new Run(2, "waymark: --threads takes a number from 1 up, not -3\nsee 'waymark map --help'\n"),
                run("map", in, "-o", out.toString(), "--threads=-3"));
        assertEquals(new Run(2, "waymark: --sentence-memo takes a number from 0 up, not -1\n"
                        + "see 'waymark map --help'\n"),
                run("map", in, "-o", out.toString(), "--sentence-memo", "-1"));
        assertEquals(new Run(2, "waymark: Unknown option: '--bogus'\nsee 'waymark map --help'\n"),
                run("map", in, "-o", out.toString(), "--bogus"));
        assertEquals(new Run(2, "waymark: --overwrite and --append exclude each other\nsee 'waymark map --help'\n"),
                run("map", in, "-o", out.toString(), "--overwrite", "--append"));
        assertEquals(new Run(2, "waymark: --replace-changed goes with --append\nsee 'waymark map --help'\n"),
                run("map", in, "-o", out.toString(), "--replace-changed"));
        assertEquals(List.of("in.txt"), files());
    }

    /** Read-only for everyone: by its mode bits, and for root (who ignores those) by the immutable attribute. */
    @Test
    void aReadOnlyFolderIsPermissionDenied() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path out = ro.resolve("out.gpkg");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = false;
        try {
            if ("root".equals(System.getProperty("user.name"))) {
                immutable = chattr("+i", ro);
                assumeTrue(immutable, "root writes into read-only folders, and chattr +i is not available here");
            }
            assertEquals(new Run(2, "waymark: Cannot write " + abs(out) + ": permission denied (folder " + abs(ro)
                    + ")\n"), run("map", input().toString(), "-o", out.toString()));
        } finally {
            if (immutable) {
                chattr("-i", ro);
            }
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theProjectAndItsBaseMapAreCheckedBeforeAnyWork() throws Exception {
        Path out = dir.resolve("out.gpkg");
        String in = input().toString();
        Path qgs = dir.resolve("out.qgs");
        Files.writeString(qgs, "an older project");
        assertEquals(new Run(2, "waymark: The file " + abs(qgs) + " already exists; use --overwrite to replace it\n"),
                run("map", in, "-o", out.toString(), "--qgis-project", qgs.toString()));
        Files.delete(qgs);

        Path baseMap = dir.resolve("out-basemap.gpkg");
        Files.writeString(baseMap, "an older base map");
        assertEquals(new Run(2, "waymark: The file " + abs(baseMap) + " already exists; use --overwrite to "
                + "replace it\n"), run("map", in, "-o", out.toString(), "--qgis-project", qgs.toString()));
        Files.delete(baseMap);

        Path nowhere = dir.resolve("nowhere/out.qgs");
        assertEquals(new Run(2, "waymark: The directory of the project does not exist: " + abs(nowhere.getParent())
                + "\n"), run("map", in, "-o", out.toString(), "--qgis-project", nowhere.toString()));
        Files.createDirectory(dir.resolve("a.qgs"));
        assertEquals(new Run(2, "waymark: The project path is a directory: " + abs(dir.resolve("a.qgs")) + "\n"),
                run("map", in, "-o", out.toString(), "--qgis-project", dir.resolve("a.qgs").toString()));
        assertFalse(Files.exists(out), "nothing mapped, nothing written");

        Path file = dir.resolve("in.txt/out.gpkg");
        assertEquals(new Run(2, "waymark: The directory of the output file " + abs(file) + " does not exist\n"),
                run("map", in, "-o", file.toString()));
        assertEquals(List.of("a.qgs", "in.txt"), files());
    }

    @Test
    void projectReplacesAnExistingProjectOnlyWithOverwrite() throws Exception {
        Path gpkg = dir.resolve("news.gpkg");
        byte[] notGpkg = "not read: the paths are checked first".getBytes();
        Files.write(gpkg, notGpkg);
        Path qgs = dir.resolve("news.qgs");
        Files.writeString(qgs, "an older project");
        assertEquals(new Run(2, "waymark: The file " + abs(qgs) + " already exists; use --overwrite to replace it\n"),
                run("project", gpkg.toString(), "-o", qgs.toString()));
        assertEquals("an older project", Files.readString(qgs));
        assertArrayEquals(notGpkg, Files.readAllBytes(gpkg));
        assertEquals(List.of("news.gpkg", "news.qgs"), files());
    }

    @Test
    void previewRefusesOtherImageFormatsAndBadSizesInOneLine() throws Exception {
        Path gpkg = dir.resolve("news.gpkg");
        Files.writeString(gpkg, "not read: the options are checked first");
        assertEquals(new Run(2, "waymark: preview writes .png, .jpg or .jpeg files, not map.gif\n"),
                run("preview", gpkg.toString(), "-o", dir.resolve("map.gif").toString()));
        assertEquals(new Run(2, "waymark: --size takes WIDTHxHEIGHT, e.g. 1400x900; got 12x\n"
                + "see 'waymark preview --help'\n"), run("preview", gpkg.toString(), "-o", "map.png", "--size", "12x"));
        assertEquals(List.of("news.gpkg"), files());
    }

    /** The size a user may type, in the JVM the waymark script starts (1 GB): a message, not an OutOfMemoryError. */
    @Test
    void previewTooLargeForTheHeapIsAMessageNotACrash() throws Exception {
        Path log = dir.resolve("preview.log");
        Path png = dir.resolve("huge.png");
        int code = ChildWaymark.run(log, "preview", dir.resolve("news.gpkg").toString(), "-o", png.toString(),
                "--size", "20000x20000");
        assertEquals(2, code, ChildWaymark.log(log));
        assertEquals("waymark: preview size 20000x20000 needs about 3052 MB of memory, more than this Java can "
                + "spare; choose a smaller --size\n", Files.readString(log));
        assertFalse(Files.exists(png));
    }
}
