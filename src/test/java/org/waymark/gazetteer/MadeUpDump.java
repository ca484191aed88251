package org.waymark.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** GeoNames dump files with made-up places, in GeoNames' tab-separated formats. */
public final class MadeUpDump {
    public static final long TOWN = 9_900_001;
    public static final long SEA = 9_900_002;
    public static final long ADMIN2 = 9_900_003;

    private MadeUpDump() {
    }

    /** File name to bytes, as the download server would serve them. */
    public static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("countryInfo.txt", bytes(countryInfo()));
        files.put("admin1CodesASCII.txt", bytes("KE.99\tOmbrelle County\tOmbrelle County\t9900010\n"));
        files.put("admin2Codes.txt", bytes("KE.99.777\tVarnholt\tVarnholt\t" + ADMIN2 + "\n"));
        files.put("no-country.zip", zip("no-country.txt", geoname(SEA, "Sea of Ombrelle", "H", "SEA", "", "", "", 0)
                + filler(300, "", "")));
        files.put("cities500.zip", zip("cities500.txt",
                geoname(TOWN, "Quillamoor", "P", "PPL", "KE", "99", "777", 2400) + filler(2000, "KE", "99")));
        return files;
    }

    /** A row for every country Waymark's demonyms name, with made-up names and the ids of countries.tsv. */
    private static String countryInfo() throws IOException {
        StringBuilder b = new StringBuilder("#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea(in sq km)\t"
                + "Population\tContinent\ttld\tCurrencyCode\tCurrencyName\tPhone\tPostal Code Format\t"
                + "Postal Code Regex\tLanguages\tgeonameid\tneighbours\tEquivalentFipsCode\n");
        try (InputStream in = GeoNamesIndex.class.getResourceAsStream("countries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                b.append(String.join("\t", f[0], f[0] + "X", "1", f[0], "Land " + f[0], "Capital " + f[0], "1000",
                        "100000", "AF", "." + f[0].toLowerCase(), "XXX", "Coin", "1", "", "", "en", f[1], "", ""))
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static String geoname(long id, String name, String featureClass, String code, String cc, String a1,
                                  String a2, long population) {
        return String.join("\t", Long.toString(id), name, name, "", "0.5", "37.5", featureClass, code, cc, "", a1,
                a2, "", "", Long.toString(population), "", "100", "Africa/Nairobi", "2026-01-01") + "\n";
    }

    /** Rows of made-up hamlets, so that the zips are long enough to be cut in the middle of their data. */
    private static String filler(int rows, String cc, String a1) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            b.append(geoname(9_910_000 + i, "Hamlet " + Integer.toString(i * 7919, 36), "P", "PPL", cc, a1, "",
                    0));
        }
        return b.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes(text));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(bytes("made up for a test\n"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
