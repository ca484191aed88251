package org.waymark.resolve;

import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;

/**
 * What a candidate is worth before the text is read: its feature type, its population, and less when it bears the
 * name only as an alternate. With ten times more candidates in a bigger gazetteer, this keeps a village from
 * winning over a city or a country by name alone.
 */
final class Priors implements CandidateScorer {
    private static final Pattern QUALIFIER = Pattern.compile(
            " city|(?: | ?-)(?:upon|on|am|an der|in|sur|sul|bei)(?: |-).+");

    private final Weights.Prior w;
    private final ToLongFunction<Place> population;

    /** @param population a place's population, or an estimate ({@code Gazetteer#populationEstimate}) */
    Priors(Weights.Prior weights, ToLongFunction<Place> population) {
        this.w = weights;
        this.population = population;
    }

    @Override
    public double score(Sense sense, int candidate, Map<String, Place> chosen) {
        return of(sense.place(candidate), sense.lookup());
    }

    /** @param lookup the normalized name the candidate was found under, "" for a guessed spelling */
    double of(Place p, String lookup) {
        double prior = typeWeight(p);
        if (p.isPopulatedPlace() || p.isAdmin1()) {
            prior += w.perDecade() * Math.log10(1 + population.applyAsLong(p));
        } else if (p.isCountry()) {
            prior += w.perDecadeOfCountry() * Math.log10(1 + population.applyAsLong(p));
        }
        if (!(p.isCountry() || p.isAdmin1() || p.isContinentOrRegion()) && !lookup.isEmpty()
                && !Names.normalize(p.name()).equals(lookup) && !shortForm(lookup, Names.normalize(p.name()))) {
            // GeoNames' alternate names hold old, foreign and colloquial names: "Missouri" for Bozeman,
            // "Victoria" for Hong Kong
            prior -= w.alternateName();
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

    private double typeWeight(Place p) {
        if (p.isContinentOrRegion()) {
            return w.continentOrRegion();
        }
        if (p.isCountry()) {
            return w.country();
        }
        if (p.isAdmin1()) {
            return w.admin1();
        }
        String code = p.featureCode();
        if (code.equals("ADM2")) {
            return w.admin2();
        }
        if (p.isPopulatedPlace()) {
            // a section of a city (PPLX: suburb, quarter) is named alone mostly in articles about its city,
            // whose other names then support it; alone a small one should not beat a town ("Toronto", New
            // South Wales), while a large one is known by itself (Hollywood, Harlem)
            boolean smallSection = code.equals("PPLX") && p.population() < w.sectionKnownByItself();
            return code.equals("PPLC") ? w.capital() : code.equals("PPLA") ? w.adminSeat()
                    : smallSection ? w.smallSection() : w.town();
        }
        return switch (p.featureClass()) {
            case "H" -> p.isLandOrWaterFeature() ? w.namedWater() : w.waterOrArea();
            case "L" -> w.waterOrArea();
            case "T" -> w.terrain();
            default -> w.otherFeature();
        };
    }
}
