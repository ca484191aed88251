package org.waymark.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonthsTest {

    @Test
    void theTwelveMonthsAsWrittenInASentence() {
        for (String month : new String[]{"January", "March", "May", "August", "December", "MARCH"}) {
            assertTrue(Months.isMonth(month), month);
        }
        // lower case it is a verb or a noun; abbreviations and places are left to the other filters
        for (String word : new String[]{"march", "may", "Marchena", "Mar", "Augusta", ""}) {
            assertFalse(Months.isMonth(word), word);
        }
    }
}
