package org.waymark.spark;

import org.waymark.GeoParser;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.nlp.NlpPipeline;
import org.waymark.output.MovementPaths;

/**
 * The one Waymark pipeline of this JVM (an executor, or the driver on {@code local[N]}): the models, the embedded
 * gazetteer and the country boundaries, loaded on first use and shared by every task the JVM runs, on all its
 * threads ({@link GeoParser} is thread-safe).
 *
 * @param parser what parses documents
 * @param paths  what draws movement paths
 */
record Pipeline(GeoParser parser, MovementPaths paths) {

    private static volatile Pipeline instance;
    private static int loads;

    /** This JVM's pipeline, loaded by the first caller; {@code onLoad} runs once, in the caller that loaded it. */
    static Pipeline get(Runnable onLoad) {
        Pipeline p = instance;
        if (p != null) {
            return p;
        }
        synchronized (Pipeline.class) {
            if (instance == null) {
                NlpPipeline nlp = NlpPipeline.load();
                nlp.preloadParser();
                instance = new Pipeline(new GeoParser(nlp, GeoNamesIndex.embedded()), MovementPaths.standard());
                loads++;
                onLoad.run();
            }
            return instance;
        }
    }

    /** How often this JVM loaded the pipeline: 1 once anything was parsed here, never more. */
    static synchronized int loads() {
        return loads;
    }
}
