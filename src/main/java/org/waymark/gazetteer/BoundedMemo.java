package org.waymark.gazetteer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function kept by argument, up to a bound: when full, it forgets them all and starts again
 * (the answers are the function's, so when it forgets cannot change one). For the index's lookups, which news repeats
 * all day ("the", "Syria", "U.S."): a look-up in a hash map instead of a binary search over the keys. Thread-safe.
 */
final class BoundedMemo<K, V> {
    private final Map<K, V> answers = new ConcurrentHashMap<>();
    private final int bound;
    private final Function<K, V> function;

    BoundedMemo(int bound, Function<K, V> function) {
        if (bound < 1) {
            throw new IllegalArgumentException("a memo of " + bound + " answers");
        }
        this.bound = bound;
        this.function = function;
    }

    V get(K key) {
        V kept = answers.get(key);
        if (kept != null) {
            return kept;
        }
        V answer = function.apply(key);
        if (answers.size() >= bound) {
            answers.clear();
        }
        answers.put(key, answer);
        return answer;
    }

    int size() {
        return answers.size();
    }
}
