package org.waymark.spark;

import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkEnv;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * What the executors tell the driver, as Spark accumulators: documents and characters parsed (for progress and
 * throughput), the lines that say what was skipped and why, and one entry per pipeline load naming the executor and
 * its process, so that the driver can tell that every executor loaded the models once.
 */
final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator documents;
    private final LongAccumulator characters;
    private final CollectionAccumulator<String> problems;
    private final CollectionAccumulator<String> loads;

    JobCounters(SparkContext spark) {
        this.documents = spark.longAccumulator("waymark documents parsed");
        this.characters = spark.longAccumulator("waymark characters parsed");
        this.problems = spark.collectionAccumulator("waymark problems");
        this.loads = spark.collectionAccumulator("waymark pipeline loads");
    }

    void parsed(int characters) {
        this.documents.add(1);
        this.characters.add(characters);
    }

    void problem(String line) {
        problems.add(line);
    }

    /** Records that this JVM loaded its pipeline: executor id, host and process id. */
    void loaded() {
        SparkEnv env = SparkEnv.get();
        String executor = env == null ? "?" : env.executorId();
        loads.add("executor " + executor + " (pid " + ProcessHandle.current().pid() + " on "
                + ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^\\d+@", "") + ")");
    }

    long documents() {
        return documents.value();
    }

    long characters() {
        return characters.value();
    }

    List<String> problems() {
        return List.copyOf(problems.value());
    }

    List<String> loads() {
        return List.copyOf(loads.value());
    }
}
