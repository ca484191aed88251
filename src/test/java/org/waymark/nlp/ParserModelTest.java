package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ParserModelTest {
    /** Where the build unpacks CoreNLP's models (pom: models.dir); the jar carries only the binary form. */
    private static final Path TEXT_MODEL = Path.of("target/corenlp-models", ParserModel.TEXT_MODEL);

    @Test
    void theBinaryModelParsesAsCoreNlpsTextModel() throws Exception {
        try (InputStream in = ParserModel.class.getResourceAsStream(ParserModel.BINARY_MODEL)) {
            assertNotNull(in, "the build (process-classes) writes " + ParserModel.BINARY_MODEL);
        }
        assertTrue(Files.isRegularFile(TEXT_MODEL), TEXT_MODEL + " (mvn generate-resources unpacks it)");
        Properties p = new Properties();
        p.setProperty("numPreComputed", "20000");
        DependencyParser binary = ParserModel.load(p);
        DependencyParser text = DependencyParser.loadFromModelFile(TEXT_MODEL.toString(), p);

        AnnotatedText annotated = NlpPipelines.shared().annotate(
                "About 2,000 troops were withdrawn from the northern province on Tuesday and flown to the capital. "
                + "Officials said the convoy, which had left the port city before dawn, reached the border crossing "
                + "by noon. Thousands of families fled north across the river after the shelling.");
        List<Sentence> sentences = annotated.sentences();
        assertEquals(3, sentences.size());
        for (Sentence s : sentences) {
            String expected = text.predict(s.coreMap).typedDependencies().toString();
            assertEquals(expected, binary.predict(s.coreMap).typedDependencies().toString());
            assertTrue(expected.contains("nsubj"), expected);
        }
        // the sample articles, sentence by sentence: the states with one transition (ForcedTransitions) included
        for (String file : List.of("aid-convoys-sudan.txt", "baltic-exercise.md")) {
            for (Sentence s : NlpPipelines.shared().annotate(Files.readString(Path.of("sample-data", file)))
                    .sentences()) {
                assertEquals(text.predict(s.coreMap).typedDependencies().toString(),
                        binary.predict(s.coreMap).typedDependencies().toString(), file + " sentence " + s.index());
            }
        }
    }
}
