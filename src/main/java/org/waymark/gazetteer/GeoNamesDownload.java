package org.waymark.gazetteer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches the GeoNames dump files that {@link GazetteerBuilder} reads ({@code waymark gazetteer download}) into a
 * folder: {@code countryInfo.txt}, {@code admin1CodesASCII.txt}, {@code admin2Codes.txt}, {@code no-country.zip},
 * the geoname table ({@code cities500.zip} by default, or {@code cities1000/5000/15000.zip} or
 * {@code allCountries.zip}) and, when asked, {@code alternateNamesV2.zip}. Each file arrives as {@code NAME.part}
 * (resumed by {@link ResumableDownload} after an interruption), is checked (its announced size; a zip's CRCs by
 * {@link ZipCheck}) and only then renamed to {@code NAME}; a file already there under its own name is kept. The
 * builder reads the zips as they are.
 */
public final class GeoNamesDownload {
    /** GeoNames' download server. */
    public static final URI DEFAULT_BASE = URI.create("https://download.geonames.org/export/dump/");
    /** The geoname tables one may ask for, from the smallest to the whole. */
    public static final List<String> DUMPS = List.of("cities15000", "cities5000", "cities1000", "cities500",
            "allCountries");
    private static final List<String> ALWAYS = List.of("countryInfo.txt", "admin1CodesASCII.txt", "admin2Codes.txt",
            "no-country.zip");

    /**
     * What to fetch.
     *
     * @param base           the folder URL of the dump files
     * @param dump           one of {@link #DUMPS}
     * @param alternateNames whether to fetch alternateNamesV2.zip too
     * @param dir            the folder to fetch into (created when missing)
     */
    public record Request(URI base, String dump, boolean alternateNames, Path dir) {
        public Request {
            if (!DUMPS.contains(dump)) {
                throw new IllegalArgumentException("unknown GeoNames dump '" + dump + "': expected one of "
                        + String.join(", ", DUMPS));
            }
            String s = base.toString();
            base = s.endsWith("/") ? base : URI.create(s + "/");
        }

        /** The file names, small ones first so that a wrong URL fails fast. */
        public List<String> files() {
            List<String> files = new ArrayList<>(ALWAYS);
            files.add(dump + ".zip");
            if (alternateNames) {
                files.add("alternateNamesV2.zip");
            }
            return List.copyOf(files);
        }
    }

    /** What a download did: the files fetched now, those already there, and the bytes the folder now holds of them. */
    public record Summary(List<String> fetched, List<String> present, long bytes) {
        public Summary {
            fetched = List.copyOf(fetched);
            present = List.copyOf(present);
        }
    }

    private GeoNamesDownload() {
    }

    /** Fetches what {@code request} names that {@code request.dir()} does not hold yet, then checks it. */
    public static Summary fetch(Request request, DownloadListener listener) throws DownloadException {
        try {
            Files.createDirectories(request.dir());
        } catch (IOException e) {
            throw DownloadException.cannotWrite(request.dir(), e);
        }
        List<String> fetched = new ArrayList<>();
        List<String> present = new ArrayList<>();
        long bytes = 0;
        for (String name : request.files()) {
            Path target = request.dir().resolve(name);
            if (Files.isRegularFile(target)) {
                present.add(name);
                listener.finished(name, "already here");
            } else {
                Path part = request.dir().resolve(name + ".part");
                ResumableDownload.fetch(request.base().resolve(name), part, name, listener);
                if (name.endsWith(".zip")) {
                    check(part, name);
                }
                move(part, target);
                fetched.add(name);
                listener.finished(name, name.endsWith(".zip") ? "complete, CRC checked" : "complete");
            }
            bytes += size(target);
        }
        return new Summary(fetched, present, bytes);
    }

    /** A zip that fails its check is not kept: the next run fetches it anew. */
    private static void check(Path part, String name) throws DownloadException {
        try {
            ZipCheck.verify(part, name);
        } catch (DownloadException e) {
            ResumableDownload.delete(part);
            throw e;
        }
    }

    private static void move(Path part, Path target) throws DownloadException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw DownloadException.cannotWrite(target, e);
        }
    }

    private static long size(Path file) throws DownloadException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DownloadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
