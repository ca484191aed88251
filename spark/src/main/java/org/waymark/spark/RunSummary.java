package org.waymark.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * What a run did, told on stderr and kept beside the layers as {@value #FILE}: documents and characters parsed, the
 * wall time of the parse and of the whole run, the rows of each layer, the executors and the pipeline loads
 * (one per executor: the models are loaded once per executor JVM), and the lines of what was skipped.
 *
 * @param documents     documents parsed
 * @param characters    their characters (code points)
 * @param parseSeconds  wall time from the first read to the last document parsed
 * @param totalSeconds  wall time of the whole run, writing included
 * @param executors     executors of the application (1 on {@code local[N]}: the driver)
 * @param loads         one line per pipeline load: executor id, process id and host
 * @param rows          rows written per layer
 * @param problems      what was skipped, one line each
 */
record RunSummary(long documents, long characters, double parseSeconds, double totalSeconds, int executors,
                  List<String> loads, Map<String, Long> rows, List<String> problems) {

    static final String FILE = "_waymark-run.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    RunSummary {
        loads = List.copyOf(loads);
        rows = Map.copyOf(rows);
        problems = List.copyOf(problems);
    }

    String json() {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("documents", documents);
        m.put("characters", characters);
        m.put("parse_seconds", parseSeconds);
        m.put("total_seconds", totalSeconds);
        m.put("documents_per_second", documents / parseSeconds);
        m.put("characters_per_second", characters / parseSeconds);
        m.put("executors", executors);
        m.put("pipeline_loads", loads.size());
        m.put("loads", loads);
        m.put("rows", new java.util.TreeMap<>(rows));
        m.put("problems", problems);
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The closing line on stderr. */
    String line() {
        return String.format(java.util.Locale.ROOT, "waymark-spark: %,d documents (%,d characters) parsed in %.1f s "
                        + "(%.1f documents/s, %,.0f characters/s) on %d executor%s, pipeline loaded %d time%s; "
                        + "%d skipped; done in %.1f s", documents, characters, parseSeconds, documents / parseSeconds,
                characters / parseSeconds, executors, executors == 1 ? "" : "s", loads.size(),
                loads.size() == 1 ? "" : "s", problems.size(), totalSeconds);
    }
}
