package org.waymark.movement;

import org.waymark.gazetteer.Lookup;

/**
 * The country a word of nationality names, for movers the recognizer does not map as places ("Afghans", "Mexicans":
 * people, not places, in the mentions layer, but they say where the movers come from).
 */
public interface Nationalities {

    /** The country a word names ("Afghans": Afghanistan) with the gazetteer that knew it; no place when none. */
    Lookup country(String word);
}
