package org.waymark.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON writing shared by the two reports: measures that are undefined (NaN) are written as null. */
final class ReportJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    static ObjectNode precisionRecall(PrecisionRecall pr) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("system", pr.system());
        n.put("gold", pr.gold());
        n.put("matched", pr.matched());
        put(n, "precision", pr.precision());
        put(n, "recall", pr.recall());
        put(n, "f1", pr.f1());
        return n;
    }

    static void write(ObjectNode json, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, MAPPER.writeValueAsString(json) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evaluation report to " + file, e);
        }
    }
}
