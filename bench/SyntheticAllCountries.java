import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic GeoNames allCountries.txt: the 19 tab-separated columns of the geoname table, names and
 * coordinates made up from a fixed seed (the same ROWS give the same bytes), with allCountries' shape: its share of
 * feature classes and their common codes, one to four words a name of three to twelve letters, a few alternate names
 * for one row in four, a population for one town in ten, and about 133 bytes a row (12 million rows: 1.6 GB, as the
 * real file). Ids start at 20,000,000, above those of the GeoNames extract the build reads beside it.
 *
 * usage: java bench/SyntheticAllCountries.java ROWS OUT_FILE
 */
public final class SyntheticAllCountries {
    private static final long SEED = 20_260_101L;
    private static final long FIRST_ID = 20_000_000L;
    /** Feature classes with allCountries' shares (percent) and some of their codes, most common first. */
    private static final String[][] CLASSES = {
            {"P", "38", "PPL", "PPL", "PPL", "PPL", "PPLX", "PPLA4", "PPLA3", "PPLA2", "PPLL", "PPLQ"},
            {"H", "21", "STM", "STM", "LK", "SPNG", "RSV", "CNL", "BAY", "WLL", "PND", "STMI"},
            {"S", "18", "SCH", "CH", "FRM", "HTL", "BLDG", "MSQE", "AIRP", "RSTN", "HSP", "PO"},
            {"T", "14", "MT", "HLL", "MT", "PK", "ISL", "PASS", "VAL", "CAPE", "RDGE", "PLN"},
            {"L", "4", "LCTY", "AREA", "PRK", "RESF", "OILF", "PRT", "CMN", "GRAZ", "FLD", "RGN"},
            {"A", "3", "ADM4", "ADM3", "ADM2", "ADMD", "ADM3", "ADM4", "ADM5", "ADMD", "ADM2", "ADM4"},
            {"V", "1", "FRST", "SCRB", "GRSLD", "FRST", "VIN", "CULT", "FRST", "SCRB", "GRSLD", "FRST"},
            {"R", "0", "RD", "RR", "TNL", "RD", "TRL", "RD", "RR", "RD", "TNL", "RD"},
            {"U", "0", "SMU", "BNKU", "CNYU", "SMU", "TRGU", "RDGU", "SMU", "BNKU", "CNYU", "SMU"}};
    private static final String[] COUNTRIES = ("AD AE AF AG AL AM AO AR AT AU AZ BA BD BE BF BG BH BI BJ BO BR BS BT BW "
            + "BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GE "
            + "GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KM KP KR KW KZ LA LB LK LR "
            + "LS LT LU LV LY MA MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NZ OM PA PE PG PH PK "
            + "PL PS PT PY QA RO RS RU RW SA SB SD SE SG SI SK SL SN SO SR SS SV SY SZ TD TG TH TJ TL TM TN TR TT TW TZ "
            + "UA UG US UY UZ VE VN YE ZA ZM ZW").split(" ");
    private static final String[] ONSETS = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
            "dr", "kh", "sh", "st", "tr", "ch", "gr", "h", "j", "w", "y", "f", "qu", "sl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "ia", "ou", "ai", "ei", "y"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "t", "k", "nd", "rg", "sk", "z"};
    private static final String[] ZONES = {"Europe/Berlin", "Asia/Kolkata", "America/Chicago", "Africa/Lagos",
            "Asia/Shanghai", "America/Sao_Paulo", "Europe/Moscow", "Australia/Sydney", "Asia/Jakarta"};

    private SyntheticAllCountries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/SyntheticAllCountries.java ROWS OUT_FILE");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder line = new StringBuilder(512);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                1 << 20)) {
            long id = FIRST_ID;
            for (long r = 0; r < rows; r++) {
                id += 1 + random.nextInt(2);
                row(random, id, line);
                w.append(line);
                if ((r + 1) % 1_000_000 == 0) {
                    System.err.printf("%,d rows%n", r + 1);
                }
            }
        }
    }

    private static void row(SplittableRandom random, long id, StringBuilder b) {
        String[] kind = featureClass(random);
        String code = kind[2 + random.nextInt(kind.length - 2)];
        String name = name(random);
        String cc = COUNTRIES[random.nextInt(COUNTRIES.length)];
        long population = kind[0].equals("P") && random.nextInt(10) == 0
                ? Math.round(Math.exp(5 + 3 * Math.abs(random.nextDouble() + random.nextDouble() - 1) * 3)) : 0;
        b.setLength(0);
        b.append(id).append('\t').append(name).append('\t').append(name).append('\t');
        alternates(random, name, b);
        b.append('\t').append(String.format("%.5f", random.nextDouble() * 140 - 60)).append('\t')
                .append(String.format("%.5f", random.nextDouble() * 360 - 180)).append('\t')
                .append(kind[0]).append('\t').append(code).append('\t').append(cc).append("\t\t")
                .append(String.format("%02d", 1 + random.nextInt(20))).append('\t')
                .append(random.nextInt(4) == 0 ? "" : Integer.toString(100 + random.nextInt(12))).append("\t\t\t")
                .append(population).append("\t\t").append(random.nextInt(3000)).append('\t')
                .append(ZONES[random.nextInt(ZONES.length)]).append('\t')
                .append(String.format("20%02d-%02d-%02d", 10 + random.nextInt(16), 1 + random.nextInt(12),
                        1 + random.nextInt(28))).append('\n');
    }

    private static String[] featureClass(SplittableRandom random) {
        int roll = random.nextInt(1000);
        int at = 0;
        for (String[] c : CLASSES) {
            at += Integer.parseInt(c[1]) * 10;
            if (roll < at) {
                return c;
            }
        }
        return CLASSES[random.nextInt(3) == 0 ? 7 : random.nextInt(2) == 0 ? 8 : 6];
    }

    /** One to four capitalised words: 55, 30, 11 and 4 percent. */
    private static String name(SplittableRandom random) {
        int roll = random.nextInt(100);
        int words = roll < 55 ? 1 : roll < 85 ? 2 : roll < 96 ? 3 : 4;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(word(random));
        }
        return b.toString();
    }

    /** A capitalised word of one to four syllables, three to twelve letters. */
    private static String word(SplittableRandom random) {
        StringBuilder w = new StringBuilder();
        int syllables = 1 + random.nextInt(3) + (random.nextInt(4) == 0 ? 1 : 0);
        for (int s = 0; s < syllables && w.length() < 10; s++) {
            w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            if (random.nextInt(3) == 0) {
                w.append(CODAS[random.nextInt(CODAS.length)]);
            }
        }
        while (w.length() < 3) {
            w.append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** For one row in five, one to twenty alternate names: variants of the name and other words. */
    private static void alternates(SplittableRandom random, String name, StringBuilder b) {
        if (random.nextInt(4) != 0) {
            return;
        }
        int n = 1 + random.nextInt(random.nextInt(3) == 0 ? 20 : 4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(random.nextInt(3) == 0 ? name + " " + word(random) : name(random));
        }
    }
}
