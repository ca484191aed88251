package org.waymark.nlp;

import static org.waymark.nlp.CoreNlpInternals.call;
import static org.waymark.nlp.CoreNlpInternals.get;
import static org.waymark.nlp.CoreNlpInternals.set;
import static org.waymark.nlp.CoreNlpInternals.write;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.maxent.iis.LambdaSolve;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.tagger.maxent.Distsim;
import edu.stanford.nlp.tagger.maxent.Extractors;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.WaymarkDictionary;
import edu.stanford.nlp.tagger.maxent.WaymarkTagger;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's POS tagger and NER models in the form a run loads fastest. Both models carry the same word clusters
 * (distsim, half a million words) as a {@code HashMap} of their own: reading the two maps is a third of the models'
 * load, and their million small objects are most of what the collector copies while the models load. The build
 * ({@link #main}) writes each model without its copy, and the clusters once, as a {@link DistsimLexicon}; a run reads
 * the three and gives both models the one lexicon. The tagger's features' weights go apart too, as
 * {@link TaggerWeights}, which its scoring reads ({@code WaymarkTagger}), and so does its dictionary, as a
 * {@link TagDictionary} ({@code WaymarkDictionary}). CoreNLP has no public setter for a model's
 * clusters, so they are set by reflection (CoreNLP's version is pinned in the pom; {@code TaggerModelsTest} checks
 * that the models tag as CoreNLP's own files do).
 */
public final class TaggerModels {
    /** The models as CoreNLP ships them, relative to the folder the build unpacks them into. */
    static final String TAGGER_SOURCE = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String NER_SOURCE = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    /** The forms in the jar, beside this class. */
    static final String TAGGER = "english-left3words.tagger";
    static final String NER = "english.conll.4class.crf.ser";
    static final String LEXICON = "distsim.bin";
    static final String NER_TABLES = "english.conll.4class.tables.bin";
    static final String TAGGER_WEIGHTS = "english-left3words.weights.bin";
    static final String TAGGER_DICTIONARY = "english-left3words.dictionary.bin";
    private static final String FOLDER = TaggerModels.class.getPackageName().replace('.', '/');
    /** The NER model's place on the class path, for CoreNLP's {@code ner.model} property. */
    static final String NER_RESOURCE = FOLDER + "/" + NER;

    private static DistsimLexicon shared;
    private static CrfTables nerTables;

    private TaggerModels() {
    }

    /** Build step: {@code TaggerModels MODELS_DIR CLASSES_DIR} writes the three files into the class tree. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TaggerModels MODELS_DIR CLASSES_DIR");
        }
        MaxentTagger tagger = new MaxentTagger(Path.of(args[0], TAGGER_SOURCE).toString(), new Properties(), false);
        CRFClassifier<CoreLabel> ner = CRFClassifier.getClassifier(Path.of(args[0], NER_SOURCE).toFile());
        Map<String, String> clusters = nerLexicon(ner);
        for (Distsim d : distsims(tagger)) {
            if (!clusters.equals(get(d, Distsim.class, "lexicon"))) {
                throw new IllegalStateException("the tagger's word clusters are not the NER's: another CoreNLP?");
            }
        }
        Path out = Path.of(args[1], FOLDER);
        write(out.resolve(LEXICON), o -> DistsimLexicon.of(clusters).write(new DataOutputStream(o)));
        // each model without its clusters (an empty map, so that neither looks for them on disk)
        for (Distsim d : distsims(tagger)) {
            set(d, Distsim.class, "lexicon", new HashMap<>());
        }
        // the features' weights in a file of their own (TaggerWeights), none in the model
        @SuppressWarnings("unchecked")
        List<Map<String, int[]>> associations = (List<Map<String, int[]>>) get(tagger, MaxentTagger.class,
                "fAssociations");
        LambdaSolve lambdas = (LambdaSolve) get(tagger, MaxentTagger.class, "prob");
        TaggerWeights weights = TaggerWeights.of(associations, lambdas.lambda);
        write(out.resolve(TAGGER_WEIGHTS), o -> weights.write(new DataOutputStream(o)));
        // the words' tags and counts in a file of their own (TagDictionary), none in the model
        TagDictionary dictionary = WaymarkDictionary.table(tagger);
        write(out.resolve(TAGGER_DICTIONARY), o -> dictionary.write(new DataOutputStream(o)));
        WaymarkDictionary.clear(tagger);
        List<Map<String, int[]>> none = new ArrayList<>();
        associations.forEach(kind -> none.add(new HashMap<>()));
        set(tagger, MaxentTagger.class, "fAssociations", none);
        lambdas.lambda = new double[0];
        write(out.resolve(TAGGER), o -> {
            DataOutputStream data = new DataOutputStream(o);
            call(tagger, MaxentTagger.class, "saveModel", data);
            data.flush();
        });
        set(factory(ner), NERFeatureFactory.class, "lexicon", new HashMap<>());
        // the feature index and the weights in a file of their own, empty ones in the model
        @SuppressWarnings("unchecked")
        Index<String> features = (Index<String>) get(ner, CRFClassifier.class, "featureIndex");
        CrfTables tables = CrfTables.of(features.objectsList(), (float[][]) get(ner, CRFClassifier.class, "weights"));
        write(out.resolve(NER_TABLES), o -> tables.write(new DataOutputStream(o)));
        set(ner, CRFClassifier.class, "featureIndex", new HashIndex<String>());
        set(ner, CRFClassifier.class, "weights", new float[0][]);
        write(out.resolve(NER), o -> {
            ObjectOutputStream objects = new ObjectOutputStream(o);
            ner.serializeClassifier(objects);
            objects.flush();
        });
    }

    /** The POS tagger from the jar, with the shared clusters. */
    static MaxentTagger tagger() {
        try (InputStream in = open(TAGGER)) {
            MaxentTagger tagger = new WaymarkTagger(in, new Properties(),
                    read(TAGGER_WEIGHTS, "the POS tagger's weights", TaggerWeights::read),
                    read(TAGGER_DICTIONARY, "the POS tagger's dictionary", TagDictionary::read));
            DistsimLexicon clusters = lexicon();
            for (Distsim d : distsims(tagger)) {
                set(d, Distsim.class, "lexicon", clusters);
            }
            return tagger;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the POS tagger model: " + e.getMessage(), e);
        }
    }

    /**
     * Gives the CRF of an NER annotator made from {@link #NER_RESOURCE} the shared clusters, its feature index and
     * its weights: CoreNLP builds the annotator from its properties as from its own model file, and the CRF then
     * reads these tables here.
     */
    static NERCombinerAnnotator withTables(NERCombinerAnnotator annotator) {
        Object combiner = get(annotator, NERCombinerAnnotator.class, "ner");
        for (Object crf : (List<?>) get(combiner, ClassifierCombiner.class, "baseClassifiers")) {
            set(factory(crf), NERFeatureFactory.class, "lexicon", lexicon());
            CrfTables tables = nerTables();
            set(crf, CRFClassifier.class, "featureIndex", tables.features());
            set(crf, CRFClassifier.class, "weights", tables.weights());
        }
        return annotator;
    }

    /** The NER's feature index and weights, read once; the CRF only reads them. */
    private static synchronized CrfTables nerTables() {
        if (nerTables == null) {
            nerTables = read(NER_TABLES, "the NER's tables", CrfTables::read);
        }
        return nerTables;
    }

    /** The clusters, read once for both models (whichever loads first reads them, the other waits). */
    static synchronized DistsimLexicon lexicon() {
        if (shared == null) {
            shared = read(LEXICON, "the word clusters", DistsimLexicon::read);
        }
        return shared;
    }

    /** A file of the build's beside this class, read by {@code reader}; {@code what} names it in errors. */
    private static <T> T read(String name, String what, DataReader<T> reader) {
        try (InputStream in = open(name)) {
            return reader.read(new DataInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private interface DataReader<T> {
        T read(DataInputStream data) throws IOException;
    }

    private static InputStream open(String name) {
        InputStream in = TaggerModels.class.getResourceAsStream(name);
        if (in == null) {
            // only the build's process-classes step makes these files
            throw new IllegalStateException("the model " + FOLDER + "/" + name
                    + " is not on the class path: build with 'mvn package'");
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> nerLexicon(CRFClassifier<CoreLabel> ner) {
        return (Map<String, String>) get(factory(ner), NERFeatureFactory.class, "lexicon");
    }

    private static Object factory(Object ner) {
        List<?> factories = (List<?>) get(ner, AbstractSequenceClassifier.class, "featureFactories");
        if (factories.size() != 1 || !(factories.get(0) instanceof NERFeatureFactory)) {
            throw new IllegalStateException("the NER model has other features than CoreNLP 4.5's: " + factories);
        }
        return factories.get(0);
    }

    /** The distinct cluster tables of the tagger's feature extractors. */
    private static List<Distsim> distsims(MaxentTagger tagger) {
        Set<Distsim> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (String name : new String[] {"extractors", "extractorsRare"}) {
            Extractors extractors = (Extractors) get(tagger, MaxentTagger.class, name);
            for (Object x : (Object[]) get(extractors, Extractors.class, "v")) {
                for (Class<?> c = x.getClass(); c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (f.getType() == Distsim.class) {
                            found.add((Distsim) get(x, c, f.getName()));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }
}
