package org.waymark.resolve;

import java.util.List;
import java.util.function.Predicate;
import org.waymark.gazetteer.Place;

/**
 * Names listed together are of one kind: "Los Angeles, New York, and Philadelphia" are cities, "Georgia, Oklahoma,
 * Pennsylvania and Wisconsin" states. A town is supported by each neighbour in the list that can only be a town, a
 * first-level division by each neighbour that can be a division of the same country.
 *
 * @param words    the words around the toponyms
 * @param document the toponyms' candidates
 * @param w        the weights of the local patterns
 */
record ListsOfOneKind(MentionText words, DocumentSenses document, Weights.Patterns w) implements MentionClue {

    @Override
    public double support(int i, Place p) {
        int towns = 0;
        int divisions = 0;
        for (int j : new int[]{i - 1, i + 1}) {
            if (j < 0 || j >= words.size() || !(j < i ? words.listed(j, i) : words.listed(i, j))) {
                continue;
            }
            List<Place> other = document.candidatesOf(j);
            if (other.stream().anyMatch(Place::isPopulatedPlace)
                    && other.stream().noneMatch(c -> c.isCountry() || c.isAdmin1())) {
                towns++;
            }
            if (p.isAdmin1() && other.stream().anyMatch(c -> c.isAdmin1() && c.countryCode().equals(p.countryCode()))) {
                divisions++;
            }
        }
        // a place is never both a town and a division: one of the two terms is 0
        return (p.isPopulatedPlace() ? w.townInList() * towns : 0) + w.divisionInList() * divisions;
    }

    /**
     * "Georgia, Oklahoma, Pennsylvania and Wisconsin", "Armenia, Georgia, Iraq, Iran and Syria": the names at
     * {@code i} and {@code i + 1} are of one kind (divisions of one country, or countries) and the list goes on
     * before or after them; then "Oklahoma, Pennsylvania" is no town and its state ("Springfield, Illinois"), nor
     * "Iraq, Iran" a town and its country, but two members of a list.
     */
    boolean inListOfOneKind(int i) {
        boolean before = i > 0 && words.listed(i - 1, i);
        boolean after = i + 2 < words.size() && words.listed(i + 1, i + 2);
        if (!before && !after) {
            return false;
        }
        for (Place next : document.candidatesOf(i + 1)) {
            if (!next.isAdmin1() && !next.isCountry()) {
                continue;
            }
            Predicate<Place> sameKind = c -> next.isCountry() ? c.isCountry()
                    : c.isAdmin1() && c.countryCode().equals(next.countryCode());
            if (document.candidatesOf(i).stream().anyMatch(sameKind)
                    && (before && document.candidatesOf(i - 1).stream().anyMatch(sameKind)
                    || after && document.candidatesOf(i + 2).stream().anyMatch(sameKind))) {
                return true;
            }
        }
        return false;
    }
}
