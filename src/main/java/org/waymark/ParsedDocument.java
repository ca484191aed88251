package org.waymark;

import java.util.List;
import org.waymark.movement.Movement;
import org.waymark.resolve.Mention;
import org.waymark.text.Document;

/** What the pipeline makes of one document: its mentions (resolved or not) and the movements it reports. */
public record ParsedDocument(Document document, List<Mention> mentions, List<Movement> movements)
        implements ParseResult {

    public ParsedDocument {
        mentions = List.copyOf(mentions);
        movements = List.copyOf(movements);
    }
}
