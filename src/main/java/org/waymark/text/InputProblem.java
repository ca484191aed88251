package org.waymark.text;

import java.util.Objects;

/**
 * Why one input, or one line of a JSONL input, gave no document. Reported instead of thrown, so that one bad file
 * never stops a run over many good ones.
 *
 * @param input   the input as the user would recognize it: the path (as given, or under the directory given),
 *                or {@code stdin}
 * @param line    1-based line number the problem is on, or 0 when it concerns the input as a whole
 * @param message one line saying what is wrong, ideally with what to do about it
 */
public record InputProblem(String input, int line, String message) {

    private static final int MAX_MESSAGE = 300;

    public InputProblem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (none) or positive: " + line);
        }
        // Messages may quote the input (Jackson does); keep them to one readable line.
        message = message.replaceAll("\\s+", " ").strip();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
    }

    /** A problem with the input as a whole. */
    public static InputProblem of(String input, String message) {
        return new InputProblem(input, 0, message);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code path:line: message}, the form compilers use, so editors and terminals can jump to it. */
    @Override
    public String toString() {
        return hasLine() ? input + ":" + line + ": " + message : input + ": " + message;
    }
}
