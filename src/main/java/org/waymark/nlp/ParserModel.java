package org.waymark.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.WaymarkClassifier;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's UD dependency parser model in a binary form. CoreNLP reads its model from a 49 MB text file, splitting
 * lines and parsing 6 million numbers: 0.7 s of the parser's start-up, on the critical path of a cold start. The build
 * converts the text once ({@link #main}); a run reads the arrays in bulk and hands them to the same CoreNLP classes.
 * The 77,000 known words are a {@link StringTable} and the embeddings one array ({@code WaymarkClassifier}), not a
 * map and an array a word: 400,000 fewer objects for the collector to copy at the first collection of every start.
 * CoreNLP has no public constructor for a parser from arrays, so the fields its text loader fills are filled by
 * reflection (CoreNLP's version is pinned in the pom; {@code ParserModelTest} checks that both loads parse alike).
 */
public final class ParserModel {
    /** The text model as CoreNLP ships it: the build converts it from the unpacked models; the jar does not carry it. */
    static final String TEXT_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** The binary model in the jar, beside this class. */
    static final String BINARY_MODEL = "english_UD.bin";
    /** The binary model's place in a class tree or jar. */
    private static final String BINARY_MODEL_PATH = ParserModel.class.getPackageName().replace('.', '/') + "/"
            + BINARY_MODEL;
    private static final String MAGIC = "WAYMARK-NNDEP";
    private static final int VERSION = 2;

    private ParserModel() {
    }

    /** The parser from the binary model in the jar. */
    static DependencyParser load(Properties properties) {
        try (InputStream in = ParserModel.class.getResourceAsStream(BINARY_MODEL)) {
            if (in == null) {
                // the jar carries no text model: only the build's process-classes step makes this one
                throw new IllegalStateException("the parser model " + BINARY_MODEL_PATH
                        + " is not on the class path: build with 'mvn package'");
            }
            return read(new DataInputStream(new BufferedInputStream(in, 1 << 16)), properties);
        } catch (IOException e) {
            // the model ships inside the jar: failing to read it is a packaging fault, not user input
            throw new UncheckedIOException("cannot read the parser model " + BINARY_MODEL + ": " + e.getMessage(), e);
        }
    }

    /** Build step: {@code ParserModel TEXT_MODEL CLASSES_DIR} writes the binary model into the class tree. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ParserModel TEXT_MODEL CLASSES_DIR");
        }
        Properties p = new Properties();
        p.setProperty("numPreComputed", "0");   // the products are computed at load, not stored
        DependencyParser parser = DependencyParser.loadFromModelFile(args[0], p);
        Path out = Path.of(args[1], BINARY_MODEL_PATH);
        write(parser, out);
    }

    static void write(DependencyParser parser, Path out) throws IOException {
        Classifier c = (Classifier) get(parser, "classifier");
        Config config = (Config) get(parser, "config");
        CoreNlpInternals.write(out, file -> {
            DataOutputStream data = new DataOutputStream(file);
            data.writeUTF(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(config.embeddingSize);
            data.writeInt(config.hiddenSize);
            knownWords(parser).write(data);
            for (String field : new String[] {"knownPos", "knownLabels"}) {
                List<?> words = (List<?>) get(parser, field);
                data.writeInt(words.size());
                for (Object w : words) {
                    data.writeUTF((String) w);
                }
            }
            writeMatrix(data, c.getE());
            writeMatrix(data, c.getW1());
            writeMatrix(data, new float[][] {c.getb1()});
            writeMatrix(data, c.getW2());
            List<?> pre = (List<?>) get(parser, "preComputed");
            data.writeInt(pre.size());
            for (Object id : pre) {
                data.writeInt((Integer) id);
            }
            data.flush();
        });
    }

    /** The parser's known words as a table, numbered as CoreNLP numbers them; the build checks that none repeats. */
    private static StringTable knownWords(DependencyParser parser) {
        List<String> words = new ArrayList<>();
        for (Object w : (List<?>) get(parser, "knownWords")) {
            words.add((String) w);
        }
        StringTable table = StringTable.of(words);
        for (int i = 0; i < words.size(); i++) {
            // CoreNLP's map would give a repeated word its last number, the table its first
            if (table.find(words.get(i)) != i) {
                throw new IllegalStateException("the parser's known word " + words.get(i) + " repeats");
            }
        }
        return table;
    }

    private static DependencyParser read(DataInputStream data, Properties properties) throws IOException {
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != VERSION) {
            throw new IOException("not a parser model of this Waymark version");
        }
        int embeddingSize = data.readInt();
        int hiddenSize = data.readInt();
        BulkInput bulk = new BulkInput(data);
        StringTable words = StringTable.read(data, bulk);
        DependencyParser parser = new KnownWords(properties, words);
        Config config = (Config) get(parser, "config");
        config.embeddingSize = embeddingSize;
        config.hiddenSize = hiddenSize;
        // the numbers CoreNLP's generateIDs gives: the known words first, then the parts of speech, then the labels
        int next = words.size();
        for (String field : new String[] {"knownPos", "knownLabels"}) {
            int n = data.readInt();
            List<String> names = new ArrayList<>(n);
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < n; i++) {
                names.add(data.readUTF());
                ids.put(names.get(i), next++);
            }
            set(parser, field, names);
            set(parser, field.equals("knownPos") ? "posIDs" : "labelIDs", ids);
        }
        // the words' numbers are the table's (KnownWords); the parser reads the map only through getWordID
        set(parser, "wordIDs", Map.of());
        float[] e = readEmbeddings(data, bulk, embeddingSize);
        float[][] w1 = readMatrix(data);
        float[] b1 = readMatrix(data)[0];
        float[][] w2 = readMatrix(data);
        // the ids of the most frequent features, most frequent first; the classifier reads the first numPreComputed
        int[] ids = bulk.readInts(new int[data.readInt()]);
        List<Integer> pre = new ArrayList<>();
        for (int i = 0; i < Math.min(ids.length, config.numPreComputed); i++) {
            pre.add(ids[i]);
        }
        set(parser, "preComputed", pre);
        // CoreNLP's classifier with Waymark's forward pass: the same scores, faster (ParserScores), none where the
        // parser has one transition to take (ForcedTransitions)
        int cached = config.numCached;
        Map<?, ?> pos = (Map<?, ?>) get(parser, "posIDs");
        int nullPos = (Integer) pos.get(Config.NULL);
        int rootPos = (Integer) pos.get(Config.ROOT);
        set(parser, "classifier", new WaymarkClassifier(config, e, w1, b1, w2, pre, classifier -> {
            // made by initialize (below), before it has the products computed
            Object system = get(parser, "system");
            boolean singleRoot = system instanceof ArcStandard
                    && Boolean.TRUE.equals(CoreNlpInternals.get(system, ArcStandard.class, "singleRoot"));
            WaymarkClassifier.ForwardPass network = ParserScores.of(classifier, cached);
            return singleRoot ? ForcedTransitions.of(network, nullPos, rootPos, w2.length) : network;
        }));
        call(parser, "initialize", false);
        return parser;
    }

    /** E, written by {@link #writeMatrix}, as one array, row after row. */
    private static float[] readEmbeddings(DataInputStream data, BulkInput bulk, int embeddingSize)
            throws IOException {
        int rows = data.readInt();
        int cols = data.readInt();
        if (cols != embeddingSize) {
            throw new IOException("embeddings of " + cols + " floats in a model of " + embeddingSize);
        }
        return bulk.readFloats(new float[rows * cols]);
    }

    private static void writeMatrix(DataOutputStream data, float[][] m) throws IOException {
        data.writeInt(m.length);
        data.writeInt(m.length == 0 ? 0 : m[0].length);
        ByteBuffer row = ByteBuffer.allocate(4 * (m.length == 0 ? 0 : m[0].length));
        for (float[] r : m) {
            row.clear();
            row.asFloatBuffer().put(r);
            data.write(row.array());
        }
    }

    private static float[][] readMatrix(DataInputStream data) throws IOException {
        int rows = data.readInt();
        int cols = data.readInt();
        float[][] m = new float[rows][cols];
        byte[] bytes = new byte[4 * cols];
        for (float[] r : m) {
            data.readFully(bytes);
            ByteBuffer.wrap(bytes).asFloatBuffer().get(r);
        }
        return m;
    }

    /**
     * CoreNLP's parser with its known words in a {@link StringTable} instead of a map of 77,000 strings and numbers:
     * {@code getWordID} is where the parser reads them.
     */
    private static final class KnownWords extends DependencyParser {
        private final StringTable words;
        private final int unknown;

        KnownWords(Properties properties, StringTable words) {
            super(properties);
            this.words = words;
            this.unknown = words.find(Config.UNKNOWN);
            if (unknown < 0) {
                throw new IllegalArgumentException("known words without " + Config.UNKNOWN);
            }
        }

        /** CoreNLP's: the word's number, or that of {@code Config.UNKNOWN}. */
        @Override
        public int getWordID(String s) {
            int id = words.find(s);
            return id >= 0 ? id : unknown;
        }
    }

    private static Object get(DependencyParser parser, String name) {
        return CoreNlpInternals.get(parser, DependencyParser.class, name);
    }

    private static void set(DependencyParser parser, String name, Object value) {
        CoreNlpInternals.set(parser, DependencyParser.class, name, value);
    }

    private static void call(DependencyParser parser, String name, Object... args) throws IOException {
        CoreNlpInternals.call(parser, DependencyParser.class, name, args);
    }
}
