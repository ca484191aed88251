package org.waymark.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void asksTheFunctionOnceForEachArgumentUntilFull() {
        List<String> asked = new ArrayList<>();
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(2, s -> {
            asked.add(s);
            return s.length();
        });
        assertEquals(5, memo.get("Syria"));
        assertEquals(5, memo.get("Syria"));
        assertEquals(4, memo.get("Iraq"));
        assertEquals(List.of("Syria", "Iraq"), asked);
        // full: the next new argument starts it again, and the answers stay the function's
        assertEquals(5, memo.get("Libya"));
        assertEquals(1, memo.size());
        assertEquals(5, memo.get("Syria"));
        assertEquals(List.of("Syria", "Iraq", "Libya", "Syria"), asked);
    }

    @Test
    void keepsANegativeAnswerToo() {
        List<String> asked = new ArrayList<>();
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(10, s -> {
            asked.add(s);
            return -1;
        });
        memo.get("the");
        memo.get("the");
        assertEquals(List.of("the"), asked);
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo<String, String>(0, s -> s));
    }
}
