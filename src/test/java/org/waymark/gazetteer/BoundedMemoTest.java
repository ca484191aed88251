package org.waymark.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void asksTheFunctionOnceForEachArgumentUntilFull() {
        List<String> asked = new ArrayList<>();
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(2);
        Function<String, Integer> length = s -> {
            asked.add(s);
            return s.length();
        };
        assertEquals(5, memo.get("Syria", () -> length.apply("Syria")));
        assertEquals(5, memo.get("Syria", () -> length.apply("Syria")));
        assertEquals(4, memo.get("Iraq", () -> length.apply("Iraq")));
        assertEquals(List.of("Syria", "Iraq"), asked);
        // full: the next new question starts it again, and the answers stay the function's
        assertEquals(5, memo.get("Libya", () -> length.apply("Libya")));
        assertEquals(1, memo.size());
        assertEquals(5, memo.get("Syria", () -> length.apply("Syria")));
        assertEquals(List.of("Syria", "Iraq", "Libya", "Syria"), asked);
    }

    @Test
    void keepsANegativeAnswerToo() {
        List<String> asked = new ArrayList<>();
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(10);
        for (int i = 0; i < 2; i++) {
            assertEquals(-1, memo.get("the", () -> {
                asked.add("the");
                return -1;
            }));
        }
        assertEquals(List.of("the"), asked);
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo<String, String>(0));
    }
}
