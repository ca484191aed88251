package org.waymark;

import org.waymark.text.Document;

/**
 * A document the pipeline could not map: the run skips it and goes on with the others.
 *
 * @param document the document
 * @param cause    what stopped the pipeline, for a stack trace on request
 */
public record UnparsedDocument(Document document, Throwable cause) implements ParseResult {

    /** Why, in a few words for a user: no class names, no stack trace. */
    public String reason() {
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (give Java more with -Xmx)";
        }
        if (cause instanceof StackOverflowError) {
            return "the text is nested too deeply (stack overflow)";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "internal error (" + cause.getClass().getSimpleName() + ")"
                : message.lines().findFirst().orElse(message);
    }
}
