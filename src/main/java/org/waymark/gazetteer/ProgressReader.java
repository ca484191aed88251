package org.waymark.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;

/** A reader of a long file that says every million lines how far it has come ("allCountries.txt: 3,000,000 rows"). */
final class ProgressReader extends BufferedReader {
    private static final long EVERY = 1_000_000;
    private final String name;
    private final Consumer<String> progress;
    private long lines;

    ProgressReader(BufferedReader in, String name, Consumer<String> progress) {
        super(in, 1 << 16);
        this.name = name;
        this.progress = progress;
    }

    @Override
    public String readLine() throws IOException {
        String line = super.readLine();
        if (line != null && ++lines % EVERY == 0) {
            progress.accept(String.format("%s: %,d rows", name, lines));
        }
        return line;
    }
}
