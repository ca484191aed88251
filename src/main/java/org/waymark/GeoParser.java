package org.waymark;

import java.util.List;
import java.util.function.Predicate;
import org.waymark.nlp.Token;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.Names;
import org.waymark.movement.Movement;
import org.waymark.movement.MovementExtractor;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.NlpPipeline;
import org.waymark.recognize.Toponym;
import org.waymark.recognize.ToponymRecognizer;
import org.waymark.resolve.Mention;
import org.waymark.resolve.ToponymResolver;
import org.waymark.text.Document;

/**
 * The one entry point of the pipeline: text → recognize → resolve → movements. Thread-safe: one instance serves
 * all threads. POS, lemma and NER run only on the sentences that hold a gazetteer name or a demonym ({@link NameGate}).
 */
public final class GeoParser {
    private final NlpPipeline nlp;
    private final ToponymRecognizer recognizer;
    private final ToponymResolver resolver;
    private final MovementExtractor movements;
    private final Predicate<List<Token>> mayHoldName;

    public GeoParser(NlpPipeline nlp, Gazetteer gazetteer) {
        this(nlp, gazetteer, MovementExtractor.Ends.NAMED_PLACES);
    }

    /** With {@code ends}, which phrases may end a movement (named places for maps; any phrase for MOVELINK). */
    public GeoParser(NlpPipeline nlp, Gazetteer gazetteer,
                     MovementExtractor.Ends ends) {
        this.nlp = nlp;
        // any phrase can end a movement there, so every sentence is tagged; for maps only those a name may be in
        this.mayHoldName = ends == MovementExtractor.Ends.ANY_PHRASE ? tokens -> true : new NameGate(gazetteer);
        this.recognizer = new ToponymRecognizer(gazetteer);
        this.resolver = new ToponymResolver(gazetteer);
        this.movements = new MovementExtractor(nlp::dependencies, ends,
                word -> gazetteer.countryOfDemonym(Names.normalize(word)));
    }

    public ParsedDocument parse(Document document) {
        AnnotatedText text = nlp.annotate(document.text(), mayHoldName);
        List<Toponym> toponyms = recognizer.recognize(text);
        List<Mention> mentions = resolver.resolve(text, toponyms);
        List<Movement> moves = movements.extract(document.id(), text, mentions);
        return new ParsedDocument(document, mentions, moves);
    }

    /** Places only, without movements: what the accuracy evaluation needs. */
    public List<Mention> mentions(Document document) {
        AnnotatedText text = nlp.annotate(document.text(), mayHoldName);
        return resolver.resolve(text, recognizer.recognize(text));
    }
}
