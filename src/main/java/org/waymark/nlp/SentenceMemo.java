package org.waymark.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the models said of the sentences already seen, by their words: NER tags, POS tags and lemmas, dependency
 * parse. News feeds repeat sentences word for word (wire copy carried by several outlets, a story sent again as it
 * is updated, boilerplate such as "Reporting by …; editing by …"): a sentence met again costs a look-up instead of
 * the three models. Each model reads one sentence at a time, so a sentence's tags do not depend on the text around
 * it. Bounded: the sentences least recently met go first. Thread-safe; two threads that meet the same new sentence
 * at once both tag it, and keep the same tags.
 */
final class SentenceMemo {
    /** Sentences kept by default: about 3 KB each (words, tags, lemmas, parse), so some 30 MB when full. */
    static final int DEFAULT_SENTENCES = 10_000;
    private static final char TOKEN_END = '\u0001';
    private static final char NORMALIZED = '\u0002';

    /** One sentence's results; a field is null until its model has run on the sentence. */
    private static final class Entry {
        volatile String[] ner;
        volatile String[] pos;
        volatile String[] lemmas;
        volatile DependencyGraph parse;
    }

    private final int capacity;
    private final Map<String, Entry> entries;

    SentenceMemo(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a memo of " + capacity + " sentences");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > SentenceMemo.this.capacity;
            }
        };
    }

    /** The number of sentences held now. */
    synchronized int size() {
        return entries.size();
    }

    /**
     * The sentence's words as the models read them: each token's text as written, and the tokenizer's word where
     * that differs from it.
     */
    static String key(List<CoreLabel> tokens) {
        StringBuilder b = new StringBuilder(tokens.size() * 8);
        for (CoreLabel t : tokens) {
            String written = t.originalText() == null ? t.word() : t.originalText();
            b.append(written);
            if (!written.equals(t.word())) {
                b.append(NORMALIZED).append(t.word());
            }
            b.append(TOKEN_END);
        }
        return b.toString();
    }

    /** Gives the sentence's tokens the NER tags kept for its words; false when there are none. */
    boolean restoreNer(CoreMap sentence) {
        Entry e = find(sentence);
        String[] ner = e == null ? null : e.ner;
        if (ner == null) {
            return false;
        }
        List<CoreLabel> tokens = tokens(sentence);
        for (int i = 0; i < ner.length; i++) {
            tokens.get(i).setNER(ner[i]);
        }
        return true;
    }

    /** Keeps the NER tags of a sentence that the NER has just tagged. */
    void keepNer(CoreMap sentence) {
        List<CoreLabel> tokens = tokens(sentence);
        String[] ner = new String[tokens.size()];
        for (int i = 0; i < ner.length; i++) {
            ner[i] = tokens.get(i).ner();
        }
        entry(sentence).ner = ner;
    }

    /** Gives the sentence's tokens the POS tags and lemmas kept for its words; false when there are none. */
    boolean restoreTags(CoreMap sentence) {
        Entry e = find(sentence);
        String[] pos = e == null ? null : e.pos;
        String[] lemmas = e == null ? null : e.lemmas;
        if (pos == null || lemmas == null) {
            return false;
        }
        List<CoreLabel> tokens = tokens(sentence);
        for (int i = 0; i < pos.length; i++) {
            tokens.get(i).setTag(pos[i]);
            tokens.get(i).setLemma(lemmas[i]);
        }
        return true;
    }

    /** Keeps the POS tags and lemmas of a sentence that the tagger has just tagged. */
    void keepTags(CoreMap sentence) {
        List<CoreLabel> tokens = tokens(sentence);
        String[] pos = new String[tokens.size()];
        String[] lemmas = new String[tokens.size()];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = tokens.get(i).tag();
            lemmas[i] = tokens.get(i).lemma();
        }
        Entry e = entry(sentence);
        e.pos = pos;
        e.lemmas = lemmas;
    }

    /** The parse kept for the sentence's words, or the one {@code parse} makes, kept for the next time. */
    DependencyGraph parse(CoreMap sentence, Supplier<DependencyGraph> parse) {
        Entry e = find(sentence);
        DependencyGraph kept = e == null ? null : e.parse;
        if (kept != null) {
            return kept;
        }
        DependencyGraph made = parse.get();
        entry(sentence).parse = made;
        return made;
    }

    private Entry find(CoreMap sentence) {
        if (capacity == 0) {
            return null;
        }
        String key = keyOf(sentence);
        synchronized (this) {
            return entries.get(key);
        }
    }

    /** The sentence's entry, made if it has none (a throwaway one when the memo holds nothing). */
    private Entry entry(CoreMap sentence) {
        if (capacity == 0) {
            return new Entry();
        }
        String key = keyOf(sentence);
        synchronized (this) {
            return entries.computeIfAbsent(key, k -> new Entry());
        }
    }

    /**
     * The sentence's key, made on its first look-up and kept on it: a sentence is looked up to five times (NER, POS,
     * each kept, and the parse), and its words do not change once it is tokenized.
     */
    private static String keyOf(CoreMap sentence) {
        String key = sentence.get(Key.class);
        if (key == null) {
            key = key(tokens(sentence));
            sentence.set(Key.class, key);
        }
        return key;
    }

    /** Where a sentence keeps its key. */
    private static final class Key implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }
}
