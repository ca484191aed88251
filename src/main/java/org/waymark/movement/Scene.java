package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.DependencyGraph.Node;
import org.waymark.nlp.Relation;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;
import org.waymark.resolve.Mention;

/** One parsed sentence with its places: what every rule reads. */
final class Scene {
    final AnnotatedText text;
    final Sentence sentence;
    final DependencyGraph graph;
    final List<Anchor> anchors;

    private Scene(AnnotatedText text, Sentence sentence, DependencyGraph graph, List<Anchor> anchors) {
        this.text = text;
        this.sentence = sentence;
        this.graph = graph;
        this.anchors = List.copyOf(anchors);
    }

    /** The scene of a sentence whose places are {@code mentions}; a place with no word in the parse is left out. */
    static Scene of(AnnotatedText text, Sentence sentence, DependencyGraph graph, List<Mention> mentions) {
        Scene bare = new Scene(text, sentence, graph, List.of());
        List<Anchor> anchors = new ArrayList<>();
        for (Mention m : mentions) {
            Node head = bare.headOf(m);
            if (head != null) {
                anchors.add(new Anchor(m, head));
            }
        }
        return new Scene(text, sentence, graph, anchors);
    }

    /** The same scene with fewer places. */
    Scene with(List<Anchor> kept) {
        return new Scene(text, sentence, graph, kept);
    }

    /** The word of a mention that the rest of the sentence hangs it from: its last word whose head lies outside. */
    private Node headOf(Mention m) {
        Node best = null;
        for (Node n : graph.nodes()) {
            if (inside(n, m)) {
                Node parent = graph.parent(n);
                if (parent == null || !inside(parent, m)) {
                    best = n;
                }
            }
        }
        if (best == null) {
            // a name inside a word ("Karachi-to-Dubai"): the word that holds its first character
            for (Node n : graph.nodes()) {
                if (start(n) <= m.toponym().start() && m.toponym().start() < end(n)) {
                    return n;
                }
            }
        }
        return best;
    }

    private boolean inside(Node n, Mention m) {
        return start(n) >= m.toponym().start() && end(n) <= m.toponym().end();
    }

    /** The place a word belongs to, or null. */
    Anchor anchorAt(Node n) {
        for (Anchor a : anchors) {
            if (inside(n, a.mention())) {
                return a;
            }
        }
        return null;
    }

    /** The place whose head is this word, or null. */
    Anchor anchorHeadedBy(Node n) {
        for (Anchor a : anchors) {
            if (a.head().index() == n.index()) {
                return a;
            }
        }
        return null;
    }

    /**
     * The places that qualify a noun: "the Uzbek government", "U.S. forces", "Russia's army", "citizens of
     * Uzbekistan" (an adjective, a compound, a possessive or an "of" phrase), in sentence order.
     */
    List<Anchor> qualifiers(Node noun) {
        List<Anchor> out = new ArrayList<>();
        for (Node c : graph.children(noun)) {
            Relation r = c.relation();
            boolean qualifies = r == Relation.AMOD || r == Relation.COMPOUND || r == Relation.NMOD_POSS
                    || r == Relation.NMOD && "of".equals(graph.caseWord(c));
            Anchor a = qualifies ? anchorHeadedBy(c) : null;
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    Token token(Node n) {
        return sentence.tokens().get(n.index() - 1);
    }

    /** Code point offset of a word's first character. */
    int start(Node n) {
        return text.codePointOffset(token(n).begin());
    }

    /** Code point offset after a word. */
    int end(Node n) {
        return text.codePointOffset(token(n).end());
    }

    String sentenceText() {
        return text.sentenceText(sentence);
    }

    /**
     * The words of a noun phrase around its head, as written: without relative clauses, conjuncts, appositions and
     * modifiers other than "of" phrases; at most 12 words.
     */
    List<Node> phraseNodes(Node head) {
        List<Integer> indices = new ArrayList<>();
        collect(head, indices, 0);
        indices.sort(Integer::compare);
        int at = indices.indexOf(head.index());
        int lo = at;
        int hi = at;
        while (lo > 0 && indices.get(lo - 1) == indices.get(lo) - 1) {
            lo--;
        }
        while (hi < indices.size() - 1 && indices.get(hi + 1) == indices.get(hi) + 1) {
            hi++;
        }
        List<Node> out = new ArrayList<>();
        for (int i = lo; i <= hi && out.size() < 12; i++) {
            out.add(graph.node(indices.get(i)));
        }
        return out;
    }

    private void collect(Node n, List<Integer> into, int depth) {
        into.add(n.index());
        if (depth > 4) {
            return;
        }
        for (Node c : graph.children(n)) {
            Relation r = c.relation();
            if (depth == 0 && r == Relation.CASE || r == Relation.ACL || r == Relation.ACL_RELCL || r == Relation.PUNCT || r == Relation.APPOS
                    || r == Relation.CONJ || r == Relation.CC || r == Relation.DEP || r == Relation.PARATAXIS
                    || r == Relation.NMOD && !"of".equals(graph.caseWord(c))) {
                continue;
            }
            collect(c, into, depth + 1);
        }
    }

    /** The text of a phrase, white space folded; null when empty. */
    String phrase(Node head) {
        List<Node> nodes = phraseNodes(head);
        String s = text.text().substring(token(nodes.get(0)).begin(), token(nodes.get(nodes.size() - 1)).end())
                .replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** The tokens of a phrase, for counting. */
    List<Token> phraseTokens(Node head) {
        return phraseNodes(head).stream().map(this::token).toList();
    }
}
