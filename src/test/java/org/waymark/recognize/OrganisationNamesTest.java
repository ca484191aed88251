package org.waymark.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waymark.recognize.Fixtures.tokens;

import org.junit.jupiter.api.Test;

/** The organisation filter alone, on hand-made tokens: no tagger involved. */
class OrganisationNamesTest {

    @Test
    void aPlaceBeforeTheWordThatNamesAnAirlineAClubOrANewspaper() {
        assertTrue(OrganisationNames.holds(tokens("She flew Kenya Airways to Nairobi"), 2, 3));
        assertTrue(OrganisationNames.holds(tokens("Turkish Airlines cancelled flights"), 0, 1));
        assertTrue(OrganisationNames.holds(tokens("Manchester United lost at home"), 0, 1));
        assertTrue(OrganisationNames.holds(tokens("The New York Times reported it"), 1, 3));
        // the place after the organisation's name is still a place
        assertFalse(OrganisationNames.holds(tokens("She flew Kenya Airways to Nairobi"), 5, 6));
        // lower case, the word is an ordinary noun: "Kenya united behind", "a border post"
        assertFalse(OrganisationNames.holds(tokens("Kenya united behind the runners"), 0, 1));
        assertFalse(OrganisationNames.holds(tokens("Kenya post offices closed"), 0, 1));
    }

    @Test
    void aPlaceAfterTheHeadOfAnInstitutionAndOf() {
        assertTrue(OrganisationNames.holds(tokens("The Bank of England raised rates"), 3, 4));
        assertTrue(OrganisationNames.holds(tokens("He read the Times of India daily"), 5, 6));
        assertFalse(OrganisationNames.holds(tokens("The Republic of Moldova signed"), 3, 4),
                "a country's long name holds the country");
        assertFalse(OrganisationNames.holds(tokens("the bank of England was robbed"), 3, 4),
                "a river bank, or any bank written in lower case");
        assertFalse(OrganisationNames.holds(tokens("England"), 0, 1));
    }
}
