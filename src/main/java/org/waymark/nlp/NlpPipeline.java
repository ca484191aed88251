package org.waymark.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP, lean: tokenize, ssplit, pos, lemma and the 4-class NER on every text; the UD dependency parse
 * only on the sentences a caller asks for (it costs more than the rest together). Thread-safe once built.
 */
public final class NlpPipeline {
    private static final String MODELS = "edu/stanford/nlp/models/";
    private final StanfordCoreNLP pipeline;
    private volatile DependencyParseAnnotator parser;

    private NlpPipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models packaged in the jar (POS tagger and NER; the parser loads on first use). */
    public static NlpPipeline load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // keep quotes and brackets as written so that offsets and surfaces agree with the text
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,"
                + "quotes=original,ellipses=original,dashes=original,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", MODELS + "pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("ner.model", MODELS + "ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.statisticalOnly", "true");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("depparse.model", MODELS + "parser/nndep/english_UD.gz");
        return new NlpPipeline(new StanfordCoreNLP(p));
    }

    public AnnotatedText annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String ner = t.ner() == null ? "O" : t.ner();
                tokens.add(new Token(t.originalText(), t.beginPosition(), t.endPosition(), t.tag(),
                        t.lemma() == null ? t.word().toLowerCase() : t.lemma().toLowerCase(), ner));
            }
            sentences.add(new Sentence(sentences.size(),
                    s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens, s));
        }
        return new AnnotatedText(text, sentences);
    }

    /** The basic UD dependency graph of a sentence; token indices in the graph are 1-based token positions. */
    public SemanticGraph parse(Sentence sentence) {
        SemanticGraph graph = sentence.coreMap.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            return graph;
        }
        Annotation one = new Annotation(sentence.coreMap.get(CoreAnnotations.TextAnnotation.class));
        one.set(CoreAnnotations.TokensAnnotation.class, sentence.coreMap.get(CoreAnnotations.TokensAnnotation.class));
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence.coreMap));
        parser().annotate(one);
        return sentence.coreMap.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    private DependencyParseAnnotator parser() {
        DependencyParseAnnotator p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    Properties props = new Properties();
                    props.setProperty("model", MODELS + "parser/nndep/english_UD.gz");
                    parser = new DependencyParseAnnotator(props);
                }
                p = parser;
            }
        }
        return p;
    }
}
