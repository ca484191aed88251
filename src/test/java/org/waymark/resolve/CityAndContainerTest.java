package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waymark.resolve.Fixture.country;
import static org.waymark.resolve.Fixture.division;
import static org.waymark.resolve.Fixture.town;

import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** "Springfield, Illinois" on hand-made sentences and places. */
class CityAndContainerTest {
    private static final Weights.Patterns W = Weights.DEFAULT.patterns();
    private static final Place RIVERTON_OH = town(1, "Riverton", "US", "OH", 40.5, -80.6, 9_000);
    private static final Place RIVERTON_GB = town(2, "Riverton", "GB", "ENG", 51.5, -1.0, 20_000);
    private static final Place OHIO = division(3, "Ohio", "US", "OH", 40.3, -82.8);
    private static final Place IRAQ = country(4, "Iraq", "IQ", 33, 44);
    private static final Place ARAK = town(5, "Arak", "IR", "23", 34.1, 49.7, 500_000);
    private static final Place IRAN = country(6, "Iran", "IR", 32, 53);
    private static final Place ARMENIA = country(7, "Armenia", "AM", 40, 45);
    private static final Place GEORGIA = country(8, "Georgia", "GE", 42, 43.5);

    private static CityAndContainer clue(DocumentSenses d) {
        MentionText words = new MentionText(d.text().text(), d.toponyms(), W.maxGap());
        return new CityAndContainer(words, d, new ListsOfOneKind(words, d, W), W);
    }

    @Test
    void theTownBeforeACommaAndItsStateIsTheTownInThatState() {
        Fixture f = Fixture.parse("She grew up in [Riverton] +, [Ohio] +, a small town +.")
                .candidates("Riverton", RIVERTON_OH, RIVERTON_GB).candidates("Ohio", OHIO);
        CityAndContainer clue = clue(f.senses());
        assertEquals(W.townBeforeContainer(), clue.support(f.mention("Riverton"), RIVERTON_OH));
        assertEquals(0, clue.support(f.mention("Riverton"), RIVERTON_GB));
        assertEquals(W.containerAfterTown(), clue.support(f.mention("Ohio"), OHIO), "the state that holds it");
    }

    @Test
    void withoutTheCommaOrFarApartTheyAreNotReadTogether() {
        Fixture and = Fixture.parse("Trains between [Riverton] and [Ohio] stopped")
                .candidates("Riverton", RIVERTON_OH).candidates("Ohio", OHIO);
        assertEquals(0, clue(and.senses()).support(and.mention("Riverton"), RIVERTON_OH));
        Fixture far = Fixture.parse("[Riverton] +, according to officials in [Ohio] +, grew")
                .candidates("Riverton", RIVERTON_OH).candidates("Ohio", OHIO);
        assertEquals(0, clue(far.senses()).support(far.mention("Riverton"), RIVERTON_OH));
    }

    @Test
    void twoMembersOfAListOfCountriesAreNoTownAndItsCountry() {
        // GeoNames gives the Iranian town Arak the alternate name "Iraq"
        Fixture list = Fixture.parse("The advisory named [Armenia] +, [Georgia] +, [Iraq] +, [Iran] and [Syria]")
                .candidates("Armenia", ARMENIA).candidates("Georgia", GEORGIA).candidates("Iraq", IRAQ, ARAK)
                .candidates("Iran", IRAN).candidates("Syria", country(9, "Syria", "SY", 35, 38));
        assertEquals(0, clue(list.senses()).support(list.mention("Iraq"), ARAK));
        Fixture alone = Fixture.parse("The delegation flew to [Iraq] +, [Iran] on Sunday")
                .candidates("Iraq", IRAQ, ARAK).candidates("Iran", IRAN);
        assertEquals(W.townBeforeContainer(), clue(alone.senses()).support(alone.mention("Iraq"), ARAK));
    }
}
