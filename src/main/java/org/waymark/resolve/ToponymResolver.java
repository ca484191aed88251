package org.waymark.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Place;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.Sentence;
import org.waymark.recognize.Toponym;

/**
 * Chooses a gazetteer entry for each toponym of a document, in steps:
 * <ol>
 *   <li>{@link CandidateLookup}: the candidates of each name;</li>
 *   <li>{@link OneSensePerDocument}: every mention of the same name takes one sense;</li>
 *   <li>{@link ScorerChain}: each candidate scored by the sum of small scorers ({@link Priors},
 *       {@link DocumentContext}, {@link LocalPatterns}, {@link Neighbours}), whose weights are all in
 *       {@link Weights};</li>
 *   <li>{@link SenseChooser}: the best candidate of each name, in passes that let choices support each other;</li>
 *   <li>{@link Metonymy}: a capital that acts stands for its country;</li>
 *   <li>{@link Calibration}: the confidence of each choice, from a fitted artefact.</li>
 * </ol>
 */
public final class ToponymResolver {
    private final CandidateLookup lookup;
    private final ScorerChain chain;
    private final Metonymy metonymy;
    private final Calibration calibration;

    public ToponymResolver(Gazetteer gazetteer) {
        this.lookup = new CandidateLookup(gazetteer);
        this.chain = new ScorerChain(Weights.DEFAULT, gazetteer::populationEstimate);
        this.metonymy = new Metonymy(gazetteer::country);
        this.calibration = Calibration.bundled();
    }

    public List<Mention> resolve(AnnotatedText text, List<Toponym> toponyms) {
        return resolutions(text, toponyms).stream().map(Resolution::mention).toList();
    }

    /** A mention with the choice for its name (null when unresolved): what the calibration is fitted on. */
    record Resolution(Mention mention, Choice choice) {
    }

    List<Resolution> resolutions(AnnotatedText text, List<Toponym> toponyms) {
        DocumentSenses document = OneSensePerDocument.group(text, toponyms, lookup::of);
        Map<String, Choice> choices = SenseChooser.chooseAll(document, chain.forDocument(document));
        List<Place> readings = metonymy.readings(document, choices);
        List<Resolution> resolutions = new ArrayList<>(toponyms.size());
        // one copy of a sentence's text for all its mentions: a long document keeps them all until it is written
        Map<Integer, String> sentenceTexts = new HashMap<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Sense sense = document.senseOf().get(i);
            Choice choice = choices.get(sense.key());
            Place p = readings.get(i);
            Sentence s = text.sentences().get(t.sentence());
            String sentence = sentenceTexts.computeIfAbsent(s.index(), k -> text.sentenceText(s));
            Mention m = p == null ? new Mention(t, null, 0, null, sentence)
                    : new Mention(t, p, calibration.confidence(choice), sense.candidates().source(), sentence);
            resolutions.add(new Resolution(m, choice));
        }
        return resolutions;
    }
}
