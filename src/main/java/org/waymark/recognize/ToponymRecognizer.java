package org.waymark.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;

/**
 * Finds place names in an annotated text, in the manner of Lucene's analysis chain: {@linkplain SpanProposer span
 * proposers} (gazetteer names, NER location runs, demonyms), then {@linkplain SpanFilter span filters} that drop
 * people, organisations and common words. Each part is a small class tested alone; this class only composes them:
 * <ol>
 *   <li>propose, and drop the names of the document's diseases ({@link DiseaseNames});</li>
 *   <li>keep a proposal that passes every hard filter, and every soft filter unless support overrides them (a
 *       container pair such as "Holliday, Missouri", or a notable name after "in", "near", …);</li>
 *   <li>add the members of lists of kept places ({@link ListMembers});</li>
 *   <li>of overlapping proposals keep the best (gazetteer names first, then the longest, names before demonyms,
 *       NER-confirmed before not);</li>
 *   <li>add the names inside hyphenated words that no kept proposal covers ({@link HyphenatedNames}).</li>
 * </ol>
 */
public final class ToponymRecognizer {
    /** Gazetteer names before spans the gazetteer does not know ("Manchester" in "Manchester Concert"), and so on. */
    private static final Comparator<Span> BEST_FIRST = Comparator.comparing((Span s) -> !(s.gazetteer() || s.demonym()))
            .thenComparing(Comparator.comparingInt(Span::length).reversed())
            .thenComparing(Span::demonym)
            .thenComparing(s -> !s.ner());

    private final List<SpanProposer> proposers;
    /** Filters no other evidence overrides: common words, months, vague words, titles, tails and heads of longer
     * names, demonyms as nouns or languages, facilities, organisations' names. */
    private final List<SpanFilter> hard;
    /** Filters that a container pair or a locative preposition overrides. */
    private final List<SpanFilter> soft;
    private final SpanFilter notAPerson = new NotAPerson();
    private final ContainerPairs containerPairs;
    private final AfterLocativePreposition afterLocative;
    private final HyphenatedNames hyphenated;

    public ToponymRecognizer(Gazetteer gazetteer) {
        NotableNames notable = new NotableNames(gazetteer);
        this.proposers = List.of(new GazetteerMatches(gazetteer), new LocationRuns(gazetteer),
                new DemonymWords(gazetteer));
        this.hard = List.of(new NotACommonWord(), new NotAMonth(), new NotVague(), new NotAPersonByTitle(),
                new NotTailOfLongerName(), new DemonymOfAPlace(), new NotHeadOfLongerName(), new NotPartOfAFacility(),
                (s, tokens) -> !OrganisationNames.holds(tokens, s.from(), s.to()),
                (s, tokens) -> !FeatureNames.holds(tokens, s.from(), s.to()));
        this.soft = List.of(notAPerson, new NotInsideOrganisation(notable), new EvidentEnough(notable));
        this.containerPairs = new ContainerPairs(gazetteer);
        this.afterLocative = new AfterLocativePreposition(gazetteer);
        this.hyphenated = new HyphenatedNames(gazetteer, notable);
    }

    public List<Toponym> recognize(AnnotatedText text) {
        List<Toponym> result = new ArrayList<>();
        DiseaseNames diseases = DiseaseNames.of(text);
        DocumentLocations located = DocumentLocations.of(text.sentences().stream().map(Sentence::tokens).toList());
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            List<Span> spans = choose(tokens, diseases, located);
            for (HyphenatedNames.Part part : hyphenated.find(tokens, spans)) {
                result.add(toponym(text, sentence, part.begin(), part.end(), part.kind()));
            }
            for (Span s : spans) {
                int from = s.from();
                if (s.length() > 1 && tokens.get(from).word().equalsIgnoreCase("the")) {
                    from++; // "the Netherlands" names the Netherlands; the article is not part of the name
                }
                result.add(toponym(text, sentence, tokens.get(from).begin(), tokens.get(s.to() - 1).end(),
                        s.demonym() ? Toponym.Kind.DEMONYM : Toponym.Kind.TOPONYM));
            }
        }
        result.sort(Comparator.comparingInt(Toponym::start));
        return result;
    }

    /**
     * For the sentences of a document that NER has tagged (and the POS tagger not yet), whether {@link #recognize}
     * may find a toponym in one of them: what it would find if every test on a part of speech passed (the filters
     * pass untagged tokens). Where this says no, tagging parts of speech cannot make a toponym appear, so the
     * pipeline leaves the sentence untagged.
     */
    public Predicate<List<Token>> mayFind(List<List<Token>> nerTagged) {
        DocumentLocations located = DocumentLocations.of(nerTagged);
        return tokens -> {
            List<Span> spans = choose(tokens, DiseaseNames.NONE, located);
            return !spans.isEmpty() || !hyphenated.find(tokens, spans).isEmpty();
        };
    }

    private static Toponym toponym(AnnotatedText text, Sentence sentence, int begin, int end, Toponym.Kind kind) {
        return new Toponym(text.codePointOffset(begin), text.codePointOffset(end), text.text().substring(begin, end),
                kind, sentence.index());
    }

    /** The proposals that pass the filters, the best of overlapping ones, in text order. */
    private List<Span> choose(List<Token> tokens, DiseaseNames diseases, DocumentLocations located) {
        List<Span> proposals = new ArrayList<>();
        for (SpanProposer p : proposers) {
            proposals.addAll(p.propose(tokens));
        }
        proposals.removeIf(s -> diseases.names(s, tokens));
        proposals.sort(BEST_FIRST);
        // filter before overlaps are settled, so that a dropped span does not hide a good one under it
        Set<Span> supported = containerPairs.find(proposals, tokens);
        for (Span s : proposals) {
            if (afterLocative.supports(s, tokens) || s.gazetteer() && FeatureNames.islandNamed(tokens, s.from())) {
                supported.add(s);
            }
        }
        Set<Span> kept = new HashSet<>();
        for (Span s : proposals) {
            if (all(hard, s, tokens) && (supported.contains(s) || all(soft, s, tokens)
                    || located.holds(s, tokens) && notAPerson.accept(s, tokens))) {
                kept.add(s);
            }
        }
        for (boolean grown = true; grown; ) {
            grown = false;
            for (Span s : proposals) {
                if (!kept.contains(s) && all(hard, s, tokens) && ListMembers.joins(s, kept, tokens)) {
                    kept.add(s);
                    grown = true;
                }
            }
        }
        proposals.removeIf(s -> !kept.contains(s));
        List<Span> chosen = new ArrayList<>();
        for (Span s : proposals) {
            if (chosen.stream().noneMatch(s::overlaps)) {
                chosen.add(s);
            }
        }
        chosen.sort(Comparator.comparingInt(Span::from));
        return chosen;
    }

    private static boolean all(List<SpanFilter> filters, Span s, List<Token> tokens) {
        for (SpanFilter f : filters) {
            if (!f.accept(s, tokens)) {
                return false;
            }
        }
        return true;
    }
}
