package org.waymark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.waymark.text.Document;

/** What a user reads of a document the pipeline failed on: a few words, no class names but as a last resort. */
class UnparsedDocumentTest {

    private static String reason(Throwable t) {
        return new UnparsedDocument(Document.of("d", "text"), t).reason();
    }

    @Test
    void reasonsAreOneLineForAUser() {
        assertEquals("out of memory (give Java more with -Xmx)", reason(new OutOfMemoryError("Java heap space")));
        assertEquals("the text is nested too deeply (stack overflow)", reason(new StackOverflowError()));
        assertEquals("no model for this", reason(new IllegalStateException("no model for this\n\tsecond line")));
        assertEquals("internal error (NullPointerException)", reason(new NullPointerException()));
    }
}
