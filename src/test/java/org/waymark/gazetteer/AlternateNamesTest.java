package org.waymark.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which alternate names of a GeoNames row become lookup keys. */
class AlternateNamesTest {

    @Test
    void latinNamesWithACapitalThatAreNoCodes() {
        assertEquals("deir ez zor", AlternateNames.key("Deir ez-Zor"));
        assertNull(AlternateNames.key("sheng hu li ya"), "a machine transliteration, all lower case");
        assertNull(AlternateNames.key("ALP"), "a code");
        assertNull(AlternateNames.key("Paris 01"), "a number");
    }

    @Test
    void arabicScriptNamesButNoOtherScript() {
        assertEquals("حلب", AlternateNames.key("حلب"));
        assertEquals("دير الزور", AlternateNames.key("دير الزور"));
        assertNull(AlternateNames.key("Алеппо"), "Cyrillic");
        assertNull(AlternateNames.key("阿勒颇"), "Chinese");
        assertNull(AlternateNames.key("Halab حلب"), "two scripts in one name");
        assertNull(AlternateNames.key("حل"), "too short");
    }
}
