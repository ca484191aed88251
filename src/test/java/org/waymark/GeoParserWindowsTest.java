package org.waymark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.movement.Movement;
import org.waymark.nlp.NlpPipelines;
import org.waymark.resolve.Mention;
import org.waymark.text.Document;
import org.waymark.text.TextWindows;

/** A document longer than a window is parsed window by window, with offsets in the whole text. */
class GeoParserWindowsTest {

    static GeoParser parser;

    @BeforeAll
    static void load() {
        parser = new GeoParser(NlpPipelines.shared(), GeoNamesIndex.embedded());
    }

    @Test
    void aLongDocumentGivesWhatItsWindowsGiveInTheirPlaces() {
        Document document = Document.of("long", LongText.of(7, TextWindows.MAX_CHARS + 20_000));
        List<TextWindows.Window> windows = TextWindows.of(document.text());
        assertEquals(2, windows.size());
        ParsedDocument whole = parser.parse(document);
        for (Mention m : whole.mentions()) {
            assertEquals(m.toponym().surface(), document.slice(m.toponym().start(), m.toponym().end()),
                    "text[start:end] == surface");
        }
        for (Movement m : whole.movements()) {
            String evidence = document.slice(m.start(), m.end());
            assertTrue(!evidence.isEmpty() && m.sentence().contains(evidence), "the evidence at its offsets");
        }
        TextWindows.Window last = windows.get(1);
        ParsedDocument alone = parser.parse(Document.of("long", last.of(document.text())));
        List<Mention> tail = whole.mentions().stream().filter(m -> m.toponym().start() >= last.codePointBegin())
                .toList();
        assertEquals(alone.mentions().size(), tail.size());
        for (int i = 0; i < tail.size(); i++) {
            Mention w = tail.get(i);
            Mention a = alone.mentions().get(i);
            assertEquals(a.toponym().start() + last.codePointBegin(), w.toponym().start());
            assertEquals(a.place(), w.place(), "resolved alike");
            assertTrue(w.toponym().sentence() > a.toponym().sentence(), "sentences counted from the start");
        }
        assertTrue(whole.movements().size() > alone.movements().size(), "movements of every window");
    }
}
