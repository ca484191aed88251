package org.waymark.resolve;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every number the scorers add up, in one place: what each clue is worth, and the caps, distances and sizes that
 * bound it. Tuning the resolver means changing a number here; the confidence calibration records this table and
 * its test fails until it is fitted again ({@link Calibration}).
 *
 * @param prior     {@link Priors}
 * @param context   {@link DocumentContext}
 * @param patterns  {@link LocalPatterns} and its clues
 * @param neighbour {@link Neighbours}
 */
record Weights(Prior prior, Context context, Patterns patterns, Neighbour neighbour) {

    /** The weights the resolver runs with. */
    static final Weights DEFAULT = new Weights(
            new Prior(1.3, 0.9, 0.12, 0.55, 0.35, 0.2, 0.1, -0.1, 100_000, 1.0, 0.6, 0.5, 0.3, 0.12, 0.1, 0.3),
            new Context(0.15, 2, 0.08, 3, 0.1, 3, 0.2, 2, 0.3, 1, 0.1, 2, 25, 0.3, 100, 0.2, 250, 0.1, 100),
            new Patterns(1.0, 0.6, 0.3, 0.3, 0.5, 0.3, 0.6, 0.3, 0.4, 0.1, 12),
            new Neighbour(0.2, 25, 5_000));

    /**
     * The prior of a candidate before the text is read: its kind, its size, and whether the name is its own.
     *
     * @param continentOrRegion     a continent or a region (CONT, RGN, RGNE)
     * @param country               a country or dependent territory
     * @param admin1                a first-level division (its population adds more below)
     * @param admin2                a second-level division
     * @param capital               a national capital (PPLC)
     * @param adminSeat             the seat of a first-level division (PPLA)
     * @param town                  any other populated place
     * @param smallSection          a section of a city (PPLX) below {@code sectionKnownByItself} people
     * @param sectionKnownByItself  the population from which a section of a city is named alone (Hollywood, Harlem)
     * @param namedWater            a sea, gulf, strait, lake or other water body called by its name: before the
     *                              division named after it ("the Red Sea", not Egypt's Red Sea governorate)
     * @param waterOrArea           any other feature of class H or L: areas
     * @param terrain               feature class T: peninsulas, islands, mountains
     * @param otherFeature          every other feature
     * @param perDecade             per power of ten of the population of a town or first-level division
     * @param perDecadeOfCountry    per power of ten of a country's population
     * @param alternateName         taken off a place that bears the name only as an alternate name
     */
    record Prior(double continentOrRegion, double country, double admin1, double admin2, double capital,
                 double adminSeat, double town, double smallSection, long sectionKnownByItself, double namedWater,
                 double waterOrArea,
                 double terrain, double otherFeature, double perDecade, double perDecadeOfCountry,
                 double alternateName) {
    }

    /**
     * What the other places of the document add; each count is capped, so that a long article does not drown the
     * prior.
     *
     * @param countryNamed        per other place that is the candidate's country
     * @param countryNamedCap     at most this many counted
     * @param sameCountry         per other place in the candidate's country
     * @param sameCountryCap      at most this many counted
     * @param placesOfCountry     for a country: per other place inside it
     * @param placesOfCountryCap  at most this many counted
     * @param placesOfAdmin1      for a first-level division: per other place inside it
     * @param placesOfAdmin1Cap   at most this many counted
     * @param admin1Named         for a smaller place: per other place that is its first-level division
     * @param admin1NamedCap      at most this many counted
     * @param sameAdmin1          for a smaller place: per other place in its first-level division
     * @param sameAdmin1Cap       at most this many counted
     * @param nearKm              the nearest other place within this distance …
     * @param near                … adds this
     * @param closeKm             else within this distance …
     * @param close               … this
     * @param regionKm            else within this distance …
     * @param region              … this
     * @param dwarfedRatio        a candidate this many times smaller than the largest bearer of its name is dwarfed
     *                            by it, and its country named in the text adds nothing
     */
    record Context(double countryNamed, int countryNamedCap, double sameCountry, int sameCountryCap,
                   double placesOfCountry, int placesOfCountryCap, double placesOfAdmin1, int placesOfAdmin1Cap,
                   double admin1Named, int admin1NamedCap, double sameAdmin1, int sameAdmin1Cap,
                   double nearKm, double near, double closeKm, double close, double regionKm, double region,
                   long dwarfedRatio) {
    }

    /**
     * The local clues at a mention ({@link CityAndContainer}, {@link ListsOfOneKind}, {@link GenericWords}) and how
     * the clues of a name's several mentions are pooled.
     *
     * @param townBeforeContainer "Springfield, Illinois": for Springfield, the place inside the next name
     * @param containerAfterTown  "Springfield, Illinois": for Illinois, the place that holds the one before
     * @param townInList          per neighbour in a list that is a town and no country or division
     * @param divisionInList      per neighbour in a list that is a division of the same country
     * @param divisionWord        "Nyanza province", "New York Gov.": a first-level division
     * @param otherDivisionWord   the same word, another administrative division
     * @param countyWord          "Metcalfe County": a second-level division
     * @param otherCountyWord     the same word, another administrative division below a country
     * @param cityWord            "the city of Mosul", "the port of Latakia", "New York Mayor": a populated place
     * @param otherMentions       the clues of a name's other mentions count this much of the strongest one
     * @param maxGap              two names more than this many characters apart are not read together
     */
    record Patterns(double townBeforeContainer, double containerAfterTown, double townInList,
                    double divisionInList, double divisionWord, double otherDivisionWord, double countyWord,
                    double otherCountyWord, double cityWord, double otherMentions, int maxGap) {
    }

    /**
     * Two towns of different names close together support each other ({@link Neighbours}).
     *
     * @param support    what a town with a neighbour gets
     * @param km         closer than this
     * @param population only towns of at least this many people count
     */
    record Neighbour(double support, double km, long population) {
    }

    /**
     * Every number, named {@code part.component} in declaration order ({@code prior.country}): the table the
     * calibration was fitted with. Read from the records themselves, so that no weight can be left out.
     */
    Map<String, Number> table() {
        Map<String, Number> table = new LinkedHashMap<>();
        for (RecordComponent part : Weights.class.getRecordComponents()) {
            Record value = (Record) read(part, this);
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                table.put(part.getName() + "." + c.getName(), (Number) read(c, value));
            }
        }
        return table;
    }

    private static Object read(RecordComponent component, Object owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
