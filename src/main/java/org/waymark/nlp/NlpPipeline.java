package org.waymark.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import org.waymark.Background;

/**
 * Stanford CoreNLP, lean: tokenize and ssplit on every text; the 4-class NER only on the sentences a caller says may
 * hold a name, pos and lemma only on those of them that may hold a toponym once NER has tagged them; the UD dependency
 * parse only on the sentences a caller asks for (it costs more than the rest together). The models, one of each per
 * JVM, load on background threads from the first {@link #load()} on, so that a caller can do its own start-up work
 * meanwhile; the first call that needs a model waits for it. Thread-safe.
 */
public final class NlpPipeline {
    /**
     * Hidden-layer products (1,000 numbers each) the parser computes at load for its most frequent features, and how
     * many others it keeps, least recently used out first, once a parse has computed them. CoreNLP's defaults,
     * 100,000 and 5,000, cost 800 MB of heap and 2-3 s of start-up, and the small cache is recomputed over and over
     * (6.5 ms a sentence with 20,000 and 5,000). 5,000 at load (0.15 s) and a cache of 50,000 (up to 200 MB, filled by
     * the text at hand) parse at 3.7 ms a sentence (bench/README.md). A product computed on the fly is summed in
     * another order than a precomputed one: the movements of the dev corpora and the seeds come out the same.
     */
    private static final int PARSER_PRECOMPUTED = 5_000;
    private static final int PARSER_CACHED = 50_000;

    /** Sentences whose tags and parse are kept by default ({@link SentenceMemo}). */
    public static final int DEFAULT_MEMO_SENTENCES = SentenceMemo.DEFAULT_SENTENCES;

    /*
     * The models, one of each per JVM: they are read-only and thread-safe, and reading them is most of a start. The
     * tokenizer loads apart from the POS tagger, so that a text is split and NER-tagged while the tagger still loads.
     */
    private static final Model<StanfordCoreNLP> SPLITTER = new Model<>("waymark-load-splitter",
            NlpPipeline::loadSplitter);
    private static final Model<Tagger> TAGGER = new Model<>("waymark-load-tagger", Tagger::load);
    private static final Model<NERCombinerAnnotator> NER = new Model<>("waymark-load-ner", NlpPipeline::loadNer);
    private static final Model<DependencyParser> PARSER = new Model<>("waymark-load-parser",
            NlpPipeline::loadParser);

    private final SentenceMemo memo;

    private NlpPipeline(int memoSentences) {
        this.memo = new SentenceMemo(memoSentences);
        SPLITTER.start();
        TAGGER.start();
        NER.start();
    }

    /**
     * Starts loading the models packaged in the jar (tokenizer, POS tagger and NER), unless they are loading or loaded
     * already, and returns at once; the dependency parser loads on first use or after {@link #preloadParser()}. The
     * tags and parses of the last {@value SentenceMemo#DEFAULT_SENTENCES} sentences are kept for the texts that repeat
     * them.
     */
    public static NlpPipeline load() {
        return load(SentenceMemo.DEFAULT_SENTENCES);
    }

    /**
     * As {@link #load()}, keeping the tags and parses of the last {@code memoSentences} sentences (0: none) to reuse
     * in a later text that repeats a sentence word for word.
     */
    public static NlpPipeline load(int memoSentences) {
        return new NlpPipeline(memoSentences);
    }

    /** Starts loading the dependency parser in the background, if it is not loading yet. */
    public void preloadParser() {
        PARSER.start();
    }

    /** POS tagger and lemmatizer, for the sentences that need them. */
    private record Tagger(POSTaggerAnnotator pos, MorphaAnnotator lemma) {
        static Tagger load() {
            // what StanfordCoreNLP builds for "pos" and "lemma", from the model in Waymark's form (TaggerModels)
            return new Tagger(new POSTaggerAnnotator(TaggerModels.tagger()), new MorphaAnnotator(false));
        }
    }

    /** Tokenizer and sentence splitter, for whole texts. */
    private static StanfordCoreNLP loadSplitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        // keep quotes and brackets as written so that offsets and surfaces agree with the text
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,quotes=original,ellipses=original,dashes=original,"
                + "splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return new StanfordCoreNLP(p);
    }

    private static NERCombinerAnnotator loadNer() {
        try {
            // the model in Waymark's form, without its word clusters, which it then shares with the tagger
            return TaggerModels.withTables(new NERCombinerAnnotator(nerProperties(TaggerModels.NER_RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NER model: " + e.getMessage(), e);
        }
    }

    /** The CRF alone: no numbers, dates (SUTime), regexner gazettes, fine-grained tags or entity mentions. */
    static Properties nerProperties(String model) {
        Properties p = new Properties();
        p.setProperty("ner.model", model);
        p.setProperty("ner.statisticalOnly", "true");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    private static DependencyParser loadParser() {
        Properties p = new Properties();
        p.setProperty("numPreComputed", Integer.toString(PARSER_PRECOMPUTED));
        p.setProperty("numCached", Integer.toString(PARSER_CACHED));
        return ParserModel.load(p);
    }

    /** Tags every sentence, NER included. */
    public AnnotatedText annotate(String text) {
        return annotate(text, tokens -> true, document -> tokens -> true);
    }

    /**
     * Splits the text into sentences (of at most {@value LongSentences#MAX_TOKENS} tokens) and tokens; NER tags only
     * the sentences whose tokens {@code mayHoldName} accepts (it sees them untagged), and POS tags and lemmas only
     * those of them whose NER-tagged tokens {@code mayHoldToponym} accepts (their POS tags are still ""). NER runs
     * first, on words alone: the CRF needs no parts of speech (where they are there, CoreNLP's NER reads them and
     * differs on a few tokens: 6 of 116,000 in the dev corpora, "Taco Bell Canada" an organisation without them, a
     * location with them; the dev corpora's figures and movements are the same). The tokens of a sentence left out
     * have the POS tag "" and their lower-cased word as lemma, and the NER tag "O" if NER left it out too. Where they
     * run, the taggers give the same tags as on the whole text: each of them reads one sentence at a time. A sentence
     * whose words an earlier text had gets the tags kept for them ({@link SentenceMemo}), without the taggers.
     */
    public AnnotatedText annotate(String text, Predicate<List<Token>> mayHoldName,
                                  Function<List<List<Token>>, Predicate<List<Token>>> mayHoldToponym) {
        Annotation annotation = new Annotation(LongWords.breakRuns(text));
        SPLITTER.get().annotate(annotation);
        LongWords.shorten(annotation.get(CoreAnnotations.TokensAnnotation.class));
        List<CoreMap> all = LongSentences.capped(text, annotation.get(CoreAnnotations.SentencesAnnotation.class));
        List<CoreMap> named = chosen(all, tokensOf(all), mayHoldName);
        if (!named.isEmpty()) {
            List<CoreMap> unseen = named.stream().filter(s -> !memo.restoreNer(s)).toList();
            if (!unseen.isEmpty()) {
                NER.get().annotate(subset(text, unseen));
                unseen.forEach(memo::keepNer);
            }
            List<List<Token>> nerTagged = tokensOf(named);
            List<CoreMap> toponymic = chosen(named, nerTagged, mayHoldToponym.apply(nerTagged));
            List<CoreMap> untagged = toponymic.stream().filter(s -> !memo.restoreTags(s)).toList();
            if (!untagged.isEmpty()) {
                Annotation some = subset(text, untagged);
                Tagger t = TAGGER.get();
                t.pos().annotate(some);
                t.lemma().annotate(some);
                untagged.forEach(memo::keepTags);
            }
        }
        List<Sentence> sentences = new ArrayList<>(all.size());
        for (CoreMap s : all) {
            sentences.add(new Sentence(sentences.size(),
                    s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    tokens(s.get(CoreAnnotations.TokensAnnotation.class)), s));
        }
        return new AnnotatedText(text, sentences);
    }

    /** The sentences whose tokens ({@code tokens}, in the same order) {@code test} accepts. */
    private static List<CoreMap> chosen(List<CoreMap> sentences, List<List<Token>> tokens,
                                        Predicate<List<Token>> test) {
        List<CoreMap> chosen = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (test.test(tokens.get(i))) {
                chosen.add(sentences.get(i));
            }
        }
        return chosen;
    }

    private static List<List<Token>> tokensOf(List<CoreMap> sentences) {
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            tokens.add(tokens(s.get(CoreAnnotations.TokensAnnotation.class)));
        }
        return tokens;
    }

    /** The same sentence objects as a text of their own, so that the tags land on the tokens of the whole text. */
    private static Annotation subset(String text, List<CoreMap> sentences) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        Annotation some = new Annotation(text);
        some.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        some.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return some;
    }

    private static List<Token> tokens(List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel t : labels) {
            String ner = t.ner() == null ? "O" : t.ner();
            tokens.add(new Token(t.originalText(), t.beginPosition(), t.endPosition(), t.tag() == null ? "" : t.tag(),
                    t.lemma() == null ? t.word().toLowerCase() : t.lemma().toLowerCase(), ner));
        }
        return tokens;
    }

    /** How many sentences' tags and parses are kept now ({@link SentenceMemo}). */
    int sentencesKept() {
        return memo.size();
    }

    /** The basic UD dependency graph of a sentence; token indices in the graph are 1-based token positions. */
    public SemanticGraph parse(Sentence sentence) {
        SemanticGraph graph = sentence.coreMap.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            return graph;
        }
        // only the basic graph: CoreNLP's annotator would also build the collapsed and CC-processed ones
        graph = SemanticGraphFactory.generateUncollapsedDependencies(PARSER.get().predict(sentence.coreMap));
        sentence.coreMap.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, graph);
        return graph;
    }

    /**
     * The dependency tree of a sentence in Waymark's terms; parses it if neither it nor a sentence of the same words
     * was parsed yet.
     */
    public DependencyGraph dependencies(Sentence sentence) {
        return memo.parse(sentence.coreMap, () -> graph(sentence));
    }

    private DependencyGraph graph(Sentence sentence) {
        SemanticGraph graph = parse(sentence);
        DependencyGraph.Builder b = DependencyGraph.builder();
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i <= tokens.size(); i++) {
            Token t = tokens.get(i - 1);
            IndexedWord w = graph.getNodeByIndexSafe(i);
            if (w == null) {
                b.add(t.word(), t.lemma(), t.pos(), 0, "punct");
                continue;
            }
            SemanticGraphEdge in = graph.incomingEdgeList(w).stream().findFirst().orElse(null);
            String tag = w.tag() == null ? t.pos() : w.tag();
            if (in == null) {
                b.add(t.word(), t.lemma(), tag, 0, graph.getRoots().contains(w) ? "root" : "punct");
            } else {
                b.add(t.word(), t.lemma(), tag, in.getGovernor().index(), in.getRelation().toString());
            }
        }
        return b.build();
    }

    /** A model, loading on a thread of its own from the first {@link #start()} on. */
    private static final class Model<T> {
        private final String name;
        private final Supplier<T> loader;
        private CompletableFuture<T> loading;

        Model(String name, Supplier<T> loader) {
            this.name = name;
            this.loader = loader;
        }

        synchronized CompletableFuture<T> start() {
            if (loading == null) {
                // CoreNLP logs through SLF4J: set it up on this thread, not on several loading threads at once
                // (SLF4J then warns about "substitute loggers" on stderr)
                LoggerFactory.getILoggerFactory();
                loading = Background.start(name, loader);
            }
            return loading;
        }

        /** The model, once loaded; a failure to load it is thrown as it was thrown while loading. */
        T get() {
            return Background.join(start());
        }
    }
}
