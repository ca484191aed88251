package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tagger and NER in Waymark's form (TaggerModels) tag as CoreNLP's own model files do. */
class TaggerModelsTest {
    /** Where the build unpacks CoreNLP's models (pom: models.dir); the jar carries only Waymark's form. */
    private static final Path MODELS = Path.of("target/corenlp-models");
    private static final String TEXT = "About 2,000 troops were withdrawn from the northern province on Tuesday and "
            + "flown to Benghazi. Officials in Ankara said the convoy, which had left the port of Mersin before dawn, "
            + "reached the Syrian border by noon. Thousands of families fled north across the Euphrates after the "
            + "shelling. Walsh told CBC Toronto that Taco Bell Canada and the Red Cross sent aid to Innisfail, "
            + "Queensland. mr. o'neill flew from JFK to Dubai via Doha on Emirates flight EK-202.";

    @Test
    void tagsAsCoreNlpsOwnModels() throws Exception {
        Path tagger = MODELS.resolve(TaggerModels.TAGGER_SOURCE);
        Path ner = MODELS.resolve(TaggerModels.NER_SOURCE);
        assertTrue(Files.isRegularFile(tagger) && Files.isRegularFile(ner), MODELS + " (mvn generate-resources)");
        Properties pos = new Properties();
        pos.setProperty("pos.model", tagger.toString());
        POSTaggerAnnotator theirPos = new POSTaggerAnnotator("pos", pos);
        NERCombinerAnnotator theirNer = new NERCombinerAnnotator(NlpPipeline.nerProperties(ner.toString()));
        POSTaggerAnnotator ourPos = new POSTaggerAnnotator(TaggerModels.tagger());
        NERCombinerAnnotator ourNer = TaggerModels.withTables(
                new NERCombinerAnnotator(NlpPipeline.nerProperties(TaggerModels.NER_RESOURCE)));

        List<String> texts = new ArrayList<>(List.of(TEXT));
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            for (Path f : files.filter(p -> !p.toString().endsWith(".jsonl")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        int tokens = 0;
        for (String text : texts) {
            List<String> theirs = tags(text, theirPos, theirNer);
            assertEquals(theirs, tags(text, ourPos, ourNer));
            tokens += theirs.size();
            assertTrue(theirs.stream().anyMatch(t -> t.endsWith("/LOCATION")), theirs.toString());
        }
        assertTrue(tokens > 300, "tokens compared: " + tokens);
    }

    @Test
    void bothModelsReadOneLexicon() {
        assertTrue(TaggerModels.lexicon() == TaggerModels.lexicon());
        assertTrue(TaggerModels.lexicon().size() > 500_000, "words: " + TaggerModels.lexicon().size());
    }

    private static List<String> tags(String text, POSTaggerAnnotator pos, NERCombinerAnnotator ner) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        Annotation a = new Annotation(text);
        new StanfordCoreNLP(p).annotate(a);
        pos.annotate(a);
        ner.annotate(a);
        List<String> out = new ArrayList<>();
        for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
            out.add(t.word() + "/" + t.tag() + "/" + t.ner());
        }
        return out;
    }
}
