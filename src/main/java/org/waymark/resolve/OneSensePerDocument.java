package org.waymark.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.waymark.gazetteer.Names;
import org.waymark.nlp.AnnotatedText;
import org.waymark.recognize.Toponym;

/**
 * Every mention of the same name in a document takes one sense: "Paris, Texas" early on makes a later bare "Paris"
 * the town in Texas. The mentions are grouped under their kind and normalized name, the gazetteer is asked once per
 * name, and the local clues of all mentions are pooled ({@link LocalPatterns}).
 */
final class OneSensePerDocument {
    private OneSensePerDocument() {
    }

    /** The key under which mentions share a sense: a demonym and a place name of the same spelling do not. */
    static String key(Toponym t) {
        return t.kind() + ":" + Names.normalize(t.surface());
    }

    /** Groups the toponyms by {@link #key}, looking each name up once. */
    static DocumentSenses group(AnnotatedText text, List<Toponym> toponyms, Function<Toponym, Candidates> lookup) {
        Map<String, Candidates> candidates = new LinkedHashMap<>();
        Map<String, List<Integer>> mentions = new LinkedHashMap<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            String key = key(t);
            candidates.computeIfAbsent(key, k -> lookup.apply(t));
            mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        Map<String, Sense> senses = new LinkedHashMap<>();
        candidates.forEach((key, found) -> senses.put(key, new Sense(key, found, mentions.get(key))));
        List<Sense> senseOf = toponyms.stream().map(t -> senses.get(key(t))).toList();
        return new DocumentSenses(text, toponyms, List.copyOf(senses.values()), senseOf);
    }
}
