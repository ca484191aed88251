package org.waymark.resolve;

import java.util.List;
import java.util.Set;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;
import org.waymark.recognize.Toponym;

/**
 * A generic word in the name, after it or before "of" it says which kind of place is meant: "Nyanza province",
 * "Metcalfe County", "the city of Mosul", "the port of Latakia" (the town: a port is named after its town); and so
 * do offices named after their area: "New York Gov. Andrew Cuomo"
 * (the state), "New York Mayor Bill de Blasio" (the city).
 *
 * @param words    the words around the toponyms
 * @param toponyms the toponyms, whose own last word may be generic ("Nyanza Province")
 * @param w        the weights of the local patterns
 */
record GenericWords(MentionText words, List<Toponym> toponyms, Weights.Patterns w) implements MentionClue {
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

    @Override
    public double support(int i, Place p) {
        String surface = Names.normalize(toponyms.get(i).surface());
        String last = surface.substring(surface.lastIndexOf(' ') + 1);
        String word = words.wordAfter(i);
        String before = words.wordsBefore(i);
        boolean admin = ADMIN_WORDS.contains(last) || ADMIN_WORDS.contains(word) || DIVISION_OFFICES.contains(word)
                || before.matches("(province|state|region|governorate|prefecture|oblast) of");
        boolean county = COUNTY_WORDS.contains(last) || COUNTY_WORDS.contains(word);
        boolean city = CITY_WORDS.contains(word) || CITY_OFFICES.contains(word)
                || before.matches("(city|town|village|port) of");
        if (admin) {
            return p.isAdmin1() ? w.divisionWord() : p.featureCode().startsWith("ADM") ? w.otherDivisionWord() : 0;
        }
        if (county) {
            return p.featureCode().equals("ADM2") ? w.countyWord()
                    : p.featureClass().equals("A") && !p.isCountry() ? w.otherCountyWord() : 0;
        }
        if (city) {
            return p.isPopulatedPlace() ? w.cityWord() : 0;
        }
        return 0;
    }
}
