package org.waymark.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;

/**
 * Finds place names in an annotated text: NER location spans and gazetteer name matches are proposed, then a chain of
 * small filters (in the manner of Lucene's analysis chain) drops people, organisations and common words.
 */
public final class ToponymRecognizer {
    /** Words that make the capitalised name after them a person, not a place ("Prince George", "President Georgia"). */
    private static final Set<String> TITLES = Set.of("prince", "princess", "king", "queen", "lord", "lady", "sir",
            "mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "senator", "sen", "rep", "governor",
            "gov", "judge", "mayor", "pope", "sheikh", "emir", "imam", "saint", "father", "brother", "sister", "duke",
            "duchess", "secretary", "chancellor", "premier", "colonel", "captain", "commander");
    /** Capitalised words that stand at the start of many sentences and also name some small place. */
    private static final Set<String> COMMON_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "however",
            "but", "and", "or", "as", "at", "in", "on", "of", "it", "its", "he", "she", "we", "they", "i", "you", "there",
            "here", "so", "if", "when", "while", "after", "before", "since", "many", "most", "some", "all", "no", "yes",
            "also", "then", "now", "new", "state", "city", "country", "government", "republic", "island", "north",
            "south", "east", "west", "central", "western", "eastern", "northern", "southern", "more", "is", "was");
    private static final long NOTABLE_POPULATION = 100_000;
    private static final java.util.regex.Pattern ARTICLE_PREFIX =
            java.util.regex.Pattern.compile("(al|ar|as|ad|az|an|at|ash|ath|adh|el|ed|es|en|ul)-\\p{Lu}.*");
    /** An Arabic article hyphenated to the word it belongs to, as written inside a name: "ez-zor", "az-zawr". */
    private static final java.util.regex.Pattern HYPHENATED_ARTICLE =
            java.util.regex.Pattern.compile("(al|ar|as|ad|az|an|at|ash|ath|adh|el|ed|es|en|ez|ul)-\\p{L}.*");
    private static final Set<String> NAME_START_WORDS = Set.of("middle", "far", "near");
    /** A capitalised word after an elided French or Italian particle ends a name: "Côte d'Ivoire", "L'Aquila". */
    private static final java.util.regex.Pattern ELIDED_PARTICLE =
            java.util.regex.Pattern.compile("[dDlL]['’]\\p{Lu}.*");
    /**
     * Lower-case words after a name that make it the name of a disease or its agent: "West Nile virus", "Reston
     * ebolavirus", "Lassa fever". Gold corpora never count these as places; "the Sudan strain" names the place.
     */
    private static final java.util.regex.Pattern DISEASE_WORD =
            java.util.regex.Pattern.compile("(virus|viruses|ebolavirus|fever|encephalitis)");
    /** Prepositions after which a known name of a notable place is a place whatever the tagger says. */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "across", "throughout", "around");
    private static final long LOCATIVE_POPULATION = 5_000;
    /** Words before a demonym that make it a language: "in Turkish", "speaks French", "teaching English". */
    private static final Set<String> LANGUAGE_CUES = Set.of("in", "speak", "fluent", "teach", "learn", "translate",
            "into", "from");
    /** Names that, alone, are never one place in news: "the West", "the East". */
    private static final Set<String> VAGUE = Set.of("west", "east", "north", "south", "the west", "the east",
            "the north", "the south", "midwest", "orient", "occident");

    private final Gazetteer gazetteer;

    public ToponymRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Toponym> recognize(AnnotatedText text) {
        List<Toponym> result = new ArrayList<>();
        Set<String> diseases = diseaseNames(text);
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            List<Span> spans = propose(tokens, diseases);
            for (NamePart part : hyphenatedParts(tokens, covered(tokens, spans))) {
                result.add(new Toponym(text.codePointOffset(part.begin()), text.codePointOffset(part.end()),
                        text.text().substring(part.begin(), part.end()), part.kind(), sentence.index()));
            }
            for (Span s : spans) {
                int from = s.from;
                if (s.length() > 1 && sentence.tokens().get(from).word().equalsIgnoreCase("the")) {
                    from++; // "the Netherlands" names the Netherlands; the article is not part of the name
                }
                Token first = sentence.tokens().get(from);
                Token last = sentence.tokens().get(s.to - 1);
                String surface = text.text().substring(first.begin(), last.end());
                result.add(new Toponym(text.codePointOffset(first.begin()), text.codePointOffset(last.end()), surface,
                        s.demonym ? Toponym.Kind.DEMONYM : Toponym.Kind.TOPONYM, sentence.index()));
            }
        }
        result.sort(java.util.Comparator.comparingInt(Toponym::start));
        return result;
    }

    /**
     * Whether {@link #recognize} may find a toponym in a sentence that NER has tagged but the POS tagger not yet:
     * what it would find if every test on a part of speech passed. Where this says no, tagging parts of speech
     * cannot make a toponym appear, so the pipeline leaves the sentence untagged ({@code NlpPipeline}).
     */
    public boolean mayFind(List<Token> nerTagged) {
        List<Span> spans = propose(nerTagged, Set.of());
        return !spans.isEmpty() || !hyphenatedParts(nerTagged, covered(nerTagged, spans)).isEmpty();
    }

    private static boolean[] covered(List<Token> tokens, List<Span> spans) {
        boolean[] covered = new boolean[tokens.size()];
        for (Span s : spans) {
            java.util.Arrays.fill(covered, s.from, s.to, true);
        }
        return covered;
    }

    /** A name inside a hyphenated word: its characters in the text, and whether a place or a demonym. */
    private record NamePart(int begin, int end, Toponym.Kind kind) {
    }

    /** The names inside the hyphenated words that no proposal covers. */
    private List<NamePart> hyphenatedParts(List<Token> tokens, boolean[] covered) {
        List<NamePart> parts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!covered[i]) {
                hyphenatedParts(tokens, i, covered, parts);
            }
        }
        return parts;
    }

    /**
     * Names inside a hyphenated word that is no name itself: "Seattle-based", "U.S.-led", "made-in-China",
     * "Turkish-Russian", "Russia-Turkey". Each capitalised part that is a demonym or a notable name counts.
     */
    private void hyphenatedParts(List<Token> tokens, int i, boolean[] covered, List<NamePart> out) {
        Token token = tokens.get(i);
        String word = token.word();
        if (word.indexOf('-') < 0 || gazetteer.isName(Names.normalize(word))) {
            return;
        }
        int from = 0;
        while (from < word.length()) {
            int to = word.indexOf('-', from);
            if (to < 0) {
                to = word.length();
            }
            String part = word.substring(from, to);
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
                int begin = token.begin() + from;
                String name = part;
                if (from == 0) {
                    // "New York-based": the words before may begin the name
                    for (int j = Math.max(0, i - gazetteer.maxNameTokens() + 1); j < i; j++) {
                        String longer = join(tokens, j, i) + " " + part;
                        if (allCapitalizedAndFree(tokens, covered, j, i) && strongName(longer)) {
                            begin = tokens.get(j).begin();
                            name = longer;
                            break;
                        }
                    }
                }
                String key = Names.normalize(name);
                Toponym.Kind kind = gazetteer.demonymCountry(key).isPresent() ? Toponym.Kind.DEMONYM
                        : !COMMON_WORDS.contains(key) && strongName(name) ? Toponym.Kind.TOPONYM : null;
                if (kind != null) {
                    out.add(new NamePart(begin, token.begin() + from + part.length(), kind));
                }
            }
            from = to + 1;
        }
    }

    private static boolean allCapitalizedAndFree(List<Token> tokens, boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k] || !tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /** A token range [from, to) with where it came from. */
    private static final class Span {
        final int from;
        final int to;
        final boolean ner;
        final boolean gazetteer;
        final boolean demonym;

        Span(int from, int to, boolean ner, boolean gazetteer, boolean demonym) {
            this.from = from;
            this.to = to;
            this.ner = ner;
            this.gazetteer = gazetteer;
            this.demonym = demonym;
        }

        int length() {
            return to - from;
        }

        boolean overlaps(Span o) {
            return from < o.to && o.from < to;
        }
    }

    /** Gazetteer matches, NER LOCATION runs and demonyms that pass the filters; of overlapping ones the best. */
    private List<Span> propose(List<Token> tokens, Set<String> diseases) {
        List<Span> proposals = new ArrayList<>();
        int max = Math.max(1, gazetteer.maxNameTokens());
        for (int i = 0; i < tokens.size(); i++) {
            if (!canStartName(tokens, i)) {
                continue;
            }
            for (int j = Math.min(tokens.size(), i + max); j > i; j--) {
                if (j == i + 1 && !tokens.get(i).isCapitalized() && !ARTICLE_PREFIX.matcher(tokens.get(i).word()).matches()) {
                    continue; // "middle" alone is no name
                }
                if (!tokens.get(j - 1).isCapitalized() && j - 1 > i && !isNameParticle(tokens.get(j - 1))
                        && !ELIDED_PARTICLE.matcher(tokens.get(j - 1).word()).matches()) {
                    continue;
                }
                String name = Names.normalize(join(tokens, i, j));
                if (gazetteer.isName(name) && !coordinatedCountries(name)) {
                    proposals.add(new Span(i, j, allLocation(tokens, i, j), true, false));
                    break;
                }
            }
        }
        for (int i = 0; i < tokens.size(); ) {
            if (!tokens.get(i).ner().equals("LOCATION")) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && tokens.get(j).ner().equals("LOCATION")) {
                j++;
            }
            boolean known = gazetteer.isName(Names.normalize(join(tokens, i, j)));
            if (known || j > i + 1 || tokens.get(i).word().indexOf('-') < 0) {
                proposals.add(new Span(i, j, true, known, false));
            }   // else "Russia-Turkey": its parts are looked at one by one
            i = j;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isCapitalized() && gazetteer.demonymCountry(Names.normalize(t.word())).isPresent()) {
                proposals.add(new Span(i, i + 1, false, false, true));
            }
        }
        // the name of a disease is no place, whatever the tagger or the gazetteer say
        proposals.removeIf(s -> !s.demonym && (diseases.contains(Names.normalize(join(tokens, s.from, s.to)))
                || s.to < tokens.size() && DISEASE_WORD.matcher(tokens.get(s.to).word().toLowerCase(Locale.ROOT)).matches()));
        // gazetteer names before spans the gazetteer does not know ("Manchester" in "Manchester Concert"), then
        // longest first, then names before demonyms, NER-confirmed before not
        proposals.sort(Comparator.comparing((Span s) -> !(s.gazetteer || s.demonym))
                .thenComparing(Comparator.comparingInt(Span::length).reversed())
                .thenComparing(s -> s.demonym)
                .thenComparing(s -> !s.ner));
        // filter before overlaps are settled, so that a dropped span does not hide a good one under it; a name
        // followed by ", " and a name that holds it ("Holliday, Missouri", "GLASGOW, Ky.") is a place whatever
        // the tagger thought of either
        java.util.Set<Span> supported = containerPairs(proposals, tokens);
        for (Span s : proposals) {
            if (afterLocativePreposition(s, tokens)) {
                supported.add(s);   // "in Medina", "near Tyler": a place even where the tagger saw a person
            }
        }
        java.util.Set<Span> kept = new java.util.HashSet<>();
        for (Span s : proposals) {
            if (plausible(s, tokens) && (supported.contains(s) || keep(s, tokens))) {
                kept.add(s);
            }
        }
        // members of a list whose other members are places are places: "Suba, Migori, Homa Bay and Kisumu",
        // "Angola, Chad, and Democratic Republic of the Congo"
        for (boolean grown = true; grown; ) {
            grown = false;
            for (Span s : proposals) {
                if (!kept.contains(s) && !s.demonym && plausible(s, tokens) && !firstNameOfAPerson(s, tokens)
                        && listedWithPlaces(s, kept, tokens)) {
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
        chosen.sort(Comparator.comparingInt(s -> s.from));
        return chosen;
    }

    /**
     * "Australia and New Zealand" is also a region of the UN's scheme, but in news two countries: a name that joins
     * two country names with "and" and is no country itself (as "Trinidad and Tobago" is) is read as its parts.
     */
    private boolean coordinatedCountries(String name) {
        int and = name.indexOf(" and ");
        if (and < 0 || gazetteer.candidates(name).stream().anyMatch(Place::isCountry)) {
            return false;
        }
        return gazetteer.candidates(name.substring(0, and)).stream().anyMatch(Place::isCountry)
                && gazetteer.candidates(name.substring(and + 5)).stream().anyMatch(Place::isCountry);
    }

    /**
     * Filters that no other evidence overrides: vague words, months, titles, tails of longer names, people,
     * languages, and names inside the names of organisations.
     */
    private static boolean plausible(Span s, List<Token> tokens) {
        boolean commonWord = s.length() == 1
                && COMMON_WORDS.contains(tokens.get(s.from).word().toLowerCase(Locale.ROOT))
                && (!s.ner || runGoesOn(tokens, s.to));
        boolean month = s.length() == 1 && Months.isMonth(tokens.get(s.from).word());
        return !commonWord && !month && notVague(s, tokens) && notAPersonByTitle(s, tokens)
                && notTailOfLongerName(s, tokens) && demonymOfAPlace(s, tokens) && notHeadOfLongerName(s, tokens)
                && notPartOfAFacility(s, tokens) && !OrganisationNames.holds(tokens, s.from, s.to);
    }

    /** The last words of the names of streets and buildings: "Archibald Street", "the Baptist Church". */
    private static final Set<String> FACILITY_WORDS = Set.of("street", "road", "avenue", "lane", "boulevard",
            "church", "cathedral", "mosque", "temple", "hospital", "school", "college", "university", "square",
            "station", "bridge", "park", "stadium", "hall", "tower", "palace", "museum", "market", "prison", "court");

    /**
     * The last word of a street's or building's name after a capitalised word ("Archibald Street", "the Baptist
     * Church"): Street, Somerset, and Church, Lancashire, are in GeoNames, but such a word is no town.
     */
    private static boolean notPartOfAFacility(Span s, List<Token> tokens) {
        if (s.demonym) {
            return true;
        }
        boolean facilityAfterName = s.length() == 1 && s.from > 0 && tokens.get(s.from - 1).isCapitalized()
                && FACILITY_WORDS.contains(tokens.get(s.from).word().toLowerCase(Locale.ROOT));
        return !facilityAfterName;
    }

    /**
     * The tagger's location name goes on past {@code to}: a common word at its start is part of a longer name
     * ("Central Plateau", "Western Kasai"), not the place the gazetteer calls Central or Western.
     */
    private static boolean runGoesOn(List<Token> tokens, int to) {
        return to < tokens.size() && tokens.get(to).ner().equals("LOCATION") && tokens.get(to).isCapitalized();
    }

    /**
     * Names of diseases and their agents in a document: the capitalised words before "virus", "fever", …
     * ("West Nile virus", "Reston ebolavirus"). One sense per document: a bare "Ebola" elsewhere in it is the disease.
     */
    private static Set<String> diseaseNames(AnnotatedText text) {
        Set<String> names = new java.util.HashSet<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                if (!DISEASE_WORD.matcher(tokens.get(i).word().toLowerCase(Locale.ROOT)).matches()) {
                    continue;
                }
                int from = i;
                while (from > 0 && tokens.get(from - 1).isCapitalized()) {
                    from--;
                }
                for (int k = from; k < i; k++) {
                    names.add(Names.normalize(join(tokens, k, i)));   // "West Nile" and "Nile" of "West Nile virus"
                }
            }
        }
        return names;
    }

    /** The tagger sees a person that goes on past the name: "in Georgia, Adam Khamirzayev". */
    private static boolean firstNameOfAPerson(Span s, List<Token> tokens) {
        return s.to < tokens.size() && tokens.get(s.to - 1).ner().equals("PERSON")
                && tokens.get(s.to).ner().equals("PERSON");
    }

    /**
     * One word before "of" and a capitalised word heads a longer name that the gazetteer does not know as a whole:
     * "Republic of Turkey", "Bank of England", "University of Chicago" are not the town Republic, Bank or University.
     */
    private static boolean notHeadOfLongerName(Span s, List<Token> tokens) {
        return s.length() > 1 || s.demonym || s.to + 1 >= tokens.size()
                || !tokens.get(s.to).word().equals("of") || !tokens.get(s.to + 1).isCapitalized();
    }

    /** A known name of a notable place right after "in", "near", …, and not owning anything ("in Obama's"). */
    private boolean afterLocativePreposition(Span s, List<Token> tokens) {
        if (s.demonym || !s.gazetteer || s.from == 0
                || !LOCATIVES.contains(tokens.get(s.from - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (s.to < tokens.size() && tokens.get(s.to).word().matches("['’]s?")) {
            return false;
        }
        return gazetteer.candidates(join(tokens, s.from, s.to)).stream().anyMatch(p -> p.isCountry()
                || p.isAdmin1() || p.isContinentOrRegion() || p.population() >= LOCATIVE_POPULATION);
    }

    /** Whether a neighbour across ",", "and" or "or" is a kept place. */
    private boolean listedWithPlaces(Span s, java.util.Set<Span> kept, List<Token> tokens) {
        if (!s.gazetteer) {
            return false;
        }
        for (Span k : kept) {
            if (k.demonym) {
                continue;
            }
            int gapFrom = k.to <= s.from ? k.to : s.to;
            int gapTo = k.to <= s.from ? s.from : k.from;
            if (gapFrom < gapTo && gapTo - gapFrom <= 2 && isListGap(tokens, gapFrom, gapTo)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListGap(List<Token> tokens, int from, int to) {
        String gap = join(tokens, from, to).toLowerCase(Locale.ROOT);
        return gap.equals(",") || gap.equals("and") || gap.equals("or") || gap.equals(", and") || gap.equals(", or");
    }

    /** Proposals A, B written "A, B" where a candidate of B holds a candidate of A: both, and only those. */
    private java.util.Set<Span> containerPairs(List<Span> proposals, List<Token> tokens) {
        java.util.Set<Span> paired = new java.util.HashSet<>();
        for (Span a : proposals) {
            if (a.demonym || a.to + 1 >= tokens.size() || !tokens.get(a.to).word().equals(",")) {
                continue;
            }
            for (Span b : proposals) {
                if (b.from != a.to + 1 || b.demonym) {
                    continue;
                }
                List<org.waymark.gazetteer.Place> containers = gazetteer.candidates(join(tokens, b.from, b.to));
                if (gazetteer.candidates(join(tokens, a.from, a.to)).stream()
                        .anyMatch(p -> containers.stream().anyMatch(c -> c.contains(p)))) {
                    paired.add(a);
                    paired.add(b);
                }
            }
        }
        return paired;
    }

    /**
     * A name starts with a capital, with an Arabic article before a capital ("ar-Raqqah", "al-Mukalla"), or with
     * "middle", "far" or "near" before a capitalised word ("the middle East"). Other lower-case directions modify a
     * name without being part of it: "central Africa" names Africa, "northern California" California.
     */
    private static boolean canStartName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isCapitalized() || ARTICLE_PREFIX.matcher(t.word()).matches()) {
            return true;
        }
        return NAME_START_WORDS.contains(t.word()) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized();
    }

    /**
     * Lower-case words inside names: "Deir ez-Zor", "Dayr az-Zawr", "Bosnia and Herzegovina", "Rostov-on-Don". An
     * Arabic article joined to the word after it by a hyphen is a particle whichever way it is transliterated.
     */
    private static boolean isNameParticle(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("of") || w.equals("and") || w.equals("de") || w.equals("del") || w.equals("la")
                || w.equals("el") || w.equals("al") || w.equals("upon") || w.equals("on")
                || HYPHENATED_ARTICLE.matcher(w).matches();
    }

    /** The filter chain: a span survives only if every filter lets it through. */
    private boolean keep(Span s, List<Token> tokens) {
        return notVague(s, tokens) && notAPerson(s, tokens) && notInsideOrganisation(s, tokens)
                && notTailOfLongerName(s, tokens) && evidentEnough(s, tokens) && demonymOfAPlace(s, tokens);
    }

    private static boolean notVague(Span s, List<Token> tokens) {
        return !VAGUE.contains(Names.normalize(join(tokens, s.from, s.to)));
    }

    /** A title precedes it or starts it: "Prince George", "President Georgia". */
    private static boolean notAPersonByTitle(Span s, List<Token> tokens) {
        if (s.from > 0 && TITLES.contains(tokens.get(s.from - 1).word().toLowerCase(Locale.ROOT).replace(".", ""))) {
            return false;
        }
        return !(TITLES.contains(tokens.get(s.from).word().toLowerCase(Locale.ROOT)) && s.length() > 1);
    }

    /**
     * Without the tagger's support, a name right after another capitalised word is the end of a longer name that
     * the gazetteer does not know: "Seaton Street", "Baptist Church", "Operation Falcon", "Real Madrid".
     */
    private static boolean notTailOfLongerName(Span s, List<Token> tokens) {
        if (s.ner || s.demonym || s.from == 0) {
            return true;
        }
        Token before = tokens.get(s.from - 1);
        String word = before.word().toLowerCase(Locale.ROOT);
        return !before.isCapitalized() || COMMON_WORDS.contains(word) || word.equals("the");
    }

    /**
     * A demonym stands for its country as an adjective ("a Turkish policeman"), not as a plural noun for people
     * ("many Americans") nor as the name of a language ("he shouted in Turkish", "she speaks French").
     */
    private static boolean demonymOfAPlace(Span s, List<Token> tokens) {
        if (!s.demonym) {
            return true;
        }
        Token t = tokens.get(s.from);
        if (!t.isTagged()) {
            return true;    // not tagged yet (mayFind): the tagged sentence decides
        }
        if (t.pos().equals("NNPS") || t.pos().equals("NNS")) {
            return false;
        }
        String before = s.from > 0 ? tokens.get(s.from - 1).lemma() : "";
        String nextPos = s.to < tokens.size() ? tokens.get(s.to).pos() : ".";
        boolean nounFollows = nextPos.startsWith("NN") || nextPos.startsWith("JJ");
        return !(LANGUAGE_CUES.contains(before) && !nounFollows);
    }

    /** NER says PERSON, or a title precedes it ("Prince George", "Minister Nancy Feather"). */
    private static boolean notAPerson(Span s, List<Token> tokens) {
        if (!notAPersonByTitle(s, tokens)) {
            return false;
        }
        if (s.ner || s.demonym) {
            return true;
        }
        int persons = 0;
        for (int i = s.from; i < s.to; i++) {
            persons += tokens.get(i).ner().equals("PERSON") ? 1 : 0;
        }
        if (persons == 0) {
            return true;
        }
        // all of it a person ("Nancy"), or a part of a longer person name ("Nancy Feather", "Georgia Smith");
        // a tagger's slip on one word of a longer place name ("Deir ez-Zor") is not
        boolean personAround = s.from > 0 && tokens.get(s.from - 1).ner().equals("PERSON")
                || s.to < tokens.size() && tokens.get(s.to).ner().equals("PERSON");
        return persons < s.length() && !personAround;
    }

    /**
     * Inside an ORGANIZATION span only countries, their aliases and demonyms survive: "U.S. Senate" holds a place,
     * "Manchester United" and "Tasnim news agency" do not.
     */
    private boolean notInsideOrganisation(Span s, List<Token> tokens) {
        if (s.ner || s.demonym) {
            return true;
        }
        boolean inOrg = false;
        for (int i = s.from; i < s.to && !inOrg; i++) {
            inOrg = tokens.get(i).ner().equals("ORGANIZATION");
        }
        if (s.to < tokens.size() && tokens.get(s.to).ner().equals("ORGANIZATION")
                && tokens.get(s.to).isCapitalized()) {
            inOrg = true;
        }
        return !inOrg || strongName(join(tokens, s.from, s.to));
    }

    /** Without NER support, a gazetteer match must name something notable: a country, region, admin1 or big city. */
    private boolean evidentEnough(Span s, List<Token> tokens) {
        if (s.ner || s.demonym) {
            return true;
        }
        String surface = join(tokens, s.from, s.to);
        if (s.length() == 1 && COMMON_WORDS.contains(surface.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (tokens.get(s.from).ner().equals("MISC") && s.length() == 1) {
            return false;
        }
        if (s.length() == 1 && tokens.get(s.from).isTagged() && !tokens.get(s.from).pos().startsWith("NNP")) {
            return false;
        }
        return strongName(surface);
    }

    /**
     * A country or region by any of its names, an admin1 area or big city by its own name or a name of several
     * words, a second-level division by a name of several words ("Metcalfe County"), or an admin1 area by an
     * acronym ("NSW"): one-word alternate names of cities ("Der" for Győr) are too often ordinary words to be trusted
     * without the tagger's support.
     */
    private boolean strongName(String surface) {
        String name = Names.normalize(surface);
        boolean severalWords = name.indexOf(' ') > 0;
        boolean acronym = surface.length() >= 2 && surface.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        return gazetteer.candidates(surface).stream().anyMatch(p -> p.isCountry() || p.isContinentOrRegion()
                || (p.isAdmin1() || p.population() >= NOTABLE_POPULATION)
                && (severalWords || Names.normalize(p.name()).equals(name))
                || acronym && p.isAdmin1()
                || severalWords && p.featureCode().equals("ADM2"));
    }

    private static boolean allLocation(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).ner().equals("LOCATION")) {
                return false;
            }
        }
        return true;
    }

    /** The words of a token range, joined as they would be written (no space before a hyphenated part). */
    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && tokens.get(i).begin() > tokens.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }
}
