package edu.stanford.nlp.tagger.maxent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.waymark.nlp.TagDictionary;

/** The tagger's dictionary in Waymark's form answers as CoreNLP's, word for word. */
class WaymarkDictionaryTest {
    /** CoreNLP's own tagger model, where the build unpacks it (pom: models.dir). */
    private static final Path MODEL = Path.of("target/corenlp-models",
            "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");

    @Test
    void answersAsCoreNlpsDictionaryForEveryWord() throws Exception {
        assertTrue(Files.isRegularFile(MODEL), MODEL + " (mvn generate-resources unpacks it)");
        MaxentTagger tagger = new MaxentTagger(MODEL.toString(), new Properties(), false);
        Dictionary theirs = tagger.dict;
        WaymarkDictionary ours = new WaymarkDictionary(WaymarkDictionary.table(tagger));
        Map<?, ?> words = (Map<?, ?>) field(Dictionary.class, "dict").get(theirs);
        assertTrue(words.size() > 70_000, "words: " + words.size());
        int pairs = 0;
        for (Object key : words.keySet()) {
            String w = (String) key;
            assertArrayEquals(theirs.getTags(w), ours.getTags(w), w);
            for (String tag : theirs.getTags(w)) {
                assertEquals(theirs.getCount(w, tag), ours.getCount(w, tag), w + "/" + tag);
                pairs++;
            }
            assertEquals(0, ours.getCount(w, "no such tag"), w);
            assertEquals(theirs.getFirstTag(w), ours.getFirstTag(w), w);
            assertEquals(theirs.sum(w), ours.sum(w), w);
            assertEquals(false, ours.isUnknown(w), w);
        }
        assertTrue(pairs > words.size(), "pairs: " + pairs);
        for (String unknown : new String[] {"Xyzzyville", "", "qwertyuiop"}) {
            assertEquals(theirs.isUnknown(unknown), ours.isUnknown(unknown), unknown);
            assertNull(ours.getTags(unknown));
            assertNull(ours.getFirstTag(unknown));
            assertEquals(0, ours.sum(unknown));
            assertEquals(0, ours.getCount(unknown, "NN"));
            assertNull(ours.get(unknown));
        }
        assertTrue(ours.isUnknown(null));
        assertEquals(theirs.get("the").get("DT"), ours.get("the").get("DT"));
    }

    @Test
    void theTaggerAndItsExtractorsReadTheInstalledDictionary() throws Exception {
        MaxentTagger tagger = new MaxentTagger(MODEL.toString(), new Properties(), false);
        TagDictionary table = TagDictionary.of(List.of(
                new TagDictionary.Word("Flew", new String[] {"VBD"}, new int[] {3})));
        WaymarkDictionary.install(tagger, table);
        assertInstanceOf(WaymarkDictionary.class, tagger.dict);
        int reading = 0;
        for (Extractors x : List.of(tagger.extractors, tagger.extractorsRare)) {
            for (Extractor e : (Extractor[]) field(Extractors.class, "v").get(x)) {
                for (Class<?> c = e.getClass(); c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (f.getType() == Dictionary.class) {
                            f.setAccessible(true);
                            assertSame(tagger.dict, f.get(e), e.getClass().getSimpleName());
                            reading++;
                        }
                    }
                }
            }
        }
        assertTrue(reading > 0, "extractors that read the dictionary: " + reading);
        assertEquals(3, tagger.dict.sum("Flew"));
        assertTrue(tagger.dict.isUnknown("the"));
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
