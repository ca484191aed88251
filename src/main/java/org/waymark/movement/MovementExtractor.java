package org.waymark.movement;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.LineString;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.NlpPipeline;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;
import org.waymark.recognize.Toponym;
import org.waymark.resolve.Mention;

/**
 * Reads movements off the dependency parse. A resolved place becomes an end of a motion word when its preposition
 * says so (from / to / via …) or when it is the object of a verb that takes its end as object (enter, leave); places
 * hanging from "border" or "territory" pass their role through. Coordinated places give one movement each. The parse
 * runs only on sentences that hold both a place and a motion word.
 */
public final class MovementExtractor {

    /** Makes the drawn path of a movement; border ends are placed by it. */
    public interface PathMaker {
        /** The path from origin to destination, or null when either is null. */
        LineString path(Place origin, Place destination, Movement.EndKind destinationKind);
    }

    /** Which phrases can be the ends of a movement. */
    public enum Ends {
        /** Only resolved place names: what a map needs. */
        NAMED_PLACES,
        /** Any noun phrase in an end's slot, place name or not ("to the station"): for ISO-Space MOVELINK scoring. */
        ANY_PHRASE
    }

    private final NlpPipeline nlp;
    private final PathMaker paths;
    private final Ends ends;

    public MovementExtractor(NlpPipeline nlp, PathMaker paths, Ends ends) {
        this.nlp = nlp;
        this.paths = paths;
        this.ends = ends;
    }

    public List<Movement> extract(String docId, AnnotatedText text, List<Mention> mentions) {
        Map<Integer, List<Mention>> resolved = mentions.stream().filter(Mention::isResolved)
                .collect(java.util.stream.Collectors.groupingBy(m -> m.toponym().sentence()));
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Mention> here = resolved.getOrDefault(sentence.index(), List.of());
            if (here.isEmpty() && ends == Ends.NAMED_PLACES
                    || sentence.tokens().stream().noneMatch(t -> isTriggerLemma(t.lemma()))
                    || ends == Ends.NAMED_PLACES && !mayGiveEnds(text, sentence, here)) {
                continue;
            }
            List<Draft> found = new SentenceReader(text, sentence, nlp.parse(sentence), here, ends).read();
            Discourse.link(drafts, found, sentence.index());
            drafts.addAll(found);
        }
        List<Movement> movements = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.consumed || d.origin == null && d.destination == null) {
                continue;
            }
            Movement.EndKind kind = d.border ? Movement.EndKind.BORDER : Movement.EndKind.PLACE;
            movements.add(new Movement(docId, place(d.origin), place(d.destination), toponym(d.origin),
                    toponym(d.destination),
                    d.via.stream().map(Mention::place).filter(java.util.Objects::nonNull).toList(), d.originInferred,
                    kind, d.trigger, d.mover, d.count, d.status, d.sentence, d.start, d.end, d.confidence(),
                    paths.path(place(d.origin), place(d.destination), kind)));
        }
        return movements;
    }

    private static Place place(Mention m) {
        return m == null ? null : m.place();
    }

    private static Toponym toponym(Mention m) {
        return m == null ? null : m.toponym();
    }

    /**
     * Whether the parse of a sentence could give one of its places a part in a motion: only a preposition of the
     * lexicon ("from", "to", "via"...; "for" after "leave", "in"/"at"/"on" after "arrive") or a verb whose object is
     * an end ("entered Iraq") gives one ({@code SentenceReader.roleOf}), and it comes before the place, within
     * {@link #WINDOW} words ("flights that departed from the countries of concern, ... Japan": 14). The parse is the
     * most costly stage; the sentences this leaves out gave no movement in the dev corpora and the seeds.
     */
    static boolean mayGiveEnds(AnnotatedText text, Sentence sentence, List<Mention> places) {
        List<Token> tokens = sentence.tokens();
        boolean[] near = new boolean[tokens.size()];
        for (Mention m : places) {
            for (int i = 0; i < tokens.size(); i++) {
                // the token that holds the name's first character: a name may start inside one ("Russia-Turkey")
                if (text.codePointOffset(tokens.get(i).begin()) <= m.toponym().start()
                        && m.toponym().start() < text.codePointOffset(tokens.get(i).end())) {
                    for (int k = Math.max(0, i - WINDOW); k < i; k++) {
                        near[k] = true;
                    }
                }
            }
        }
        boolean arrival = false;
        boolean forDestination = false;
        boolean in = false;
        boolean forWord = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            arrival |= MotionLexicon.ARRIVALS.contains(t.lemma());
            forDestination |= MotionLexicon.FOR_IS_DESTINATION.contains(t.lemma());
            if (!near[i]) {
                continue;
            }
            String word = t.word().toLowerCase(Locale.ROOT);
            if (MotionLexicon.END_PREPOSITION_STARTS.contains(word) || MotionLexicon.objectIsEnd(t.lemma())) {
                return true;
            }
            in |= MotionLexicon.ARRIVAL_PREPOSITIONS.contains(word);
            forWord |= word.equals("for");
        }
        return arrival && in || forDestination && forWord;
    }

    /** How many words before a place its preposition or verb may stand. */
    private static final int WINDOW = 16;

    static boolean isTriggerLemma(String lemma) {
        return MotionLexicon.TRIGGERS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** A movement being assembled: ends are mentions so that discourse can borrow them. */
    static final class Draft {
        Mention origin;
        Mention destination;
        final List<Mention> via = new ArrayList<>();
        boolean originInferred;
        boolean border;
        boolean consumed;
        String trigger;
        String mover;
        Long count;
        Movement.Status status = Movement.Status.REPORTED;
        String sentence;
        int sentenceIndex;
        int start;
        int end;
        /** The text marks it as the next leg of a journey told before: "later", "then", "from there". */
        boolean continues;

        double confidence() {
            double c = 0.65;
            if (origin != null && destination != null) {
                c += 0.2;
            }
            if (originInferred) {
                c -= 0.15;
            }
            if (status != Movement.Status.REPORTED) {
                c -= 0.1;
            }
            double ends = (origin == null ? 1 : origin.confidence()) * (destination == null ? 1
                    : destination.confidence());
            return Math.round(c * (0.5 + 0.5 * ends) * 1000) / 1000.0;
        }
    }

    /** Links a sentence's movements to the ones before it: an end the text carries over is filled in. */
    static final class Discourse {
        private Discourse() {
        }

        static void link(List<Draft> before, List<Draft> found, int sentenceIndex) {
            for (int i = 0; i < found.size(); i++) {
                Draft d = found.get(i);
                // "... while others came from the Netherlands": the destination of the clause before
                if (d.destination == null && d.origin != null) {
                    for (int j = i - 1; j >= 0; j--) {
                        if (found.get(j).destination != null) {
                            d.destination = found.get(j).destination;
                            d.border = found.get(j).border;
                            break;
                        }
                    }
                }
                // "X was withdrawn from Syria. These forces were later deployed to Libya."
                if (d.origin == null && d.destination != null && anaphoric(d.mover)) {
                    for (int j = before.size() - 1; j >= 0; j--) {
                        Draft p = before.get(j);
                        if (p.sentenceIndex < sentenceIndex - 1) {
                            break;
                        }
                        if (p.consumed) {
                            continue;
                        }
                        if (p.destination != null && d.continues
                                && !java.util.Objects.equals(p.destination.place(), d.destination.place())) {
                            // "moved from Germany to Lithuania. The units were later deployed to Belarus"
                            d.origin = p.destination;
                            d.originInferred = true;
                            break;
                        }
                        if (p.origin != null && p.destination == null) {
                            // "withdrawn from Syria. These forces were later deployed to Libya": one movement
                            d.origin = p.origin;
                            d.originInferred = true;
                            p.consumed = true;
                            break;
                        }
                    }
                }
            }
        }

        private static boolean anaphoric(String mover) {
            if (mover == null) {
                return false;
            }
            String first = mover.toLowerCase(Locale.ROOT).split("\\s+")[0];
            return first.equals("these") || first.equals("those") || first.equals("they") || first.equals("them")
                    || first.equals("the") || first.equals("this") || first.equals("such") || first.equals("both");
        }
    }

    /** Reads one parsed sentence. */
    private static final class SentenceReader {
        private final AnnotatedText text;
        private final Sentence sentence;
        private final SemanticGraph graph;
        private final List<Mention> mentions;
        private final Ends ends;

        SentenceReader(AnnotatedText text, Sentence sentence, SemanticGraph graph, List<Mention> mentions, Ends ends) {
            this.ends = ends;
            this.text = text;
            this.sentence = sentence;
            this.graph = graph;
            this.mentions = mentions;
        }

        enum Role { SOURCE, DESTINATION, VIA }

        /** A place's part in a motion. */
        record Part(Mention mention, Role role, IndexedWord trigger, boolean border, Long count) {
        }

        List<Draft> read() {
            if (graph == null) {
                return List.of();
            }
            Map<IndexedWord, List<Part>> frames = new LinkedHashMap<>();
            for (Mention m : mentions) {
                IndexedWord head = headOf(m);
                if (head == null) {
                    continue;
                }
                Part part = partOf(m, head);
                if (part != null) {
                    frames.computeIfAbsent(part.trigger, k -> new ArrayList<>()).add(part);
                }
            }
            if (ends == Ends.ANY_PHRASE) {
                addPhraseEnds(frames);
            }
            List<Draft> drafts = new ArrayList<>();
            joinLegs(frames);
            List<IndexedWord> triggers = new ArrayList<>(frames.keySet());
            triggers.sort(Comparator.comparingInt(IndexedWord::index));
            for (IndexedWord trigger : triggers) {
                if (negated(trigger)) {
                    continue;
                }
                drafts.addAll(frame(trigger, frames.get(trigger)));
            }
            return drafts;
        }

        private List<Draft> frame(IndexedWord trigger, List<Part> parts) {
            List<Part> sources = parts.stream().filter(p -> p.role == Role.SOURCE).toList();
            List<Part> destinations = parts.stream().filter(p -> p.role == Role.DESTINATION).toList();
            List<Mention> via = parts.stream().filter(p -> p.role == Role.VIA).map(Part::mention).toList();
            IndexedWord moverWord = mover(trigger);
            String mover = moverWord == null ? null : phrase(moverWord);
            Long moverCount = moverWord == null ? null : Counts.of(subtreeTokens(moverWord));
            Movement.Status status = status(trigger);
            List<Draft> drafts = new ArrayList<>();
            List<Part> origins = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
            List<Part> ends = destinations.isEmpty() ? java.util.Collections.singletonList(null) : destinations;
            for (Part o : origins) {
                for (Part d : ends) {
                    if (o == null && d == null) {
                        continue;
                    }
                    Draft draft = new Draft();
                    draft.origin = o == null ? null : o.mention;
                    draft.destination = d == null ? null : d.mention;
                    draft.border = d != null && d.border;
                    draft.via.addAll(via);
                    draft.trigger = trigger.lemma().toLowerCase(Locale.ROOT);
                    draft.mover = mover;
                    draft.count = o != null && o.count != null ? o.count : moverCount;
                    draft.status = status;
                    draft.continues = continuation(trigger);
                    draft.sentence = text.sentenceText(sentence);
                    draft.sentenceIndex = sentence.index();
                    evidenceSpan(draft, trigger, o, d);
                    drafts.add(draft);
                }
            }
            return drafts;
        }

        private void evidenceSpan(Draft draft, IndexedWord trigger, Part o, Part d) {
            Token t = sentence.tokens().get(trigger.index() - 1);
            int start = text.codePointOffset(t.begin());
            int end = text.codePointOffset(t.end());
            for (Part p : new Part[]{o, d}) {
                if (p != null) {
                    start = Math.min(start, p.mention.toponym().start());
                    end = Math.max(end, p.mention.toponym().end());
                }
            }
            draft.start = start;
            draft.end = end;
        }

        /** The token of a mention that the rest of the sentence hangs it from. */
        private IndexedWord headOf(Mention m) {
            IndexedWord best = null;
            for (int i = 0; i < sentence.tokens().size(); i++) {
                Token t = sentence.tokens().get(i);
                int s = text.codePointOffset(t.begin());
                int e = text.codePointOffset(t.end());
                if (s >= m.toponym().start() && e <= m.toponym().end()) {
                    IndexedWord w = graph.getNodeByIndexSafe(i + 1);
                    if (w == null) {
                        continue;
                    }
                    IndexedWord parent = graph.getParent(w);
                    boolean headInside = parent != null && inside(parent, m);
                    if (!headInside) {
                        best = w;
                    }
                }
            }
            return best;
        }

        private boolean inside(IndexedWord w, Mention m) {
            Token t = sentence.tokens().get(w.index() - 1);
            return text.codePointOffset(t.begin()) >= m.toponym().start()
                    && text.codePointOffset(t.end()) <= m.toponym().end();
        }

        private Part partOf(Mention m, IndexedWord head) {
            boolean demonym = m.toponym().kind() == Toponym.Kind.DEMONYM;
            boolean border = false;
            boolean throughNoun = false;
            IndexedWord node = head;
            for (int step = 0; step < 5; step++) {
                IndexedWord parent = graph.getParent(node);
                if (parent == null) {
                    return null;
                }
                String rel = relation(node);
                String kase = caseWord(node);
                if (rel.equals("conj") || rel.equals("appos")) {
                    node = parent;
                    continue;
                }
                boolean attaches = kase == null && (rel.equals("amod") || rel.equals("compound")
                        || rel.startsWith("nmod:poss")) || "of".equals(kase);
                String pl = parent.lemma().toLowerCase(Locale.ROOT);
                if (attaches && (MotionLexicon.BORDER_NOUNS.contains(pl) || MotionLexicon.AREA_NOUNS.contains(pl))) {
                    border |= MotionLexicon.BORDER_NOUNS.contains(pl);
                    throughNoun = true;
                    node = parent;
                    continue;
                }
                break;
            }
            if (demonym && !(border || throughNoun && !"capital".equals(node.lemma()))) {
                return null; // "the Uzbek capital" is not Uzbekistan as an end; "the Tajik border" is
            }
            IndexedWord parent = graph.getParent(node);
            String rel = relation(node);
            String kase = caseWord(node);
            IndexedWord trigger = triggerAbove(parent);
            if (trigger == null) {
                return null;
            }
            Role role = roleOf(kase, rel, parent, trigger);
            if (role == null && kase != null) {
                role = gerundRole(node); // "before reaching Tripoli", parsed as an adjective of Tripoli
            }
            if (role == null) {
                return null;
            }
            Long count = null;
            if (role == Role.SOURCE && parent != null && !parent.equals(trigger)) {
                count = Counts.of(List.of(sentence.tokens().get(parent.index() - 1)));
            }
            return new Part(m, role, trigger, border && role == Role.DESTINATION, count);
        }

        /**
         * One journey told by two motion words: "travelled from Niger across the Sahara before reaching Tripoli".
         * A motion with only sources takes the destinations of a motion in a clause subordinate to it.
         */
        private void joinLegs(Map<IndexedWord, List<Part>> frames) {
            for (IndexedWord later : new ArrayList<>(frames.keySet())) {
                IndexedWord earlier = graph.getParent(later);
                if (earlier == null || !relation(later).equals("advcl") || !frames.containsKey(earlier)) {
                    continue;
                }
                List<Part> first = frames.get(earlier);
                List<Part> second = frames.get(later);
                boolean onlySources = first.stream().noneMatch(p -> p.role == Role.DESTINATION);
                boolean onlyDestinations = second.stream().noneMatch(p -> p.role == Role.SOURCE);
                if (onlySources && onlyDestinations) {
                    second.forEach(p -> first.add(new Part(p.mention, p.role, earlier, p.border, p.count)));
                    frames.remove(later);
                }
            }
        }

        /** "before reaching X" / "after leaving X" read as a modifier of X: the gerund gives the role. */
        private Role gerundRole(IndexedWord place) {
            for (SemanticGraphEdge e : graph.outgoingEdgeList(place)) {
                IndexedWord g = e.getDependent();
                if (!e.getRelation().toString().equals("amod") || !g.tag().equals("VBG")) {
                    continue;
                }
                String lemma = g.lemma().toLowerCase(Locale.ROOT);
                if (MotionLexicon.OBJECT_IS_DESTINATION.contains(lemma)) {
                    return Role.DESTINATION;
                }
                if (MotionLexicon.OBJECT_IS_SOURCE.contains(lemma)) {
                    return Role.SOURCE;
                }
            }
            return null;
        }

        /** The part a phrase plays in a motion, from its preposition or from the verb it is the object of. */
        private static Role roleOf(String kase, String rel, IndexedWord parent, IndexedWord trigger) {
            String tl = trigger.lemma().toLowerCase(Locale.ROOT);
            if (kase != null) {
                if (MotionLexicon.SOURCE_PREPOSITIONS.contains(kase)) {
                    return Role.SOURCE;
                } else if (MotionLexicon.DESTINATION_PREPOSITIONS.contains(kase)) {
                    return Role.DESTINATION;
                } else if (MotionLexicon.VIA_PREPOSITIONS.contains(kase)) {
                    return Role.VIA;
                } else if (kase.equals("for") && MotionLexicon.FOR_IS_DESTINATION.contains(tl)) {
                    return Role.DESTINATION;
                } else if (MotionLexicon.ARRIVAL_PREPOSITIONS.contains(kase) && MotionLexicon.ARRIVALS.contains(tl)) {
                    return Role.DESTINATION;
                }
            } else if ((rel.equals("obj") || rel.equals("dobj")) && trigger.equals(parent)) {
                if (MotionLexicon.OBJECT_IS_DESTINATION.contains(tl)) {
                    return Role.DESTINATION;
                } else if (MotionLexicon.OBJECT_IS_SOURCE.contains(tl)) {
                    return Role.SOURCE;
                } else if (MotionLexicon.OBJECT_IS_VIA.contains(tl)) {
                    return Role.VIA;
                }
            }
            return null;
        }

        /**
         * With {@link Ends#ANY_PHRASE}: the noun phrases that hang from a motion word with a role, when no place
         * name fills that slot ("walked to the station"). Each end is the head noun (with its compounds).
         */
        private void addPhraseEnds(Map<IndexedWord, List<Part>> frames) {
            for (IndexedWord trigger : graph.vertexSet()) {
                if (!isTriggerLemma(trigger.lemma())
                        || !(trigger.tag().startsWith("VB") || trigger.tag().startsWith("NN"))) {
                    continue;
                }
                for (SemanticGraphEdge e : graph.outgoingEdgeList(trigger)) {
                    IndexedWord d = e.getDependent();
                    String rel = e.getRelation().toString();
                    boolean home = rel.equals("advmod") && d.lemma().equalsIgnoreCase("home");
                    if (!home && (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("obj"))
                            || !(d.tag().startsWith("NN") || d.tag().startsWith("PRP")))) {
                        continue;
                    }
                    Role role = home ? Role.DESTINATION : roleOf(caseWord(d), rel, trigger, trigger);
                    List<Part> parts = frames.computeIfAbsent(trigger, k -> new ArrayList<>());
                    if (role == null || parts.stream().anyMatch(p -> p.role == role)) {
                        continue;
                    }
                    parts.add(new Part(phraseMention(d), role, trigger, false, null));
                }
            }
            frames.values().removeIf(List::isEmpty);
        }

        /** An unresolved mention for a phrase head and the compounds before it. */
        private Mention phraseMention(IndexedWord head) {
            int first = head.index();
            for (SemanticGraphEdge e : graph.outgoingEdgeList(head)) {
                if (e.getRelation().toString().equals("compound")) {
                    first = Math.min(first, e.getDependent().index());
                }
            }
            Token a = sentence.tokens().get(first - 1);
            Token b = sentence.tokens().get(head.index() - 1);
            Toponym t = new Toponym(text.codePointOffset(a.begin()), text.codePointOffset(b.end()),
                    text.text().substring(a.begin(), b.end()), Toponym.Kind.TOPONYM, sentence.index());
            return new Mention(t, null, 0, null, text.sentenceText(sentence));
        }

        /** The motion word that a phrase belongs to: the word itself or one of its next few governors. */
        private IndexedWord triggerAbove(IndexedWord start) {
            IndexedWord node = start;
            for (int depth = 0; node != null && depth < 7; depth++) {
                if (isTriggerLemma(node.lemma()) && (node.tag().startsWith("VB") || node.tag().startsWith("NN"))) {
                    return node;
                }
                String rel = relation(node);
                if (rel.equals("ccomp") || rel.equals("advcl") || rel.equals("acl:relcl") || rel.equals("root")) {
                    return null; // do not leave the clause
                }
                node = graph.getParent(node);
            }
            return null;
        }

        private String relation(IndexedWord w) {
            List<SemanticGraphEdge> in = graph.incomingEdgeList(w);
            if (in.isEmpty()) {
                return "root";
            }
            return in.get(0).getRelation().toString();
        }

        /** The preposition of a noun ("from", "out of"), lower case; null if none. */
        private String caseWord(IndexedWord w) {
            for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
                if (e.getRelation().toString().equals("case")) {
                    StringBuilder b = new StringBuilder(e.getDependent().word().toLowerCase(Locale.ROOT));
                    for (SemanticGraphEdge f : graph.outgoingEdgeList(e.getDependent())) {
                        if (f.getRelation().toString().equals("fixed")) {
                            b.append(' ').append(f.getDependent().word().toLowerCase(Locale.ROOT));
                        }
                    }
                    return b.toString();
                }
            }
            return null;
        }

        /** Who or what moves: the object of a causative verb, else the (passive) subject, else "of" of a noun. */
        private IndexedWord mover(IndexedWord trigger) {
            IndexedWord subject = null;
            IndexedWord object = null;
            IndexedWord of = null;
            for (SemanticGraphEdge e : graph.outgoingEdgeList(trigger)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (isPlace(d)) {
                    continue;
                }
                if (rel.equals("obj")) {
                    object = d;
                } else if (rel.startsWith("nsubj")) {
                    subject = d;
                } else if (rel.equals("nmod") && "of".equals(caseWord(d))) {
                    of = d;
                }
            }
            if (object != null && MotionLexicon.CAUSATIVE.contains(trigger.lemma().toLowerCase(Locale.ROOT))) {
                return object;
            }
            if (subject == null && relation(trigger).equals("acl")) {
                return graph.getParent(trigger); // "rejected asylum seekers deported from Germany"
            }
            return subject != null ? subject : of;
        }

        private boolean isPlace(IndexedWord w) {
            return mentions.stream().anyMatch(m -> inside(w, m));
        }

        /** The words of a phrase, without relative clauses and place-bearing modifiers, at most 12 tokens. */
        private String phrase(IndexedWord head) {
            List<Token> tokens = subtreeTokens(head);
            if (tokens.isEmpty()) {
                return null;
            }
            int from = tokens.get(0).begin();
            int to = tokens.get(tokens.size() - 1).end();
            String s = text.text().substring(from, to).replaceAll("\\s+", " ").strip();
            return s.isEmpty() ? null : s;
        }

        private List<Token> subtreeTokens(IndexedWord head) {
            List<Integer> indices = new ArrayList<>();
            collect(head, indices, 0);
            indices.sort(Integer::compare);
            // keep the contiguous run around the head
            List<Token> out = new ArrayList<>();
            int headPos = indices.indexOf(head.index());
            int lo = headPos;
            int hi = headPos;
            while (lo > 0 && indices.get(lo - 1) == indices.get(lo) - 1) {
                lo--;
            }
            while (hi < indices.size() - 1 && indices.get(hi + 1) == indices.get(hi) + 1) {
                hi++;
            }
            for (int i = lo; i <= hi && out.size() < 12; i++) {
                out.add(sentence.tokens().get(indices.get(i) - 1));
            }
            return out;
        }

        private void collect(IndexedWord w, List<Integer> into, int depth) {
            into.add(w.index());
            if (depth > 4) {
                return;
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (rel.startsWith("acl") || rel.equals("punct") || rel.equals("appos") || rel.equals("conj")
                        || rel.equals("cc") || rel.equals("dep") || rel.equals("parataxis")
                        || (rel.startsWith("nmod") && !"of".equals(caseWord(d)))) {
                    continue;
                }
                collect(d, into, depth + 1);
            }
        }

        private Movement.Status status(IndexedWord trigger) {
            IndexedWord node = trigger;
            for (int up = 0; node != null && up < 3; up++) {
                for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
                    String rel = e.getRelation().toString();
                    String w = e.getDependent().lemma().toLowerCase(Locale.ROOT);
                    if (rel.startsWith("aux") || rel.equals("advmod")) {
                        if (MotionLexicon.POSSIBLE.contains(w) || MotionLexicon.POSSIBLE.contains(
                                e.getDependent().word().toLowerCase(Locale.ROOT))) {
                            return Movement.Status.POSSIBLE;
                        }
                        if (MotionLexicon.PLANNED.contains(w)) {
                            return Movement.Status.PLANNED;
                        }
                    }
                }
                if (up > 0 && MotionLexicon.PLANNED.contains(node.lemma().toLowerCase(Locale.ROOT))) {
                    return Movement.Status.PLANNED;
                }
                String rel = relation(node);
                if (!(rel.equals("xcomp") || rel.equals("ccomp"))) {
                    break;
                }
                node = graph.getParent(node);
            }
            return Movement.Status.REPORTED;
        }

        /** A clause of its own ("that units were withdrawn"), not a bare infinitive ("let the ship enter"). */
        private boolean finiteClause(IndexedWord verb) {
            if (!verb.tag().equals("VB")) {
                return true;
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
                String rel = e.getRelation().toString();
                if (rel.equals("mark") && !e.getDependent().word().equalsIgnoreCase("to") || rel.startsWith("aux")) {
                    return true;
                }
            }
            return false;
        }

        private boolean continuation(IndexedWord trigger) {
            for (SemanticGraphEdge e : graph.outgoingEdgeList(trigger)) {
                if (e.getRelation().toString().startsWith("advmod")
                        && MotionLexicon.CONTINUATIONS.contains(e.getDependent().lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** "did not send", "never reached", "did not allow the ship to enter", or a denied report. */
        private boolean negated(IndexedWord trigger) {
            IndexedWord node = trigger;
            for (int up = 0; node != null && up < 3; up++) {
                for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
                    String rel = e.getRelation().toString();
                    if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
                            && MotionLexicon.NEGATIONS.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
                String rel = relation(node);
                IndexedWord parent = graph.getParent(node);
                if (parent == null || !(rel.equals("xcomp") || rel.equals("ccomp"))) {
                    return false;
                }
                if (MotionLexicon.DENIALS.contains(parent.lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (rel.equals("ccomp") && finiteClause(node)) {
                    return false; // "shouldn't forget that units were withdrawn" asserts the withdrawal
                }
                node = parent; // "did not allow the ship to enter": the control verb's negation holds
            }
            return false;
        }
    }
}
