package org.waymark.movement;

import java.util.List;
import java.util.Locale;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;
import org.waymark.resolve.Mention;

/**
 * Decides before the parse, the costliest stage, whether a sentence can give a movement: one of the end rules must
 * find a motion word of its own in it and say that it may apply. The gate has no cues of its own.
 */
final class Gate {
    private final List<EndRule> rules;

    Gate(List<EndRule> rules) {
        this.rules = List.copyOf(rules);
    }

    boolean admits(AnnotatedText text, Sentence sentence, List<Mention> places) {
        List<EndRule> moving = rules.stream()
                .filter(r -> sentence.tokens().stream().anyMatch(r::mayTrigger)).toList();
        if (moving.isEmpty()) {
            return false;
        }
        View view = new View(text, sentence, places);
        return moving.stream().anyMatch(r -> r.mayApply(view));
    }

    /** The words of a sentence and where its places start, before any parse. */
    static final class View {
        private final List<Token> tokens;
        private final boolean[] placeStarts;
        private final boolean[] inPlace;
        private final boolean[] demonym;

        View(AnnotatedText text, Sentence sentence, List<Mention> places) {
            this.tokens = sentence.tokens();
            this.placeStarts = new boolean[tokens.size()];
            this.inPlace = new boolean[tokens.size()];
            this.demonym = new boolean[tokens.size()];
            for (Mention m : places) {
                for (int i = 0; i < tokens.size(); i++) {
                    int s = text.codePointOffset(tokens.get(i).begin());
                    int e = text.codePointOffset(tokens.get(i).end());
                    // the token that holds the name's first character: a name may start inside one ("Russia-Turkey")
                    if (s <= m.toponym().start() && m.toponym().start() < e) {
                        placeStarts[i] = true;
                    }
                    if (e > m.toponym().start() && s < m.toponym().end()) {
                        inPlace[i] = true;
                        demonym[i] |= m.toponym().kind() == org.waymark.recognize.Toponym.Kind.DEMONYM;
                    }
                }
            }
        }

        int size() {
            return tokens.size();
        }

        String lemma(int i) {
            return tokens.get(i).lemma();
        }

        String word(int i) {
            return tokens.get(i).word();
        }

        /** Whether the tagger made word i a verb (false for untagged words). */
        boolean isVerb(int i) {
            String pos = tokens.get(i).pos();
            return pos != null && pos.startsWith("VB");
        }

        /** Whether the tagger made word i a noun (false for untagged words). */
        boolean isNoun(int i) {
            String pos = tokens.get(i).pos();
            return pos != null && pos.startsWith("NN");
        }

        String lowerWord(int i) {
            return tokens.get(i).word().toLowerCase(Locale.ROOT);
        }

        /** Whether a place starts within {@code window} words after word i. */
        boolean beforePlace(int i, int window) {
            for (int k = i + 1; k <= Math.min(tokens.size() - 1, i + window); k++) {
                if (placeStarts[k]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a place starts within {@code window} words before word i. */
        boolean afterPlace(int i, int window) {
            for (int k = Math.max(0, i - window); k < i; k++) {
                if (placeStarts[k]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether word i is part of a place name. */
        boolean isPlace(int i) {
            return inPlace[i];
        }

        /** Whether the sentence holds a place. */
        boolean hasPlace() {
            for (boolean p : inPlace) {
                if (p) {
                    return true;
                }
            }
            return false;
        }

        boolean hasDemonym() {
            for (boolean d : demonym) {
                if (d) {
                    return true;
                }
            }
            return false;
        }
    }
}
