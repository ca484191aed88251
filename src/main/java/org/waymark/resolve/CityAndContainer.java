package org.waymark.resolve;

import org.waymark.gazetteer.Place;

/**
 * "Springfield, Illinois", "Rockville, Maryland", "Fife, Scotland": a name, a comma and a place that can hold it.
 * The first is then the place inside (strongly: this is how news names a town of a common name), the second the
 * place that holds it; unless the two are members of a list of one kind ("Iraq, Iran, Syria").
 *
 * @param words    the words around the toponyms
 * @param document the toponyms' candidates
 * @param lists    tells a pair in a list of one kind
 * @param w        the weights of the local patterns
 */
record CityAndContainer(MentionText words, DocumentSenses document, ListsOfOneKind lists, Weights.Patterns w)
        implements MentionClue {

    @Override
    public double support(int i, Place p) {
        double s = 0;
        if (i + 1 < words.size() && words.between(i, i + 1).equals(",")
                && document.candidatesOf(i + 1).stream().anyMatch(container -> container.contains(p))
                && !lists.inListOfOneKind(i)) {
            s += w.townBeforeContainer();
        }
        if (i > 0 && words.between(i - 1, i).equals(",")
                && document.candidatesOf(i - 1).stream().anyMatch(p::contains)) {
            s += w.containerAfterTown();
        }
        return s;
    }
}
