package org.waymark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.NlpPipeline;
import org.waymark.nlp.NlpPipelines;
import org.waymark.nlp.Token;
import org.waymark.recognize.ToponymRecognizer;
import org.waymark.resolve.Mention;
import org.waymark.resolve.ToponymResolver;
import org.waymark.text.Document;

/**
 * The taggers' two gates ({@link NameGate} before NER, {@link ToponymRecognizer#mayFind} before POS) save work and
 * cost nothing: the mentions come out as with every sentence tagged.
 */
class GeoParserGatesTest {
    private static final GeoNamesIndex GAZETTEER = GeoNamesIndex.embedded();
    /** People named like towns, demonyms as nouns and languages, hyphenated names, names in organisations. */
    private static final String TEXT = "Walsh said the plan was sound, and Taylor agreed with him on Monday. "
            + "Many Afghans have crossed into Iran since the spring, officials in Herat said. "
            + "The Seattle-based company flew its staff to Nairobi. She answered in Turkish. "
            + "Hansen and McDonald met the Kenya Airways crew. Prices rose by 3 percent. "
            + "Fans gathered in Innisfail on Monday after the storm. Power may not return to Innisfail for a week.";

    @Test
    void gatedMentionsEqualThoseOfTheFullyTaggedText() throws IOException {
        assertSameMentions("hand-made", TEXT);
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                assertSameMentions(f.toString(), Files.readString(f));
            }
        }
    }

    @Test
    void gatedMentionsEqualThoseOfTheFullyTaggedSeeds() throws IOException {
        Path seeds = SharedData.assume("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                assertSameMentions(f.toString(), Files.readString(f));
            }
        }
    }

    /** A sentence NER reads but the recognizer can find nothing in ("Walsh said …": a person) is not POS-tagged. */
    @Test
    void aSentenceWithOnlyPeopleIsNotPosTagged() {
        ToponymRecognizer recognizer = new ToponymRecognizer(GAZETTEER);
        AnnotatedText text = NlpPipelines.shared().annotate(TEXT, new NameGate(GAZETTEER), recognizer::mayFind);
        List<Token> walsh = text.sentences().get(0).tokens();
        assertEquals("PERSON", walsh.get(0).ner());
        assertTrue(walsh.stream().noneMatch(Token::isTagged), walsh.toString());
        List<Token> afghans = text.sentences().get(1).tokens();
        assertTrue(afghans.stream().allMatch(Token::isTagged), afghans.toString());
        // NER calls this Innisfail an organisation, but the document has placed the town one sentence before
        List<Token> power = text.sentences().get(text.sentences().size() - 1).tokens();
        assertEquals("ORGANIZATION", power.get(5).ner());
        assertTrue(power.stream().allMatch(Token::isTagged), power.toString());
    }

    private static void assertSameMentions(String name, String text) {
        NlpPipeline nlp = NlpPipelines.shared();
        AnnotatedText full = nlp.annotate(text);
        List<String> expected = describe(new ToponymResolver(GAZETTEER).resolve(full,
                new ToponymRecognizer(GAZETTEER).recognize(full)));
        List<String> gated = describe(new GeoParser(nlp, GAZETTEER).mentions(Document.of(name, text)));
        assertEquals(expected, gated, name);
        assertTrue(gated.size() > 2, name + ": " + gated);
    }

    private static List<String> describe(List<Mention> mentions) {
        return mentions.stream().map(m -> m.toponym().start() + "-" + m.toponym().end() + " "
                + m.toponym().surface() + " " + (m.isResolved() ? m.place().geonameid() : "-")).toList();
    }
}
