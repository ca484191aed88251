package org.waymark.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Lookup;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;
import org.waymark.geography.GreatCircle;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;
import org.waymark.recognize.Toponym;

/**
 * Chooses a gazetteer entry for each toponym of a document. Every mention of the same name takes one sense (one
 * sense per document), chosen by a score per candidate: a prior from its feature type, population and whether the
 * name is its own or only an alternate; support from the other places of the document (their countries, admin1
 * areas and distance); and the strongest local clue among the name's mentions ("Paris, Texas", "Buffalo, New York",
 * "Nyanza province", lists of cities or states). A capital that acts ("Washington has provided support") stands for
 * its country.
 */
public final class ToponymResolver {
    /** Generic words that follow a name without being part of the gazetteer's name: "Deir ez-Zor province". */
    private static final Pattern GENERIC_SUFFIX = Pattern.compile(
            " (province|governorate|region|city|state|district|county|oblast|prefecture|municipality|area)$");
    /** "Republic of Uzbekistan", "Kingdom of Saudi Arabia": the formal name of a country. */
    private static final Pattern FORMAL_NAME = Pattern.compile(
            "(?:the )?(?:[a-z' ]*republic|kingdom|emirate|sultanate|principality|federation|state) of (?:the )?(.+)");

    private final Gazetteer gazetteer;

    public ToponymResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions of one name in a document, its candidates and the key they were found under. */
    private static final class Name {
        final String key;
        final String lookup;
        final List<Place> candidates;
        /** which gazetteer answered: the web service, or the one it fell back on */
        final String source;
        final List<Integer> mentions = new ArrayList<>();
        /** per candidate: the strongest local clue over the mentions, and the sum of all */
        double[] maxLocal;
        double[] sumLocal;
        Place chosen;
        double confidence;
        /** found under a name a letter or two away */
        boolean approximate;
        /** per candidate: another name of the document has a candidate close to it */
        boolean[] neighboured;

        Name(String key, String lookup, List<Place> candidates, String source) {
            this.key = key;
            this.lookup = lookup;
            this.candidates = candidates;
            this.source = source;
        }
    }

    public List<Mention> resolve(AnnotatedText text, List<Toponym> toponyms) {
        Map<String, Name> names = new LinkedHashMap<>();
        List<Name> nameOf = new ArrayList<>(toponyms.size());
        List<List<Place>> candidates = new ArrayList<>(toponyms.size());
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Name name = names.get(senseKey(t));
            if (name == null) {
                name = lookUp(t);
                names.put(name.key, name);
            }
            name.mentions.add(i);
            nameOf.add(name);
            candidates.add(name.candidates);
        }
        Patterns patterns = new Patterns(text, toponyms, candidates);
        for (Name name : names.values()) {
            int n = name.candidates.size();
            name.maxLocal = new double[n];
            name.sumLocal = new double[n];
            for (int i : name.mentions) {
                for (int c = 0; c < n; c++) {
                    double s = patterns.support(i, name.candidates.get(c));
                    name.maxLocal[c] = Math.max(name.maxLocal[c], s);
                    name.sumLocal[c] += s;
                }
            }
        }
        neighbours(names.values());
        // first pass: the context of the names that have one candidate only; then twice the context of the
        // previous pass's choices, so that a choice made on the evidence of others can support them in turn
        Map<String, Place> known = new HashMap<>();
        for (Name name : names.values()) {
            if (name.candidates.size() == 1) {
                known.put(name.key, name.candidates.get(0));
            }
        }
        for (int pass = 0; pass < 3; pass++) {
            DocumentContext context = new DocumentContext(known);
            for (Name name : names.values()) {
                choose(name, context);
            }
            known = new HashMap<>();
            for (Name name : names.values()) {
                if (name.chosen != null) {
                    known.put(name.key, name.chosen);
                }
            }
        }

        // a capital that acts somewhere in the document is the government wherever it acts or owns ("Washington's")
        Set<String> governments = new HashSet<>();
        boolean[] acts = new boolean[toponyms.size()];
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Place p = nameOf.get(i).chosen;
            acts[i] = p != null && Metonymy.actsAsGovernment(text, t, text.sentences().get(t.sentence()), p);
            if (acts[i] && Metonymy.alsoNamesARegion(nameOf.get(i).candidates, p)) {
                governments.add(senseKey(t));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        // one copy of a sentence's text for all its mentions: a long document keeps them all until it is written
        Map<Integer, String> sentenceTexts = new HashMap<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Name name = nameOf.get(i);
            Place p = name.chosen;
            Sentence s = text.sentences().get(t.sentence());
            if (p != null && governments.contains(senseKey(t)) && (acts[i] || Metonymy.possessive(text, t))) {
                p = gazetteer.country(p.countryCode()).orElse(p);
            }
            mentions.add(new Mention(t, p, p == null ? 0 : name.confidence, p == null ? null : name.source,
                    sentenceTexts.computeIfAbsent(s.index(), k -> text.sentenceText(s))));
        }
        return mentions;
    }

    /**
     * For each town candidate, whether another name of the document has a town within {@link #NEIGHBOUR_KM}:
     * two ambiguous names that both have a sense in the same district ("Edmonton" and "Enfield", both in north
     * London) support those senses together, which choosing each name on its own prior first cannot find.
     */
    private static void neighbours(java.util.Collection<Name> names) {
        for (Name name : names) {
            name.neighboured = new boolean[name.candidates.size()];
            if (name.candidates.size() < 2) {
                continue;
            }
            for (int c = 0; c < name.candidates.size(); c++) {
                Place p = name.candidates.get(c);
                if (!isLocal(p)) {
                    continue;
                }
                for (Name other : names) {
                    if (other == name || name.neighboured[c]) {
                        continue;
                    }
                    for (Place q : other.candidates) {
                        if (q.geonameid() != p.geonameid() && isLocal(q) && q.countryCode().equals(p.countryCode())
                                && GreatCircle.distanceKm(p.latitude(), p.longitude(), q.latitude(), q.longitude())
                                < NEIGHBOUR_KM) {
                            name.neighboured[c] = true;
                            break;
                        }
                    }
                }
            }
        }
    }

    private static final double NEIGHBOUR_KM = 25;
    private static final double NEIGHBOUR_SUPPORT = 0.2;

    /**
     * A town of some size: hamlets are too many for their being near one another to mean anything ("Russia", Ohio,
     * lies near some village of every other name).
     */
    private static boolean isLocal(Place p) {
        return p.isPopulatedPlace() && p.population() >= NEIGHBOUR_POPULATION;
    }

    private static final long NEIGHBOUR_POPULATION = 5_000;

    /** The candidates of a toponym: by its name, else without "the", as a formal country name, or without "province". */
    private Name lookUp(Toponym t) {
        String key = senseKey(t);
        if (t.kind() == Toponym.Kind.DEMONYM) {
            Lookup country = gazetteer.countryOfDemonym(Names.normalize(t.surface()));
            List<Place> places = country.places();
            return new Name(key, places.isEmpty() ? "" : Names.normalize(places.get(0).name()), places,
                    country.source());
        }
        String name = Names.normalize(t.surface());
        Lookup found = gazetteer.lookup(name);
        if (found.places().isEmpty() && name.startsWith("the ")) {
            name = name.substring(4);
            found = gazetteer.lookup(name);
        }
        if (found.places().isEmpty()) {
            Matcher formal = FORMAL_NAME.matcher(name);
            if (formal.matches()) {
                name = formal.group(1);
                found = gazetteer.lookup(name).filter(Place::isCountry);
            }
        }
        if (found.places().isEmpty()) {
            String bare = GENERIC_SUFFIX.matcher(name).replaceFirst("");
            if (!bare.equals(name)) {
                name = bare;
                found = gazetteer.lookup(bare);
            }
        }
        if (found.places().isEmpty()) {
            // a spelling or transliteration variant: only here, for the few names nothing else found
            Lookup variant = gazetteer.similar(name);
            Name similar = new Name(key, "", variant.places(), variant.source());
            similar.approximate = true;
            return similar;
        }
        return new Name(key, name, found.places(), found.source());
    }

    /** Scores the candidates of a name, keeps the best and its confidence. */
    /** A candidate this many times smaller than the largest bearer of its name is dwarfed by it. */
    private static final long DWARFED = 100;

    private void choose(Name name, DocumentContext context) {
        List<Place> cs = name.candidates;
        if (cs.isEmpty()) {
            return;
        }
        double[] s = new double[cs.size()];
        int best = 0;
        long largest = cs.stream().mapToLong(gazetteer::populationEstimate).max().orElse(0);
        for (int c = 0; c < cs.size(); c++) {
            Place p = cs.get(c);
            boolean dwarfed = gazetteer.populationEstimate(p) * DWARFED < largest;
            s[c] = Priors.of(p, name.lookup, gazetteer.populationEstimate(p)) + context.support(p, name.key, dwarfed)
                    + name.maxLocal[c] + 0.1 * (name.sumLocal[c] - name.maxLocal[c])
                    + (name.neighboured[c] ? NEIGHBOUR_SUPPORT : 0);
            if (s[c] > s[best]) {
                best = c;
            }
        }
        name.chosen = cs.get(best);
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < s.length; c++) {
            second = c == best ? second : Math.max(second, s[c]);
        }
        name.confidence = confidence(s[best] - second, cs.size() == 1, name.chosen);
        if (name.approximate) {
            name.confidence = Math.round(name.confidence * 500) / 1000.0;   // half as sure of a guessed spelling
        }
    }

    /**
     * How likely the choice is within 161 km of the truth: a logistic model of how far it leads the runner-up (or
     * that it had none) and of its kind, fitted on the dev corpora (GeoVirus and TR-News, built index, 3,149
     * resolved gold toponyms). Large areas are less often right at 161 km whatever the lead: their points differ
     * between gazetteers (GeoNames, Wikipedia), so their confidence is lower.
     */
    static double confidence(double lead, boolean sole, Place p) {
        double z = 1.81 + (sole ? 0.69 : 1.02 * Math.min(1, lead));
        if (p.isCountry()) {
            z -= 0.83;
        } else if (p.isAdmin1()) {
            z -= 0.66;
        } else if (p.isContinentOrRegion()) {
            z -= 1.54;
        } else if (p.featureClass().equals("H")) {
            z -= 2.41;
        } else if (p.featureClass().equals("A")) {
            z -= 0.63;
        }
        return Math.round(1000 / (1 + Math.exp(-z))) / 1000.0;
    }

    private static String senseKey(Toponym t) {
        return t.kind() + ":" + Names.normalize(t.surface());
    }

    /** Feature-type and population priors, less for a place that bears the name only as an alternate. */
    static final class Priors {
        private static final long DISTRICT_KNOWN_BY_ITSELF = 100_000;

        private Priors() {
        }

        /**
         * @param lookup     the normalized name the candidate was found under
         * @param population the candidate's population, or an estimate ({@link Gazetteer#populationEstimate})
         */
        static double of(Place p, String lookup, long population) {
            double prior = typeWeight(p);
            if (p.isPopulatedPlace() || p.isAdmin1()) {
                prior += 0.12 * Math.log10(1 + population);
            } else if (p.isCountry()) {
                prior += 0.1 * Math.log10(1 + population);
            }
            if (!(p.isCountry() || p.isAdmin1() || p.isContinentOrRegion()) && !lookup.isEmpty()
                    && !Names.normalize(p.name()).equals(lookup) && !shortForm(lookup, Names.normalize(p.name()))) {
                // GeoNames' alternate names hold old, foreign and colloquial names: "Missouri" for Bozeman,
                // "Victoria" for Hong Kong
                prior -= 0.3;
            }
            return prior;
        }

        /**
         * The everyday short form of a name that only adds a qualifier: "New York" (City), "Newcastle" (upon Tyne),
         * "Frankfurt" (am Main), "Clacton" (-on-Sea). Not an old or foreign name, so no alternate-name penalty.
         */
        static boolean shortForm(String lookup, String own) {
            return own.startsWith(lookup) && QUALIFIER.matcher(own.substring(lookup.length())).matches();
        }

        private static final Pattern QUALIFIER = Pattern.compile(
                " city|(?: | ?-)(?:upon|on|am|an der|in|sur|sul|bei)(?: |-).+");

        private static double typeWeight(Place p) {
            if (p.isContinentOrRegion()) {
                return 1.3;
            }
            if (p.isCountry()) {
                return 0.9;
            }
            if (p.isAdmin1()) {
                return 0.12;
            }
            String code = p.featureCode();
            if (code.equals("ADM2")) {
                return 0.55;
            }
            if (p.isPopulatedPlace()) {
                // a section of a city (PPLX: suburb, quarter) is named alone mostly in articles about its city,
                // whose other names then support it; alone a small one should not beat a town ("Toronto", New
                // South Wales), while a large one is known by itself (Hollywood, Harlem)
                boolean smallSection = code.equals("PPLX") && p.population() < DISTRICT_KNOWN_BY_ITSELF;
                return code.equals("PPLC") ? 0.35 : code.equals("PPLA") ? 0.2 : smallSection ? -0.1 : 0.1;
            }
            return switch (p.featureClass()) {
                // a sea, gulf or strait named as itself before the division named after it ("the Red Sea")
                case "H" -> p.isLandOrWaterFeature() ? 1.0 : 0.6;
                case "L" -> 0.6;         // areas
                case "T" -> 0.5;         // peninsulas, islands, mountains
                default -> 0.3;
            };
        }
    }

    /** What the other names of the document say: their countries, admin1 areas and points. */
    static final class DocumentContext {
        private final Map<String, Place> known;

        /** @param known the place of each name resolved so far, by name key */
        DocumentContext(Map<String, Place> known) {
            this.known = known;
        }

        /** Support for a candidate from the places of the other names; never from its own name. */
        /**
         * @param dwarfed the place is far smaller than the name's best-known bearer: that its country is named
         *                elsewhere in the text says little ("Nice" in an American article is still Nice, France);
         *                its division or its neighbours must be named
         */
        double support(Place p, String ownKey, boolean dwarfed) {
            if (p.countryCode().isEmpty() || p.isContinentOrRegion()) {
                return 0;
            }
            int countryNamed = 0;
            int sameCountry = 0;
            int admin1Named = 0;
            int sameAdmin1 = 0;
            int inside = 0;
            double nearest = Double.MAX_VALUE;
            boolean local = !p.isCountry() && !p.isAdmin1();
            for (Map.Entry<String, Place> e : known.entrySet()) {
                Place q = e.getValue();
                if (e.getKey().equals(ownKey) || q.geonameid() == p.geonameid() || !q.countryCode().equals(p.countryCode())) {
                    continue;
                }
                if (q.isCountry()) {
                    countryNamed++;
                    continue;
                }
                sameCountry++;
                boolean sameA1 = !p.admin1().isEmpty() && p.admin1().equals(q.admin1());
                if (p.isAdmin1() && sameA1) {
                    inside++;
                } else if (local && sameA1) {
                    if (q.isAdmin1()) {
                        admin1Named++;
                    } else {
                        sameAdmin1++;
                    }
                }
                if (local && !q.isAdmin1()) {
                    nearest = Math.min(nearest, GreatCircle.distanceKm(p.latitude(), p.longitude(),
                            q.latitude(), q.longitude()));
                }
            }
            if (p.isCountry()) {
                return 0.1 * Math.min(3, sameCountry);
            }
            double s = (dwarfed ? 0 : 0.15 * Math.min(2, countryNamed)) + 0.08 * Math.min(3, sameCountry);
            if (p.isAdmin1()) {
                return s + 0.2 * Math.min(2, inside);
            }
            s += 0.3 * Math.min(1, admin1Named) + 0.1 * Math.min(2, sameAdmin1);
            if (nearest < 25) {
                s += 0.3;
            } else if (nearest < 100) {
                s += 0.2;
            } else if (nearest < 250) {
                s += 0.1;
            }
            return s;
        }
    }

    /**
     * Local clues at one mention: "Springfield, Illinois" (the city in the state, and the state that holds the city),
     * lists of cities or of states ("Los Angeles, New York, and Philadelphia"), and a generic word next to the name
     * ("Nyanza province", "Metcalfe County", "the city of Mosul").
     */
    static final class Patterns {
        private static final Set<String> ADMIN_WORDS = Set.of("province", "state", "region", "governorate",
                "prefecture", "oblast", "territory", "emirate", "republic");
        private static final Set<String> COUNTY_WORDS = Set.of("county", "district", "parish", "borough", "shire",
                "municipality");
        private static final Set<String> CITY_WORDS = Set.of("city", "town", "village", "capital");
        /** Offices named after their area: "New York Gov. Andrew Cuomo", "the Alberta legislature", "Texas Sen. …". */
        private static final Set<String> DIVISION_OFFICES = Set.of("gov", "governor", "legislature", "sen",
                "senator", "assembly");
        /** "New York Mayor Bill de Blasio", "the Toronto city council". */
        private static final Set<String> CITY_OFFICES = Set.of("mayor", "council", "councillor", "councilman");

        private final AnnotatedText text;
        private final List<Toponym> toponyms;
        private final List<List<Place>> candidates;
        /** char offsets of each toponym's start and end */
        private final int[] starts;
        private final int[] ends;

        Patterns(AnnotatedText text, List<Toponym> toponyms, List<List<Place>> candidates) {
            this.text = text;
            this.toponyms = toponyms;
            this.candidates = candidates;
            this.starts = new int[toponyms.size()];
            this.ends = new int[toponyms.size()];
            String s = text.text();
            int cp = 0;
            int ch = 0;
            for (int i = 0; i < toponyms.size(); i++) {
                // toponyms come in text order: walk the code points once
                for (int target : new int[]{toponyms.get(i).start(), toponyms.get(i).end()}) {
                    if (target < cp) {
                        cp = 0;
                        ch = 0;
                    }
                    while (cp < target && ch < s.length()) {
                        ch += Character.charCount(s.codePointAt(ch));
                        cp++;
                    }
                    if (target == toponyms.get(i).start()) {
                        starts[i] = ch;
                    } else {
                        ends[i] = ch;
                    }
                }
            }
        }

        double support(int i, Place p) {
            double s = 0;
            if (i + 1 < toponyms.size() && between(i, i + 1).equals(",")
                    && candidates.get(i + 1).stream().anyMatch(container -> container.contains(p))
                    && !inListOfOneKind(i)) {
                s += 1.0;
            }
            if (i > 0 && between(i - 1, i).equals(",")
                    && candidates.get(i - 1).stream().anyMatch(p::contains)) {
                s += 0.6;
            }
            int cities = 0;
            int states = 0;
            for (int j : new int[]{i - 1, i + 1}) {
                if (j < 0 || j >= toponyms.size() || !isListSeparator(j < i ? between(j, i) : between(i, j))) {
                    continue;
                }
                List<Place> other = candidates.get(j);
                if (other.stream().anyMatch(Place::isPopulatedPlace)
                        && other.stream().noneMatch(c -> c.isCountry() || c.isAdmin1())) {
                    cities++;
                }
                if (p.isAdmin1() && other.stream().anyMatch(c -> c.isAdmin1() && c.countryCode().equals(p.countryCode()))) {
                    states++;
                }
            }
            if (p.isPopulatedPlace()) {
                s += 0.3 * cities;
            }
            s += 0.3 * states;
            return s + genericWord(i, p);
        }

        /**
         * "Georgia, Oklahoma, Pennsylvania and Wisconsin", "Armenia, Georgia, Iraq, Iran and Syria": the names at
         * {@code i} and {@code i + 1} are of one kind (divisions of one country, or countries) and the list goes on
         * before or after them; then "Oklahoma, Pennsylvania" is no town and its state ("Springfield, Illinois"), nor
         * "Iraq, Iran" a town and its country, but two members of a list.
         */
        private boolean inListOfOneKind(int i) {
            boolean before = i > 0 && isListSeparator(between(i - 1, i));
            boolean after = i + 2 < toponyms.size() && isListSeparator(between(i + 1, i + 2));
            if (!before && !after) {
                return false;
            }
            for (Place next : candidates.get(i + 1)) {
                if (!next.isAdmin1() && !next.isCountry()) {
                    continue;
                }
                java.util.function.Predicate<Place> sameKind = c -> next.isCountry() ? c.isCountry()
                        : c.isAdmin1() && c.countryCode().equals(next.countryCode());
                if (candidates.get(i).stream().anyMatch(sameKind)
                        && (before && candidates.get(i - 1).stream().anyMatch(sameKind)
                        || after && candidates.get(i + 2).stream().anyMatch(sameKind))) {
                    return true;
                }
            }
            return false;
        }

        /** A generic word inside the name, after it or before "of" it agrees or not with the candidate's type. */
        private double genericWord(int i, Place p) {
            String surface = Names.normalize(toponyms.get(i).surface());
            String last = surface.substring(surface.lastIndexOf(' ') + 1);
            String word = wordAfter(i);
            String before = wordsBefore(i);
            boolean admin = ADMIN_WORDS.contains(last) || ADMIN_WORDS.contains(word) || DIVISION_OFFICES.contains(word)
                    || before.matches("(province|state|region|governorate|prefecture|oblast) of");
            boolean county = COUNTY_WORDS.contains(last) || COUNTY_WORDS.contains(word);
            boolean city = CITY_WORDS.contains(word) || CITY_OFFICES.contains(word)
                    || before.matches("(city|town|village) of");
            if (admin) {
                return p.isAdmin1() ? 0.5 : p.featureCode().startsWith("ADM") ? 0.3 : 0;
            }
            if (county) {
                return p.featureCode().equals("ADM2") ? 0.6 : p.featureClass().equals("A") && !p.isCountry() ? 0.3 : 0;
            }
            if (city) {
                return p.isPopulatedPlace() ? 0.4 : 0;
            }
            return 0;
        }

        private String wordAfter(int i) {
            String s = text.text();
            int from = ends[i];
            while (from < s.length() && s.charAt(from) == ' ') {
                from++;
            }
            int to = from;
            while (to < s.length() && Character.isLetter(s.charAt(to))) {
                to++;
            }
            return s.substring(from, to).toLowerCase(Locale.ROOT);
        }

        /** The two words before the name, lower-cased: "city of". */
        private String wordsBefore(int i) {
            String s = text.text();
            int to = starts[i];
            int from = Math.max(0, to - 20);
            String[] words = s.substring(from, to).strip().toLowerCase(Locale.ROOT).split("\\s+");
            return words.length < 2 ? "" : words[words.length - 2] + " " + words[words.length - 1];
        }

        private static boolean isListSeparator(String gap) {
            return gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("or")
                    || gap.equals(", or");
        }

        /** The text between two toponyms, trimmed and lower-cased; "?" when they are far apart. */
        private String between(int a, int b) {
            int from = ends[a];
            int to = starts[b];
            if (to < from || to - from > 12) {
                return "?";
            }
            return text.text().substring(from, to).strip().toLowerCase(Locale.ROOT);
        }
    }

    /** A capital named as an actor stands for its government, so for its country. */
    static final class Metonymy {
        /** Nouns that, just before a capital's name, make it the city: "Kenya's capital Nairobi has been hit". */
        private static final Set<String> LITERAL_HEADS = Set.of("capital", "city", "town", "downtown", "suburb");

        private Metonymy() {
        }

        /** "Washington's belief": the name is followed by a possessive. */
        static boolean possessive(AnnotatedText text, Toponym t) {
            String s = text.text();
            int end = s.offsetByCodePoints(0, t.end());
            return s.startsWith("'s", end) || s.startsWith("’s", end);
        }

        /**
         * The acting capital's name also names a country or first-level division elsewhere (Washington, the state):
         * then neither the city nor the region is meant, but the government. An unambiguous capital that acts
         * ("Ottawa will have to…") keeps its city, as gazetteers and annotated news corpora do.
         */
        static boolean alsoNamesARegion(List<Place> candidates, Place capital) {
            return candidates.stream().anyMatch(c -> c.geonameid() != capital.geonameid()
                    && (c.isAdmin1() || c.isCountry()));
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
                if (before.equals("IN") || before.equals("TO") || before.equals("DT")
                        || LITERAL_HEADS.contains(tokens.get(first - 1).lemma())) {
                    return false;   // "in Nairobi", "the capital Nairobi has been hit": the city itself
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
