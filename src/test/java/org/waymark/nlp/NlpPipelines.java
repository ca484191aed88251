package org.waymark.nlp;

/**
 * One pipeline for all tests of a JVM: the models take seconds to load. It keeps no sentences ({@link SentenceMemo}):
 * a test that tags a sentence twice sees the models' tags both times.
 */
public final class NlpPipelines {
    private static NlpPipeline shared;

    private NlpPipelines() {
    }

    public static synchronized NlpPipeline shared() {
        if (shared == null) {
            shared = NlpPipeline.load(0);
        }
        return shared;
    }
}
