package org.waymark.gazetteer;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Whether a downloaded zip is whole: every entry read through {@link ZipInputStream}, which checks each entry's CRC
 * and sizes at its end. A file with no entry at all (an HTML error page saved under the zip's name) fails too.
 */
final class ZipCheck {
    private ZipCheck() {
    }

    /**
     * @param zip  the file to read
     * @param name the file's name for the message
     * @return the number of entries
     */
    static int verify(Path zip, String name) throws DownloadException {
        int entries = 0;
        try (InputStream file = Files.newInputStream(zip);
             ZipInputStream in = new ZipInputStream(new BufferedInputStream(file, 1 << 16))) {
            byte[] buffer = new byte[1 << 16];
            while (in.getNextEntry() != null) {
                while (in.read(buffer) >= 0) {
                    // read through: the CRC is checked at the entry's end
                }
                entries++;
            }
        } catch (ZipException | EOFException e) {
            throw corrupt(name, e.getMessage());
        } catch (IOException e) {
            throw new DownloadException("cannot read " + zip + ": " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw corrupt(name, "no entries: not a zip file");
        }
        return entries;
    }

    private static DownloadException corrupt(String name, String reason) {
        return new DownloadException(name + ": corrupt zip (" + reason + "); deleted, run the command again to fetch it anew");
    }
}
