package org.waymark.gazetteer;

import java.io.IOException;

/** A gazetteer input file (GeoNames dump, curated table or built index) that cannot be read as what it should be. */
public final class GazetteerFileException extends IOException {
    private final String file;
    private final long line;

    /**
     * @param file   the file or classpath resource, as it should be named to the user
     * @param line   1-based line number, or 0 when the problem is not tied to a line (binary index, missing file)
     * @param reason what is wrong, in words the user can act on
     */
    public GazetteerFileException(String file, long line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line number, 0 when not tied to a line. */
    public long line() {
        return line;
    }
}
