package org.waymark.resolve;

import org.waymark.gazetteer.Place;

/**
 * The candidate chosen for a name, with what the confidence is calibrated on.
 *
 * @param place       the highest-scoring candidate
 * @param lead        how far its score is above the runner-up's (infinite when it had none)
 * @param sole        it was the only candidate
 * @param approximate it was found under a spelling a letter or two away
 */
record Choice(Place place, double lead, boolean sole, boolean approximate) {
}
