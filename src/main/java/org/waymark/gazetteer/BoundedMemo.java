package org.waymark.gazetteer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers kept by their question, up to a bound: when full, it forgets them all and starts again. The answer to a
 * question must be always the same (a pure function of it), so that when it forgets cannot change one. For lookups
 * that news repeats all day: the index's names ("the", "Syria", "U.S."), a sentence met again. Thread-safe.
 */
public final class BoundedMemo<K, V> {
    private final Map<K, V> answers = new ConcurrentHashMap<>();
    private final int bound;

    public BoundedMemo(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("a memo of " + bound + " answers");
        }
        this.bound = bound;
    }

    /** The answer kept for {@code key}, or the one {@code answer} gives now, kept. */
    public V get(K key, Supplier<V> answer) {
        V kept = answers.get(key);
        if (kept != null) {
            return kept;
        }
        V made = answer.get();
        if (answers.size() >= bound) {
            answers.clear();
        }
        answers.put(key, made);
        return made;
    }

    public int size() {
        return answers.size();
    }
}
