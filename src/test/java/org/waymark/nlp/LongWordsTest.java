package org.waymark.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 60,000-char hyphen chain (73 s in CoreNLP's tokenizer for 40,000 chars, minutes in the NER as one token) is
 * tokenized and tagged in no time, and its tokens keep their offsets in the real text.
 */
class LongWordsTest {

    @Test
    void aHugeRunWithoutSpacesIsCheapAndKeepsItsOffsets() {
        String blob = "Tripoli-".repeat(7_500) + "Sirte";
        String text = "Boats left Zuwara for " + blob + " and Lampedusa on Friday.";
        NlpPipeline nlp = NlpPipelines.shared();
        nlp.annotate("Warm-up in Tripoli.");
        AnnotatedText annotated = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> nlp.annotate(text));
        List<Token> tokens = annotated.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        for (Token t : tokens) {
            assertTrue(t.word().equals(text.substring(t.begin(), t.end())), "a token as written at its offsets: "
                    + t.begin() + ".." + t.end());
        }
        int from = text.indexOf(blob);
        List<Token> inBlob = tokens.stream().filter(t -> t.begin() >= from && t.end() <= from + blob.length())
                .toList();
        assertTrue(inBlob.size() > 100, "cut into pieces: " + inBlob.size());
        int uncovered = blob.length() - inBlob.stream().mapToInt(t -> t.end() - t.begin()).sum();
        assertTrue(uncovered > 0 && uncovered <= blob.length() / LongWords.MAX_RUN, "one char a cut is left out, no "
                + "other: " + uncovered);
        assertEquals("LOCATION", tokens.stream().filter(t -> t.word().equals("Zuwara")).findFirst().orElseThrow()
                .ner(), "the sentence is tagged");
    }

    @Test
    void runsAreBrokenInPlace() {
        String text = "a " + "x".repeat(1_200) + "\uD83D\uDE00".repeat(400) + " b";
        String broken = LongWords.breakRuns(text);
        assertEquals(text.length(), broken.length(), "no offset moves");
        assertEquals(2 + 2, broken.chars().filter(c -> c == ' ').count(), "a space every 500 chars of the run");
        assertEquals(text.codePointCount(0, text.length()), broken.codePointCount(0, broken.length()),
                "no surrogate pair split");
        String plain = "short words only";
        assertTrue(LongWords.breakRuns(plain) == plain, "a text without long runs is not copied");
    }
}
