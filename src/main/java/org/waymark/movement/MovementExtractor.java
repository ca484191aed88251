package org.waymark.movement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.DependencyGraph;
import org.waymark.nlp.Sentence;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;

/**
 * Reads the movements a text reports. For each sentence that the {@link Gate} lets through, the parse is read by
 * the end rules in order ({@link SlotEnds}: from/to/via and verb objects; {@link AgentEnds}: who sends or receives;
 * {@link ModifierEnds}: "Russian arms deliveries"; {@link MoverEnds}: "Afghans entered Iran"), the
 * {@link SentenceReader} makes rows of them, and the {@link Discourse} links them to the sentences before.
 */
public final class MovementExtractor {

    /** The dependency parse of a sentence ({@code NlpPipeline::dependencies}). */
    public interface Parser {
        DependencyGraph parse(Sentence sentence);
    }

    /** Which phrases can be the ends of a movement. */
    public enum Ends {
        /** Only resolved place names: what a map needs. */
        NAMED_PLACES,
        /**
         * For ISO-Space MOVELINK scoring: any noun phrase in an end's slot, place name or not ("to the station"),
         * read only from the motion's own arguments (no ends implied by who sends or who moves), negated motions
         * included, as ISO-Space links them.
         */
        ANY_PHRASE
    }

    private final Parser parser;
    private final Ends ends;
    private final Gate gate;
    private final SentenceReader reader;

    public MovementExtractor(Parser parser, Ends ends, Nationalities nationalities) {
        this.parser = parser;
        this.ends = ends;
        List<EndRule> rules = rules(ends, nationalities);
        this.gate = new Gate(rules);
        this.reader = new SentenceReader(rules, ends == Ends.ANY_PHRASE);
    }

    /** The end rules, in order. */
    static List<EndRule> rules(Ends ends, Nationalities nationalities) {
        if (ends == Ends.ANY_PHRASE) {
            return List.of(new SlotEnds(), new ModifierEnds(), new PhraseEnds());
        }
        return List.of(new SlotEnds(), new ModifierEnds(), new AgentEnds(), new MoverEnds(nationalities));
    }

    public List<Movement> extract(String docId, AnnotatedText text, List<Mention> mentions) {
        Map<Integer, List<Mention>> resolved = mentions.stream().filter(Mention::isResolved)
                .collect(Collectors.groupingBy(m -> m.toponym().sentence()));
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Mention> here = resolved.getOrDefault(sentence.index(), List.of());
            if (!gate.admits(text, sentence, here)) {
                continue;
            }
            List<Draft> found = reader.read(Scene.of(text, sentence, parser.parse(sentence), here));
            Discourse.link(drafts, found, sentence.index());
            drafts.addAll(found);
        }
        Discourse.contextOrigins(drafts, mentions.stream().filter(Mention::isResolved).toList(), text.text());
        List<Movement> movements = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.consumed || d.origin == null && d.destination == null) {
                continue;
            }
            Movement.EndKind kind = d.border ? Movement.EndKind.BORDER : Movement.EndKind.PLACE;
            movements.add(new Movement(docId, place(d.origin), place(d.destination), toponym(d.origin),
                    toponym(d.destination), d.via.stream().map(Mention::place).filter(Objects::nonNull).toList(),
                    d.originInferred, kind, d.trigger, d.mover, d.count, d.status, d.sentence, d.start, d.end,
                    d.confidence()));
        }
        return movements;
    }

    private static Place place(Mention m) {
        return m == null ? null : m.place();
    }

    private static Toponym toponym(Mention m) {
        return m == null ? null : m.toponym();
    }
}
