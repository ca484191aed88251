package org.waymark;

import org.waymark.text.Document;

/** What the pipeline made of one document: a {@link ParsedDocument}, or an {@link UnparsedDocument} and why. */
public sealed interface ParseResult permits ParsedDocument, UnparsedDocument {

    Document document();
}
