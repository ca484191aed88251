package org.waymark.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Lookup;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;
import org.waymark.recognize.Toponym;

/**
 * Chooses a gazetteer entry for each toponym of a document. Each candidate gets a prior from its feature type and
 * population, evidence from the document (countries and admin areas mentioned elsewhere, "City, Country" pairs,
 * lists of cities), and every mention of the same name takes the sense with the best total (one sense per document).
 * A capital that acts ("Washington has provided support") stands for its country.
 */
public final class ToponymResolver {
    /** Generic words that follow a name without being part of the gazetteer's name: "Deir ez-Zor province". */
    private static final Pattern GENERIC_SUFFIX = Pattern.compile(
            " (province|governorate|region|city|state|district|county|oblast|prefecture|municipality|area)$");
    private static final double TEMPERATURE = 0.25;
    /** "Republic of Uzbekistan", "Kingdom of Saudi Arabia": the formal name of a country. */
    private static final Pattern FORMAL_NAME = Pattern.compile(
            "(?:the )?(?:[a-z' ]*republic|kingdom|emirate|sultanate|principality|federation|state) of (?:the )?(.+)");

    private final Gazetteer gazetteer;

    public ToponymResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> resolve(AnnotatedText text, List<Toponym> toponyms) {
        List<List<Place>> candidates = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Toponym t : toponyms) {
            Lookup found = candidatesOf(t);
            candidates.add(found.places());
            sources.add(found.source());
        }
        DocumentContext context = DocumentContext.of(toponyms, candidates, null);
        List<Place> chosen = choose(text, toponyms, candidates, context, null);
        // second pass: the evidence of the first pass's choices, not only of the unambiguous names
        context = DocumentContext.of(toponyms, candidates, chosen);
        double[] confidence = new double[toponyms.size()];
        chosen = choose(text, toponyms, candidates, context, confidence);

        // a capital that acts somewhere in the document is the government wherever it acts or owns ("Washington's")
        java.util.Set<String> governments = new java.util.HashSet<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            if (chosen.get(i) != null
                    && Metonymy.actsAsGovernment(text, t, text.sentences().get(t.sentence()), chosen.get(i))) {
                governments.add(senseKey(t));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Place p = chosen.get(i);
            Sentence s = text.sentences().get(t.sentence());
            if (p != null && governments.contains(senseKey(t)) && (Metonymy.actsAsGovernment(text, t, s, p)
                    || Metonymy.possessive(text, t))) {
                p = gazetteer.country(p.countryCode()).orElse(p);
            }
            mentions.add(new Mention(t, p, p == null ? 0 : confidence[i], p == null ? null : sources.get(i),
                    text.sentenceText(s)));
        }
        return mentions;
    }

    /** The candidates of a toponym and the gazetteer source that supplied them (for the output rows). */
    private Lookup candidatesOf(Toponym t) {
        if (t.kind() == Toponym.Kind.DEMONYM) {
            return gazetteer.countryOfDemonym(Names.normalize(t.surface()));
        }
        String name = Names.normalize(t.surface());
        Lookup found = gazetteer.lookup(name);
        if (found.places().isEmpty() && name.startsWith("the ")) {
            name = name.substring(4);
            found = gazetteer.lookup(name);
        }
        if (found.places().isEmpty()) {
            java.util.regex.Matcher formal = FORMAL_NAME.matcher(name);
            if (formal.matches()) {
                found = gazetteer.lookup(formal.group(1)).filter(Place::isCountry);
            }
        }
        if (found.places().isEmpty()) {
            String bare = GENERIC_SUFFIX.matcher(name).replaceFirst("");
            if (!bare.equals(name)) {
                found = gazetteer.lookup(bare);
            }
        }
        return found;
    }

    /** Picks the best candidate for each name (summed over its mentions), filling {@code confidence} if given. */
    private List<Place> choose(AnnotatedText text, List<Toponym> toponyms, List<List<Place>> candidates,
                               DocumentContext context, double[] confidence) {
        Map<String, Map<Long, Double>> totals = new LinkedHashMap<>();
        List<double[]> scores = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            List<Place> cs = candidates.get(i);
            double[] s = new double[cs.size()];
            for (int c = 0; c < cs.size(); c++) {
                s[c] = Priors.of(cs.get(c)) + context.support(cs.get(c))
                        + Patterns.support(text, toponyms, candidates, i, cs.get(c));
            }
            scores.add(s);
            Map<Long, Double> total = totals.computeIfAbsent(senseKey(toponyms.get(i)), k -> new HashMap<>());
            for (int c = 0; c < cs.size(); c++) {
                total.merge(cs.get(c).geonameid(), s[c], Double::sum);
            }
        }
        List<Place> chosen = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            List<Place> cs = candidates.get(i);
            if (cs.isEmpty()) {
                chosen.add(null);
                continue;
            }
            Map<Long, Double> total = totals.get(senseKey(toponyms.get(i)));
            int best = 0;
            for (int c = 1; c < cs.size(); c++) {
                if (total.get(cs.get(c).geonameid()) > total.get(cs.get(best).geonameid())) {
                    best = c;
                }
            }
            chosen.add(cs.get(best));
            if (confidence != null) {
                confidence[i] = confidence(scores.get(i), best, cs.get(best));
            }
        }
        return chosen;
    }

    /** Softmax share of the chosen candidate, tempered by how strong its own evidence is. */
    private static double confidence(double[] s, int best, Place p) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : s) {
            sum += Math.exp((v - max) / TEMPERATURE);
        }
        double share = Math.exp((s[best] - max) / TEMPERATURE) / sum;
        double strength = Math.min(1, 0.55 + 0.35 * Math.min(1, s[best]));
        return Math.round(share * strength * 1000) / 1000.0;
    }

    private static String senseKey(Toponym t) {
        return t.kind() + ":" + Names.normalize(t.surface());
    }

    /** Feature-type and population priors. */
    static final class Priors {
        private Priors() {
        }

        static double of(Place p) {
            return typeWeight(p) + 0.08 * Math.log10(1 + p.population());
        }

        private static double typeWeight(Place p) {
            if (p.isContinentOrRegion()) {
                return 1.2;
            }
            if (p.isCountry()) {
                return 0.7;
            }
            if (p.isAdmin1()) {
                return 0.35;
            }
            String code = p.featureCode();
            if (code.equals("PPLC")) {
                return 0.55;
            }
            if (code.equals("PPLA")) {
                return 0.3;
            }
            if (p.isPopulatedPlace()) {
                return code.startsWith("PPLA") ? 0.25 : 0.2;
            }
            return p.featureClass().equals("A") ? 0.15 : 0.1;
        }
    }

    /** What the rest of the document says: which countries and admin1 areas it talks about. */
    static final class DocumentContext {
        private final Map<String, Integer> countries = new HashMap<>();
        private final Map<String, Integer> admin1s = new HashMap<>();

        static DocumentContext of(List<Toponym> toponyms, List<List<Place>> candidates, List<Place> chosen) {
            DocumentContext c = new DocumentContext();
            for (int i = 0; i < toponyms.size(); i++) {
                Place p = chosen != null ? chosen.get(i)
                        : candidates.get(i).size() == 1 ? candidates.get(i).get(0) : null;
                if (p == null || p.countryCode().isEmpty()) {
                    continue;
                }
                c.countries.merge(p.countryCode(), 1, Integer::sum);
                if (!p.isCountry() && !p.admin1().isEmpty()) {
                    c.admin1s.merge(p.countryCode() + "." + p.admin1(), p.isAdmin1() ? 2 : 1, Integer::sum);
                }
            }
            return c;
        }

        /** Support for a candidate from the other places of the document; never from the candidate alone. */
        double support(Place p) {
            if (p.countryCode().isEmpty() || p.isCountry()) {
                return 0;
            }
            double s = 0.12 * Math.min(3, countries.getOrDefault(p.countryCode(), 0));
            if (!p.isAdmin1() && !p.admin1().isEmpty()) {
                s += 0.2 * Math.min(2, admin1s.getOrDefault(p.countryCode() + "." + p.admin1(), 0));
            }
            return s;
        }
    }

    /** Local patterns: "Springfield, Illinois", and lists of cities ("Los Angeles, New York, and Philadelphia"). */
    static final class Patterns {
        private Patterns() {
        }

        static double support(AnnotatedText text, List<Toponym> toponyms, List<List<Place>> candidates, int i,
                              Place p) {
            double s = 0;
            Toponym t = toponyms.get(i);
            if (i + 1 < toponyms.size() && between(text, t, toponyms.get(i + 1)).equals(",")) {
                for (Place container : candidates.get(i + 1)) {
                    if (contains(container, p)) {
                        s += 1.0;
                        break;
                    }
                }
            }
            int cities = 0;
            for (int j : new int[]{i - 1, i + 1}) {
                if (j < 0 || j >= toponyms.size()) {
                    continue;
                }
                Toponym o = j < i ? toponyms.get(j) : toponyms.get(j);
                String gap = j < i ? between(text, o, t) : between(text, t, o);
                if (isListSeparator(gap) && candidates.get(j).stream().anyMatch(Place::isPopulatedPlace)
                        && candidates.get(j).stream().noneMatch(c -> c.isCountry() || c.isAdmin1())) {
                    cities++;
                }
            }
            if (cities > 0 && p.isPopulatedPlace()) {
                s += 0.3 * cities;
            }
            return s;
        }

        private static boolean isListSeparator(String gap) {
            return gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("or")
                    || gap.equals(", or");
        }

        private static boolean contains(Place container, Place p) {
            if (container.geonameid() == p.geonameid() || !container.countryCode().equals(p.countryCode())) {
                return false;
            }
            return container.isCountry() || container.isAdmin1() && container.admin1().equals(p.admin1())
                    && !p.isAdmin1();
        }

        /** The text between two toponyms, trimmed and lower-cased (code point offsets). */
        private static String between(AnnotatedText text, Toponym a, Toponym b) {
            String s = text.text();
            int from = s.offsetByCodePoints(0, a.end());
            int to = s.offsetByCodePoints(0, b.start());
            if (to < from || to - from > 12) {
                return "?";
            }
            return s.substring(from, to).strip().toLowerCase(Locale.ROOT);
        }
    }

    /** A capital named as an actor stands for its government, so for its country. */
    static final class Metonymy {
        private Metonymy() {
        }

        /** "Washington's belief": the name is followed by a possessive. */
        static boolean possessive(AnnotatedText text, Toponym t) {
            String s = text.text();
            int end = s.offsetByCodePoints(0, t.end());
            return s.startsWith("'s", end) || s.startsWith("’s", end);
        }

        static boolean actsAsGovernment(AnnotatedText text, Toponym t, Sentence s, Place p) {
            if (!p.featureCode().equals("PPLC")) {
                return false;
            }
            List<Token> tokens = s.tokens();
            Optional<Integer> last = lastTokenOf(text, t, tokens);
            if (last.isEmpty() || last.get() + 1 >= tokens.size()) {
                return false;
            }
            int first = last.get();
            while (first > 0 && tokens.get(first - 1).isCapitalized()) {
                first--;
            }
            if (first > 0) {
                String before = tokens.get(first - 1).pos();
                if (before.equals("IN") || before.equals("TO") || before.equals("DT")) {
                    return false;
                }
            }
            Token next = tokens.get(last.get() + 1);
            return next.pos().equals("VBZ") || next.pos().equals("VBD") || next.pos().equals("MD")
                    || next.pos().equals("VBP");
        }

        /** The index of the token that ends the toponym. */
        private static Optional<Integer> lastTokenOf(AnnotatedText text, Toponym t, List<Token> tokens) {
            for (int i = 0; i < tokens.size(); i++) {
                if (text.codePointOffset(tokens.get(i).end()) == t.end()) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }
    }
}
