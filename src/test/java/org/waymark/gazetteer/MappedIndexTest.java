package org.waymark.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index as it is now written (format 2, memory-mapped) against the one Waymark 0.1 wrote (format 1, gzip), on the
 * GeoNames extract of Greece, Cyprus and Malta kept in the test resources with the format 1 index built from it.
 */
class MappedIndexTest {
    private static final String FIXTURE = "fixture";

    private static Path fixture() throws URISyntaxException {
        return Path.of(MappedIndexTest.class.getResource(FIXTURE).toURI());
    }

    @Test
    void theMappedIndexAnswersEveryLookupAsTheVersion1IndexOfTheSameFiles(@TempDir Path dir) throws Exception {
        Path built = dir.resolve("fixture.idx");
        GazetteerBuilder.build(fixture(), built);
        GeoNamesIndex mapped = GeoNamesIndex.load(built);
        Path v1 = fixture().resolve("index-v1.idx");
        GeoNamesIndex legacy = GeoNamesIndex.load(v1);   // read through the conversion to format 2
        IndexTables t;
        try (InputStream in = Files.newInputStream(v1)) {
            t = LegacyIndexFile.read(in, v1.toString());
        }
        assertEquals(t.placeCount(), mapped.size());
        assertEquals(t.keyCount(), mapped.nameCount());
        assertEquals(t.maxNameTokens(), mapped.maxNameTokens());
        for (int k = 0; k < t.keyCount(); k++) {
            String key = new String(t.keyBytes(), t.keyStarts()[k], t.keyStarts()[k + 1] - t.keyStarts()[k],
                    StandardCharsets.UTF_8);
            List<Place> expected = new ArrayList<>();
            for (int p = t.postingStarts()[k]; p < t.postingStarts()[k + 1]; p++) {
                expected.add(legacy.byId(t.ids()[t.postings()[p]]).orElseThrow());
            }
            assertEquals(expected, mapped.candidates(key), key);
            assertEquals(expected, legacy.candidates(key), key);
        }
        for (long id : t.ids()) {
            assertEquals(legacy.byId(id), mapped.byId(id));
        }
        assertFalse(mapped.byId(1).isPresent());
        assertEquals(legacy.countries(), mapped.countries());
        assertEquals(legacy.admin1("GR", "ESYE41"), mapped.admin1("GR", "ESYE41"));
        assertEquals(legacy.demonymCountry("greek"), mapped.demonymCountry("greek"));
        for (String name : new String[]{"Thessalonika", "Limasol", "Heraklion", "Samos", "Mediterranean"}) {
            assertEquals(legacy.similar(name), mapped.similar(name), name);
        }
        assertEquals("Samos", mapped.candidates("Samos").get(0).name());
    }

    @Test
    void aBuildWithFeaturesKeepsOnlyThoseClasses(@TempDir Path dir) throws Exception {
        Path built = dir.resolve("hp.idx");
        GazetteerBuilder.build(fixture(), built, GazetteerBuilder.Options.DEFAULT.withFeatures(Set.of("H", "P")));
        IndexData data = IndexFile.open(built);
        Set<String> classes = new java.util.TreeSet<>();
        for (int i = 0; i < data.placeCount(); i++) {
            classes.add(data.place(i).featureClass());
        }
        assertEquals(Set.of("H", "P"), classes);
        GeoNamesIndex index = GeoNamesIndex.load(built);
        assertEquals("H", index.candidates("Mediterranean Sea").get(0).featureClass());
        assertEquals("PPLA2", index.candidates("Samos").get(0).featureCode());
        assertTrue(index.country("GR").isEmpty(), "countries are class A, left out");
        assertTrue(index.candidates("Lesbos").stream().noneMatch(p -> p.featureCode().equals("ADM2")));
    }

    /**
     * A build of a synthetic allCountries.txt of 150,000 rows (bench/SyntheticAllCountries.java) in a JVM of 64 MB
     * heap: the rows stream to the index, none is kept as an object; the fixture's files give the countries.
     */
    @Test
    void aBuildStreamsInASmallHeap(@TempDir Path dir) throws Exception {
        for (String name : new String[]{"countryInfo.txt", "admin1CodesASCII.txt", "admin2Codes.txt",
                "no-country.txt.gz", "country_points.tsv"}) {
            Files.copy(fixture().resolve(name), dir.resolve(name));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(dir, java, "bench/SyntheticAllCountries.java", "150000", dir.resolve("allCountries.txt").toString());
        Path index = dir.resolve("world.idx");
        String log = run(dir, java, "-Xmx64m", "-cp", System.getProperty("java.class.path"), "org.waymark.cli.Main",
                "gazetteer", "build", "--geonames", dir.toString(), "-o", index.toString(), "--features", "P,A,H,T,S");
        assertTrue(log.contains("wrote " + index), log);
        GeoNamesIndex world = GeoNamesIndex.load(index);
        assertTrue(world.size() > 140_000, world.size() + " places");
        assertEquals("Zostebryquia", world.byId(20_000_002).orElseThrow().name());
        assertEquals(20_000_002, world.candidates("zostebryquia").get(0).geonameid());
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Path log = dir.resolve("log.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("WAYMARK_RELAUNCH", "0");   // the build in this JVM, with this heap
        Process p = builder.start();
        String what = command[command.length - 1].endsWith(".txt") ? "the generator" : "the build";
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), what + " still running after 60 s");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), what + ":\n" + out);
        return out;
    }
}
