package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped from outside leaves no temporary file behind and the old output as it was: SIGTERM (Ctrl-C alike)
 * through the shutdown hook, SIGKILL through the next run, which deletes what dead processes left.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptedRunTest {

    @TempDir
    Path dir;

    @Test
    void sigtermAndSigkillLeaveNoTemporaryFileAndTheOldOutput() throws Exception {
        Path out = dir.resolve("out.gpkg");
        Path small = ChildWaymark.corpus(dir.resolve("small.jsonl"), "small", 1);
        assertEquals(0, ChildWaymark.run(dir.resolve("first.log"), "map", small.toString(), "-o", out.toString(),
                "-q"), () -> ChildWaymark.log(dir.resolve("first.log")));
        byte[] before = Files.readAllBytes(out);
        Path big = ChildWaymark.corpus(dir.resolve("big.jsonl"), "big", 20_000);
        String temp = ".out.gpkg.";

        Process term = ChildWaymark.start(dir.resolve("term.log"), "map", big.toString(), "-o", out.toString(),
                "--overwrite", "-q");
        assertTrue(ChildWaymark.awaitFile(term, dir, temp, 120), () -> "no temporary file appeared: "
                + ChildWaymark.log(dir.resolve("term.log")));
        term.destroy();   // SIGTERM
        assertTrue(term.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of(), ChildWaymark.hidden(dir, temp), "the shutdown hook deleted the temporary file");
        assertArrayEquals(before, Files.readAllBytes(out), "SIGTERM left the old output as it was");

        Process kill = ChildWaymark.start(dir.resolve("kill.log"), "map", big.toString(), "-o", out.toString(),
                "--overwrite", "-q");
        assertTrue(ChildWaymark.awaitFile(kill, dir, temp, 120), () -> "no temporary file appeared: "
                + ChildWaymark.log(dir.resolve("kill.log")));
        long killed = kill.pid();
        kill.destroyForcibly();   // SIGKILL: no hook runs
        assertTrue(kill.waitFor(60, TimeUnit.SECONDS));
        List<String> left = ChildWaymark.hidden(dir, temp);
        assertTrue(left.stream().anyMatch(n -> n.startsWith(temp + killed + ".") && n.endsWith(".tmp.gpkg")),
                "SIGKILL leaves the temporary file (nothing can delete it then), its name holds the pid: " + left);
        assertArrayEquals(before, Files.readAllBytes(out), "SIGKILL left the old output as it was");

        Path next = ChildWaymark.corpus(dir.resolve("next.jsonl"), "next", 1);
        assertEquals(0, ChildWaymark.run(dir.resolve("next.log"), "map", next.toString(), "-o", out.toString(),
                "--append", "-q"), () -> ChildWaymark.log(dir.resolve("next.log")));
        assertEquals(List.of(), ChildWaymark.hidden(dir, temp), "the next run deleted the dead run's files");
    }
}
