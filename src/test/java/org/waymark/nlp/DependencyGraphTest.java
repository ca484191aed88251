package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
    private final DependencyGraph g = DependencyGraph.parse("""
            1 They they PRP 2 nsubj
            2 came come VBD 0 root
            3 out out IN 5 case
            4 of of IN 3 fixed
            5 Syria syria NNP 2 obl
            6 . . . 2 punct
            """);

    @Test
    void headsChildrenAndPrepositions() {
        assertEquals(Relation.ROOT, g.node(2).relation());
        assertNull(g.parent(g.node(2)));
        assertEquals(List.of(1, 5, 6), g.children(g.node(2)).stream().map(DependencyGraph.Node::index).toList());
        assertEquals("out of", g.caseWord(g.node(5)));
        assertEquals(List.of(3, 4, 5), g.subtree(g.node(5)));
    }

    @Test
    void relationLabels() {
        assertEquals(Relation.NSUBJ_PASS, Relation.of("nsubj:pass"));
        assertEquals(Relation.NSUBJ_PASS, Relation.of("nsubjpass"));
        assertEquals(Relation.OBL, Relation.of("obl:in"));
        assertEquals(Relation.OTHER, Relation.of("reparandum"));
    }

    @Test
    void aBadHeadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DependencyGraph.parse("1 A a DT 3 det"));
        assertThrows(IllegalArgumentException.class, () -> DependencyGraph.parse("1 A a DT 0"));
    }
}
