package org.waymark.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.resolve.Fixture.country;
import static org.waymark.resolve.Fixture.division;
import static org.waymark.resolve.Fixture.town;

import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.Place;

/** Lists of towns and lists of divisions, on hand-made sentences and places. */
class ListsOfOneKindTest {
    private static final Weights.Patterns W = Weights.DEFAULT.patterns();
    private static final Place HOMS = town(1, "Homs", "SY", "11", 34.7, 36.7, 700_000);
    private static final Place HAMA = town(2, "Hama", "SY", "10", 35.1, 36.8, 700_000);
    private static final Place GEORGIA_US = division(3, "Georgia", "US", "GA", 32.8, -83.6);
    private static final Place GEORGIA = country(4, "Georgia", "GE", 42, 43.5);
    private static final Place OKLAHOMA = division(5, "Oklahoma", "US", "OK", 35.5, -97.5);
    private static final Place TEXAS = division(6, "Texas", "US", "TX", 31, -99);

    private static ListsOfOneKind lists(DocumentSenses d) {
        return new ListsOfOneKind(new MentionText(d.text().text(), d.toponyms(), W.maxGap()), d, W);
    }

    /** Three states of one country in a list, the first also a country's name. */
    private static Fixture storms() {
        return Fixture.parse("Storms crossed [Georgia] +, [Oklahoma] and [Texas] this week")
                .candidates("Georgia", GEORGIA, GEORGIA_US).candidates("Oklahoma", OKLAHOMA)
                .candidates("Texas", TEXAS);
    }

    @Test
    void aTownListedWithATownIsATown() {
        Fixture f = Fixture.parse("Shelling hit [Homs] and [Hama] overnight")
                .candidates("Homs", HOMS).candidates("Hama", HAMA);
        assertEquals(W.townInList(), lists(f.senses()).support(f.mention("Homs"), HOMS));
        Fixture ambiguous = Fixture.parse("Shelling hit [Homs] and [Hama] overnight")
                .candidates("Homs", HOMS).candidates("Hama", HAMA, division(7, "Hama", "SY", "10", 35, 37));
        assertEquals(0, lists(ambiguous.senses()).support(ambiguous.mention("Homs"), HOMS),
                "a neighbour that may be a division says nothing");
    }

    @Test
    void aDivisionListedWithDivisionsOfItsCountryIsADivision() {
        Fixture f = storms();
        ListsOfOneKind lists = lists(f.senses());
        assertEquals(W.divisionInList(), lists.support(f.mention("Georgia"), GEORGIA_US));
        assertEquals(0, lists.support(f.mention("Georgia"), GEORGIA));
        assertEquals(2 * W.divisionInList(), lists.support(f.mention("Oklahoma"), OKLAHOMA), "one per neighbour");
    }

    @Test
    void aListOfOneKindGoesOnBeforeOrAfterAPair() {
        Fixture f = storms();
        ListsOfOneKind lists = lists(f.senses());
        assertTrue(lists.inListOfOneKind(f.mention("Georgia")), "Georgia, Oklahoma and (after) Texas");
        assertTrue(lists.inListOfOneKind(f.mention("Oklahoma")), "(before) Georgia, Oklahoma and Texas");
        Fixture pair = Fixture.parse("She lives in [Tulsa] +, [Oklahoma] now")
                .candidates("Tulsa", town(8, "Tulsa", "US", "OK", 36.2, -96, 400_000)).candidates("Oklahoma", OKLAHOMA);
        assertFalse(lists(pair.senses()).inListOfOneKind(pair.mention("Tulsa")));
    }
}
