package org.waymark.text;

/** Content that cannot become a document; turned into an {@link InputProblem} by whoever knows the input's name. */
final class BadInputException extends Exception {

    private final int line;

    BadInputException(String message) {
        this(0, message);
    }

    BadInputException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    /** 1-based line, or 0 when not tied to a line. */
    int line() {
        return line;
    }

    InputProblem toProblem(String input) {
        return new InputProblem(input, line, getMessage());
    }
}
