package org.waymark.nlp;

/** One pipeline for all tests of a JVM: the models take seconds to load. */
public final class NlpPipelines {
    private static NlpPipeline shared;

    private NlpPipelines() {
    }

    public static synchronized NlpPipeline shared() {
        if (shared == null) {
            shared = NlpPipeline.load();
        }
        return shared;
    }
}
