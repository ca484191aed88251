package org.waymark.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * QGIS itself loads every QML onto a layer with the contract's fields (src/test/qgis/verify_qml.py). Needs
 * the QGIS Python bindings (Debian: {@code apt-get install python3-qgis}); skipped where they are missing.
 */
class QgisLoadsQmlTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void qgisLoadsEveryQmlWithTheExpectedRendererAndLabels() throws Exception {
        assumeTrue(qgisAvailable(), "QGIS Python bindings not installed");
        Result run = run(List.of(PYTHON.toString(), "src/test/qgis/verify_qml.py", "styles"), 180);
        assertEquals(0, run.exitCode(), run.output());
        for (LayerStyle layer : LayerStyle.values()) {
            assertTrue(run.output().contains("OK " + layer.layerName() + " "), run.output());
        }
    }

    private static boolean qgisAvailable() throws IOException, InterruptedException {
        return Files.isExecutable(PYTHON)
                && run(List.of(PYTHON.toString(), "-c", "import qgis.core"), 60).exitCode() == 0;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("QT_QPA_PLATFORM", "offscreen");
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s: " + command);
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
