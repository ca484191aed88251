package org.waymark.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The POS tagger's dictionary in Waymark's form: for each of the 76,000 words of its training, the tags it had and
 * how often. CoreNLP keeps a {@code TagCount} with a hash map of its own for each
 * word, and reads them one by one at every start: 700,000 small objects, most of the young collection's work while
 * the models load. Here the words are a {@link StringTable} and the rest a few arrays, read in bulk. The build
 * records each word's tags in the order CoreNLP's dictionary gives them, with their counts; a word's first tag and
 * sum follow from them as CoreNLP's {@code TagCount} computes them, so that every answer is CoreNLP's
 * ({@code WaymarkDictionary} gives them to the tagger). Read-only and thread-safe.
 */
public final class TagDictionary {
    private static final String MAGIC = "WAYMARK-TAG-DICTIONARY";
    private static final int VERSION = 2;
    /** The tags a dictionary can number in a byte. */
    private static final int MAX_TAGS = 0xFF;

    private final StringTable words;
    private final String[] tagNames;
    /** by word: where its tags start in {@link #tags} and {@link #counts}; one more than the words */
    private final int[] starts;
    /** the tags' numbers in {@link #tagNames}, word after word */
    private final byte[] tags;
    private final int[] counts;

    private TagDictionary(StringTable words, String[] tagNames, int[] starts, byte[] tags, int[] counts) {
        if (starts.length != words.size() + 1 || tags.length != counts.length
                || starts[words.size()] != tags.length) {
            throw new IllegalArgumentException("a tag dictionary's arrays do not agree");
        }
        this.words = words;
        this.tagNames = tagNames;
        this.starts = starts;
        this.tags = tags;
        this.counts = counts;
    }

    /** One word: its tags in the order CoreNLP's dictionary gives them, and how often it had each. */
    public record Word(String word, String[] tags, int[] counts) {
        public Word {
            if (tags.length != counts.length) {
                throw new IllegalArgumentException(word + ": " + tags.length + " tags, " + counts.length + " counts");
            }
        }
    }

    /** The dictionary of these words, each given once. */
    public static TagDictionary of(List<Word> entries) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        List<String> keys = new ArrayList<>(entries.size());
        int[] starts = new int[entries.size() + 1];
        int pairs = entries.stream().mapToInt(w -> w.tags().length).sum();
        byte[] tags = new byte[pairs];
        int[] counts = new int[pairs];
        int at = 0;
        for (int i = 0; i < entries.size(); i++) {
            Word w = entries.get(i);
            keys.add(w.word());
            for (int k = 0; k < w.tags().length; k++) {
                tags[at] = number(w.tags()[k], names, numbers);
                counts[at++] = w.counts()[k];
            }
            starts[i + 1] = at;
        }
        StringTable words = StringTable.of(keys);
        for (int i = 0; i < keys.size(); i++) {
            if (words.find(keys.get(i)) != i) {
                throw new IllegalArgumentException("the word " + keys.get(i) + " is given twice");
            }
        }
        return new TagDictionary(words, names.toArray(new String[0]), starts, tags, counts);
    }

    private static byte number(String tag, List<String> names, Map<String, Integer> numbers) {
        if (tag == null) {
            throw new IllegalArgumentException("a word with a null tag");
        }
        Integer n = numbers.get(tag);
        if (n == null) {
            n = names.size();
            if (n == MAX_TAGS) {
                throw new IllegalArgumentException("more than " + MAX_TAGS + " tags");
            }
            names.add(tag);
            numbers.put(tag, n);
        }
        return (byte) (int) n;
    }

    public int size() {
        return words.size();
    }

    /** The number of {@code word} in this dictionary, or -1 for a word it does not hold (or null). */
    public int entry(String word) {
        return words.find(word);
    }

    /** The tags of word {@code entry}, in CoreNLP's order: a new array on each call. */
    public String[] tags(int entry) {
        String[] out = new String[starts[entry + 1] - starts[entry]];
        for (int k = 0; k < out.length; k++) {
            out[k] = tagNames[tags[starts[entry] + k] & 0xFF];
        }
        return out;
    }

    /** How often word {@code entry} had {@code tag}; 0 for a tag it never had. */
    public int count(int entry, String tag) {
        for (int k = starts[entry]; k < starts[entry + 1]; k++) {
            if (tagNames[tags[k] & 0xFF].equals(tag)) {
                return counts[k];
            }
        }
        return 0;
    }

    /**
     * Word {@code entry}'s most frequent tag as CoreNLP's {@code TagCount} picks it: the first, in the tags' order,
     * whose count is above all before it and above 0; null if there is none.
     */
    public String firstTag(int entry) {
        String first = null;
        int max = 0;
        for (int k = starts[entry]; k < starts[entry + 1]; k++) {
            if (counts[k] > max) {
                first = tagNames[tags[k] & 0xFF];
                max = counts[k];
            }
        }
        return first;
    }

    /** How often word {@code entry} was seen: the sum of its counts, as CoreNLP's {@code TagCount} keeps it. */
    public int sum(int entry) {
        int sum = 0;
        for (int k = starts[entry]; k < starts[entry + 1]; k++) {
            sum += counts[k];
        }
        return sum;
    }

    public void write(DataOutputStream data) throws IOException {
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        words.write(data);
        data.writeInt(tagNames.length);
        for (String t : tagNames) {
            data.writeUTF(t);
        }
        data.writeInt(tags.length);
        data.write(tags);
        for (int[] ints : new int[][] {starts, counts}) {
            for (int v : ints) {
                data.writeInt(v);
            }
        }
    }

    /** Reads a dictionary {@link #write} wrote. */
    public static TagDictionary read(DataInputStream data) throws IOException {
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != VERSION) {
            throw new IOException("not a tag dictionary of this Waymark version");
        }
        BulkInput bulk = new BulkInput(data);
        StringTable words = StringTable.read(data, bulk);
        String[] tagNames = new String[data.readInt()];
        for (int i = 0; i < tagNames.length; i++) {
            tagNames[i] = data.readUTF().intern();
        }
        byte[] tags = new byte[data.readInt()];
        data.readFully(tags);
        int[] starts = bulk.readInts(new int[words.size() + 1]);
        int[] counts = bulk.readInts(new int[tags.length]);
        return new TagDictionary(words, tagNames, starts, tags, counts);
    }
}
