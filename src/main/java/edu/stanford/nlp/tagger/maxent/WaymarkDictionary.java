package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.stats.IntCounter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waymark.nlp.TagDictionary;

/**
 * CoreNLP's tagger dictionary answering from a {@link TagDictionary}: the same tags, counts, first tags and sums, word
 * for word, without CoreNLP's 700,000 objects. Its own maps stay empty (the model the build writes has none). It
 * lives in CoreNLP's package only because the dictionary's methods the tagger calls are package-private there.
 */
public final class WaymarkDictionary extends Dictionary {
    private final TagDictionary table;

    WaymarkDictionary(TagDictionary table) {
        this.table = table;
    }

    /** Build step: each word of a tagger's dictionary with its tags, in the dictionary's order, and their counts. */
    public static TagDictionary table(MaxentTagger tagger) {
        Dictionary d = tagger.dict;
        List<TagDictionary.Word> words = new ArrayList<>();
        for (String w : words(d).keySet()) {
            String[] tags = d.getTags(w);
            int[] counts = new int[tags.length];
            for (int k = 0; k < tags.length; k++) {
                counts[k] = d.getCount(w, tags[k]);
            }
            words.add(new TagDictionary.Word(w, tags.clone(), counts));
        }
        return TagDictionary.of(words);
    }

    /** Build step: empties a tagger's dictionary, so that the model is written without it. */
    public static void clear(MaxentTagger tagger) {
        words(tagger.dict).clear();
    }

    /** The tagger's dictionary: CoreNLP's until this call, then one answering from {@code table}. */
    static void install(MaxentTagger tagger, TagDictionary table) {
        try {
            Field dict = MaxentTagger.class.getDeclaredField("dict");
            dict.setAccessible(true);
            dict.set(tagger, new WaymarkDictionary(table));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's MaxentTagger.dict cannot be set", e);
        }
        // the extractors that read the dictionary took the tagger's when the model was read
        tagger.extractors.setGlobalHolder(tagger);
        tagger.extractorsRare.setGlobalHolder(tagger);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> words(Dictionary d) {
        try {
            Field f = Dictionary.class.getDeclaredField("dict");
            f.setAccessible(true);
            return (Map<String, ?>) f.get(d);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's Dictionary.dict cannot be read", e);
        }
    }

    @Override
    protected int getCount(String word, String tag) {
        int e = table.entry(word);
        return e < 0 ? 0 : table.count(e, tag);
    }

    @Override
    protected String[] getTags(String word) {
        int e = table.entry(word);
        return e < 0 ? null : table.tags(e);
    }

    /** CoreNLP's counts of the word, made on each call; no feature of the tagger reads them. */
    @Override
    protected TagCount get(String word) {
        int e = table.entry(word);
        if (e < 0) {
            return null;
        }
        IntCounter<String> counts = new IntCounter<>();
        for (String tag : table.tags(e)) {
            counts.incrementCount(tag, table.count(e, tag));
        }
        return new TagCount(counts);
    }

    @Override
    String getFirstTag(String word) {
        int e = table.entry(word);
        return e < 0 ? null : table.firstTag(e);
    }

    @Override
    protected int sum(String word) {
        int e = table.entry(word);
        return e < 0 ? 0 : table.sum(e);
    }

    @Override
    boolean isUnknown(String word) {
        return table.entry(word) < 0;
    }
}
