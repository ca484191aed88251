package org.waymark.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A basic Universal Dependencies tree of one sentence, in Waymark's own terms: nodes are 1-based token positions,
 * each with one head (0 for the root) and one {@link Relation}. Built from CoreNLP's parse by {@link NlpPipeline},
 * or by hand in tests ({@link #builder()}): the movement rules read only this.
 */
public final class DependencyGraph {

    /** One node: the token's word, lemma (lower case) and Penn tag, its head and its relation to the head. */
    public record Node(int index, String word, String lemma, String tag, int head, Relation relation) {
        public boolean isVerb() {
            return tag.startsWith("VB");
        }

        public String lowerWord() {
            return word.toLowerCase(Locale.ROOT);
        }
    }

    private final List<Node> nodes;
    private final List<List<Node>> children;

    private DependencyGraph(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
        this.children = new ArrayList<>(nodes.size() + 1);
        for (int i = 0; i <= nodes.size(); i++) {
            children.add(new ArrayList<>(2));
        }
        for (Node n : nodes) {
            children.get(n.head()).add(n);
        }
    }

    /** The number of nodes (tokens). */
    public int size() {
        return nodes.size();
    }

    /** The node at a 1-based position. */
    public Node node(int index) {
        return nodes.get(index - 1);
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The head of a node, or null for the root. */
    public Node parent(Node n) {
        return n.head() == 0 ? null : node(n.head());
    }

    /** The dependents of a node, in sentence order. */
    public List<Node> children(Node n) {
        return children.get(n.index());
    }

    /** The first dependent with one of the relations, or null. */
    public Node child(Node n, Relation... relations) {
        for (Node c : children(n)) {
            for (Relation r : relations) {
                if (c.relation() == r) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The preposition of a nominal, lower case, with its fixed words ("out of"); null if it has none. */
    public String caseWord(Node n) {
        Node kase = child(n, Relation.CASE);
        if (kase == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(kase.lowerWord());
        for (Node f : children(kase)) {
            if (f.relation() == Relation.FIXED) {
                b.append(' ').append(f.lowerWord());
            }
        }
        return b.toString();
    }

    /** The positions of a node's subtree, sorted. */
    public List<Integer> subtree(Node n) {
        List<Integer> out = new ArrayList<>();
        collect(n, out);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(Node n, List<Integer> into) {
        into.add(n.index());
        for (Node c : children(n)) {
            collect(c, into);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Adds nodes in sentence order. */
    public static final class Builder {
        private final List<Node> nodes = new ArrayList<>();

        /** The next token: its word, lemma, Penn tag, head position (0: root) and UD relation ("nsubj:pass"). */
        public Builder add(String word, String lemma, String tag, int head, String relation) {
            nodes.add(new Node(nodes.size() + 1, word, lemma.toLowerCase(Locale.ROOT), tag, head,
                    Relation.of(relation)));
            return this;
        }

        public DependencyGraph build() {
            for (Node n : nodes) {
                if (n.head() < 0 || n.head() > nodes.size() || n.head() == n.index()) {
                    throw new IllegalArgumentException("bad head " + n.head() + " of node " + n.index());
                }
            }
            return new DependencyGraph(nodes);
        }
    }

    /**
     * The CoNLL-U-like text form, a node a line: {@code position word lemma tag head relation}. Tests write graphs
     * this way: {@code DependencyGraph.parse("1 Troops troop NNS 2 nsubj\n2 left leave VBD 0 root\n...")}.
     */
    public static DependencyGraph parse(String conll) {
        Builder b = builder();
        for (String line : conll.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length != 6 || Integer.parseInt(f[0]) != b.nodes.size() + 1) {
                throw new IllegalArgumentException("not 'position word lemma tag head relation': " + line);
            }
            b.add(f[1], f[2], f[3], Integer.parseInt(f[4]), f[5]);
        }
        return b.build();
    }
}
