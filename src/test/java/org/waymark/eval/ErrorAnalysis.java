package org.waymark.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.Names;
import org.waymark.gazetteer.Place;
import org.waymark.geography.GreatCircle;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.NlpPipeline;
import org.waymark.nlp.Sentence;
import org.waymark.nlp.Token;
import org.waymark.recognize.Toponym;
import org.waymark.recognize.ToponymRecognizer;
import org.waymark.resolve.Mention;
import org.waymark.resolve.ToponymResolver;

/**
 * Dev harness, not a test: runs recognition and resolution on gold corpora with one or more gazetteers (each text
 * annotated once) and lists the error classes: missed gold toponyms and why, false positives, wrong resolutions
 * (which candidate won, which was right), and a reliability table of the confidence.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.waymark.eval.ErrorAnalysis OUTDIR
 *     CORPUS.xml... [--gazetteer embedded|INDEX]...</pre>
 * Writes OUTDIR/CORPUS-GAZ.txt with every error and prints the summaries.
 */
public final class ErrorAnalysis {
    private static final double KM = 161;

    private ErrorAnalysis() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<Path> corpora = new ArrayList<>();
        Map<String, Gazetteer> gazetteers = new LinkedHashMap<>();
        boolean noDemonyms = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--gazetteer")) {
                String g = args[++i];
                gazetteers.put(g.equals("embedded") ? "embedded" : "index",
                        g.equals("embedded") ? GeoNamesIndex.embedded() : GeoNamesIndex.load(Path.of(g)));
            } else if (args[i].equals("--no-demonyms")) {
                noDemonyms = true;
            } else {
                corpora.add(Path.of(args[i]));
            }
        }
        if (gazetteers.isEmpty()) {
            gazetteers.put("embedded", GeoNamesIndex.embedded());
        }
        NlpPipeline nlp = NlpPipeline.load();
        for (Path corpus : corpora) {
            if (corpus.toString().endsWith(".txt")) {
                AnnotatedText text = nlp.annotate(Files.readString(corpus));
                for (Gazetteer g : gazetteers.values()) {
                    for (Mention m : new ToponymResolver(g).resolve(text, new ToponymRecognizer(g).recognize(text))) {
                        System.out.printf(Locale.ROOT, "%-24s %-8s %.2f %s%n", m.toponym().surface(),
                                m.toponym().kind().label(), m.confidence(), describe(m.place()));
                    }
                }
                continue;
            }
            GoldCorpus gold = GoldCorpus.read(corpus);
            long t0 = System.nanoTime();
            List<AnnotatedText> texts = Parallel.map(gold.documents(), d -> nlp.annotate(d.text()),
                    Parallel.defaultThreads());
            System.out.printf(Locale.ROOT, "%s: annotated in %.1f s%n", corpus.getFileName(), (System.nanoTime() - t0) / 1e9);
            for (Map.Entry<String, Gazetteer> g : gazetteers.entrySet()) {
                String name = corpus.getFileName().toString().replace(".xml", "") + "-" + g.getKey();
                analyse(name, gold.documents(), texts, g.getValue(), noDemonyms, out.resolve(name + ".txt"));
            }
        }
    }

    record Pair(GoldToponym gold, Mention mention) {
    }

    static void analyse(String name, List<GoldDocument> docs, List<AnnotatedText> texts, Gazetteer gazetteer,
                        boolean noDemonyms, Path file) throws IOException {
        ToponymRecognizer recognizer = new ToponymRecognizer(gazetteer);
        ToponymResolver resolver = new ToponymResolver(gazetteer);
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            indices.add(i);
        }
        long t0 = System.nanoTime();
        List<List<Mention>> all = Parallel.map(indices, i -> {
            List<Mention> ms = resolver.resolve(texts.get(i), recognizer.recognize(texts.get(i)));
            return noDemonyms ? ms.stream().filter(m -> m.toponym().kind() != Toponym.Kind.DEMONYM).toList() : ms;
        }, Parallel.defaultThreads());
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<DocumentScore> scores = new ArrayList<>();
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> falsePositives = new TreeMap<>();
        Map<String, Integer> wrong = new TreeMap<>();
        int[] binCount = new int[10];
        int[] binRight = new int[10];
        Path confFile = file.resolveSibling(file.getFileName().toString().replace(".txt", "-confidence.tsv"));
        try (PrintStream p = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8);
             PrintStream conf = new PrintStream(Files.newOutputStream(confFile), true, StandardCharsets.UTF_8)) {
            for (int d = 0; d < docs.size(); d++) {
                GoldDocument doc = docs.get(d);
                List<Mention> mentions = all.get(d);
                scores.add(GeoparsingEvaluator.score(doc, mentions));
                AnnotatedText text = texts.get(d);
                List<GoldToponym> golds = doc.toponyms();
                int[] pairOf = GeoparsingEvaluator.overlapPairs(doc, mentions);
                boolean[] used = new boolean[mentions.size()];
                p.println("=== " + doc.id());
                for (int g = 0; g < golds.size(); g++) {
                    GoldToponym t = golds.get(g);
                    if (pairOf[g] < 0) {
                        String why = whyMissed(t, text, gazetteer);
                        missed.merge(why, 1, Integer::sum);
                        p.printf("MISS  %-28s %s | %s%n", t.phrase(), why, context(doc.text(), t.start(), t.end()));
                        continue;
                    }
                    used[pairOf[g]] = true;
                    Mention m = mentions.get(pairOf[g]);
                    if (!t.hasCoordinates()) {
                        continue;
                    }
                    double km = m.place() == null ? 20039 : GreatCircle.distanceKm(t.latitude(), t.longitude(),
                            m.place().latitude(), m.place().longitude());
                    boolean right = km <= KM;
                    if (m.place() != null) {
                        conf.printf(Locale.ROOT, "%.3f\t%d\t%s%n", m.confidence(), right ? 1 : 0, kind(m.place()));
                    }
                    int bin = Math.min(9, (int) (m.confidence() * 10));
                    binCount[bin]++;
                    binRight[bin] += right ? 1 : 0;
                    if (!right) {
                        String cls = wrongClass(t, m, gazetteer);
                        wrong.merge(cls, 1, Integer::sum);
                        p.printf(Locale.ROOT, "WRONG %-28s %6.0f km  chose %s  gold (%.2f,%.2f)  %s  conf %.2f | %s%n",
                                m.toponym().surface(), km, describe(m.place()), t.latitude(), t.longitude(), cls,
                                m.confidence(), context(doc.text(), t.start(), t.end()));
                    }
                }
                for (int s = 0; s < mentions.size(); s++) {
                    if (!used[s]) {
                        Mention m = mentions.get(s);
                        String key = m.toponym().kind().label() + " " + nerOf(text, m.toponym().start(), m.toponym().end())
                                + " " + (m.place() == null ? "unresolved" : m.place().featureCode());
                        falsePositives.merge(key, 1, Integer::sum);
                        p.printf("FP    %-28s %s %s | %s%n", m.toponym().surface(), key, describe(m.place()),
                                context(doc.text(), m.toponym().start(), m.toponym().end()));
                    }
                }
            }
        }
        EvaluationReport report = new EvaluationReport(scores);
        System.out.printf(Locale.ROOT, "%n##### %s  (recognize+resolve %.1f s)%n%s", name, seconds, report.toTable());
        System.out.println("missed gold by reason: " + top(missed, 14));
        System.out.println("false positives by kind/NER/feature: " + top(falsePositives, 14));
        System.out.println("wrong resolutions by class: " + top(wrong, 14));
        System.out.println("reliability (confidence bin: n, Acc@161):");
        for (int b = 0; b < 10; b++) {
            if (binCount[b] > 0) {
                System.out.printf(Locale.ROOT, "  %.1f-%.1f %5d %.3f%n", b / 10.0, (b + 1) / 10.0, binCount[b],
                        binRight[b] / (double) binCount[b]);
            }
        }
    }

    private static String whyMissed(GoldToponym t, AnnotatedText text, Gazetteer gazetteer) {
        String norm = Names.normalize(t.phrase());
        String what;
        if (gazetteer.demonymCountry(norm).isPresent()) {
            what = "demonym";
        } else if (gazetteer.candidates(t.phrase()).isEmpty()) {
            what = "no-candidate";
        } else {
            what = "candidates";
        }
        boolean lower = !Character.isUpperCase(t.phrase().codePointAt(0));
        return what + (lower ? "/lowercase" : "") + "/" + nerOf(text, t.start(), t.end());
    }

    private static String wrongClass(GoldToponym t, Mention m, Gazetteer gazetteer) {
        if (m.place() == null) {
            return "unresolved";
        }
        Place nearest = null;
        double best = Double.MAX_VALUE;
        List<Place> cands = new ArrayList<>(gazetteer.candidates(m.toponym().surface()));
        if (m.toponym().kind() == Toponym.Kind.DEMONYM) {
            cands.add(m.place());
        }
        for (Place c : cands) {
            double km = GreatCircle.distanceKm(t.latitude(), t.longitude(), c.latitude(), c.longitude());
            if (km < best) {
                best = km;
                nearest = c;
            }
        }
        if (nearest != null && best <= KM) {
            return "lost-to-" + kind(m.place()) + "(right:" + kind(nearest) + ")";
        }
        return "no-candidate-near-gold(" + kind(m.place()) + ")";
    }

    private static String kind(Place p) {
        if (p.isCountry()) {
            return "country";
        }
        if (p.isAdmin1()) {
            return "admin1";
        }
        if (p.isContinentOrRegion()) {
            return "region";
        }
        return p.featureClass();
    }

    private static String describe(Place p) {
        if (p == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%s[%d %s %s.%s pop %d (%.2f,%.2f)]", p.name(), p.geonameid(), p.featureCode(),
                p.countryCode(), p.admin1(), p.population(), p.latitude(), p.longitude());
    }

    /** The NER tags of the tokens under a code point span (this corpus has no characters outside the BMP). */
    private static String nerOf(AnnotatedText text, int start, int end) {
        List<String> tags = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Token tok : s.tokens()) {
                int b = text.codePointOffset(tok.begin());
                int e = text.codePointOffset(tok.end());
                if (b < end && start < e) {
                    tags.add(tok.ner().substring(0, Math.min(3, tok.ner().length())));
                }
            }
        }
        return tags.stream().distinct().collect(Collectors.joining(","));
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 50);
        int to = Math.min(text.length(), end + 50);
        return (text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to))
                .replace('\n', ' ');
    }

    private static String top(Map<String, Integer> counts, int n) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return total + " " + counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n).map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", ", "[", "]"));
    }
}
