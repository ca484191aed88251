package org.waymark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.waymark.text.TextWindows;

/**
 * The one entry point of the pipeline: text → recognize → resolve → movements. Thread-safe: one instance serves
 * all threads. A long document goes through in windows ({@link TextWindows}). NER runs only on the sentences that
 * hold a gazetteer name or a demonym ({@link NameGate}), POS and lemma only on those of them in which the recognizer
 * may find a toponym once NER has tagged them ({@link ToponymRecognizer#mayFind}).
 */
public final class GeoParser {
    private final NlpPipeline nlp;
    private final ToponymRecognizer recognizer;
    private final ToponymResolver resolver;
    private final MovementExtractor movements;
    private final Predicate<List<Token>> mayHoldName;
    private final Function<List<List<Token>>, Predicate<List<Token>>> mayHoldToponym;

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
        this.mayHoldToponym = ends == MovementExtractor.Ends.ANY_PHRASE ? document -> tokens -> true
                : recognizer::mayFind;
        this.resolver = new ToponymResolver(gazetteer);
        this.movements = new MovementExtractor(nlp::dependencies, ends,
                word -> gazetteer.countryOfDemonym(Names.normalize(word)));
    }

    public ParsedDocument parse(Document document) {
        return parse(document, true);
    }

    /**
     * {@link #parse(Document)}, or, where the pipeline fails on the document (an error in a model, memory run out),
     * the document and why: one document that cannot be mapped does not stop a run.
     */
    public ParseResult tryParse(Document document) {
        try {
            return parse(document);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new UnparsedDocument(document, e);
        }
    }

    /** Places only, without movements: what the accuracy evaluation needs. */
    public List<Mention> mentions(Document document) {
        return parse(document, false).mentions();
    }

    /**
     * One window of the text at a time ({@link TextWindows}): a document of any size holds the tokens and tags of
     * one window in memory, and its mentions and movements come out with offsets in the whole text.
     */
    private ParsedDocument parse(Document document, boolean withMovements) {
        List<Mention> mentions = new ArrayList<>();
        List<Movement> moves = new ArrayList<>();
        int sentences = 0;
        for (TextWindows.Window window : TextWindows.of(document.text())) {
            AnnotatedText text = nlp.annotate(window.of(document.text()), mayHoldName, mayHoldToponym);
            List<Mention> here = resolver.resolve(text, recognizer.recognize(text));
            int shift = window.codePointBegin();
            for (Mention m : here) {
                mentions.add(m.shifted(shift, sentences));
            }
            if (withMovements) {
                for (Movement m : movements.extract(document.id(), text, here)) {
                    moves.add(m.shifted(shift, sentences));
                }
            }
            sentences += text.sentences().size();
        }
        return new ParsedDocument(document, mentions, moves);
    }
}
