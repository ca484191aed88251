package org.waymark.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waymark.eval.GeoparsingEvaluator;
import org.waymark.eval.GoldCorpus;
import org.waymark.eval.GoldDocument;
import org.waymark.eval.GoldToponym;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.geography.GreatCircle;
import org.waymark.nlp.AnnotatedText;
import org.waymark.nlp.NlpPipeline;
import org.waymark.recognize.ToponymRecognizer;

/**
 * Dev tool, not a test: fits the confidence calibration on gold corpora and compares it with the bundled one.
 * Every resolved mention that overlaps a gold toponym with coordinates is an example: right when the chosen place
 * is within 161 km of the gold point, described by its {@link Choice} (sole candidate, lead over the runner-up, kind
 * of place). A logistic model of those is fitted by Newton's method; choices found under a guessed spelling are
 * left out (they keep a fixed share of the confidence). Prints the log-loss, Brier score and reliability of the
 * bundled and the fitted model; {@code --write} writes the fitted model, with the resolver's scorers and weights,
 * to {@code src/main/resources/org/waymark/resolve/calibration.json}.
 *
 * <pre>mvn -o -q package -DskipTests
 * java -cp target/waymark.jar:target/test-classes org.waymark.resolve.CalibrationFit \
 *     ../shared/corpora/dev/GeoVirus.xml ../shared/corpora/dev/TR-News.xml [--gazetteer INDEX] [--write]</pre>
 *
 * The confidences flow into the movements' confidence and the places' mean confidence: a new fit changes those
 * columns, so it is committed with the change of scorers or weights that called for it.
 */
public final class CalibrationFit {
    private static final double KM = 161;
    private static final List<String> KINDS = List.copyOf(Calibration.KINDS.keySet());
    private static final Path ARTEFACT = Path.of("src/main/resources/org/waymark/resolve", Calibration.RESOURCE);

    private CalibrationFit() {
    }

    /** One resolved gold toponym. */
    record Example(Choice choice, boolean right) {
    }

    public static void main(String[] args) throws IOException {
        List<Path> corpora = new ArrayList<>();
        Gazetteer gazetteer = null;
        String gazetteerName = "embedded";
        boolean write = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--write" -> write = true;
                case "--gazetteer" -> {
                    gazetteerName = args[++i];
                    gazetteer = GeoNamesIndex.load(Path.of(gazetteerName));
                }
                default -> corpora.add(Path.of(args[i]));
            }
        }
        gazetteer = gazetteer == null ? GeoNamesIndex.embedded() : gazetteer;
        List<Example> examples = examples(corpora, gazetteer);
        double[] beta = fit(examples);
        Calibration bundled = Calibration.bundled();
        Calibration fitted = model(beta);
        System.out.printf(Locale.ROOT, "%d examples (%s, %s gazetteer)%n", examples.size(),
                corpora.stream().map(p -> p.getFileName().toString()).toList(), gazetteerName);
        report("bundled", bundled, examples);
        report("fitted", fitted, examples);
        System.out.printf(Locale.ROOT, "fitted: intercept %.2f, sole %.2f, lead %.2f, kinds %s%n", fitted.intercept(),
                fitted.sole(), fitted.lead(), fitted.kinds());
        if (write) {
            write(fitted, String.format(Locale.ROOT, "%s, %s gazetteer, %d resolved gold toponyms",
                    String.join(" and ", corpora.stream().map(p -> p.getFileName().toString()).toList()),
                    gazetteerName, examples.size()));
            System.out.println("wrote " + ARTEFACT);
        }
    }

    static List<Example> examples(List<Path> corpora, Gazetteer gazetteer) {
        NlpPipeline nlp = NlpPipeline.load();
        ToponymRecognizer recognizer = new ToponymRecognizer(gazetteer);
        ToponymResolver resolver = new ToponymResolver(gazetteer);
        List<Example> examples = new ArrayList<>();
        for (Path corpus : corpora) {
            for (GoldDocument doc : GoldCorpus.read(corpus).documents()) {
                AnnotatedText text = nlp.annotate(doc.text());
                List<ToponymResolver.Resolution> resolved = resolver.resolutions(text, recognizer.recognize(text));
                int[] pairOf = GeoparsingEvaluator.overlapPairs(doc,
                        resolved.stream().map(ToponymResolver.Resolution::mention).toList());
                for (int g = 0; g < pairOf.length; g++) {
                    GoldToponym t = doc.toponyms().get(g);
                    if (pairOf[g] < 0 || !t.hasCoordinates() || resolved.get(pairOf[g]).choice() == null) {
                        continue;
                    }
                    ToponymResolver.Resolution r = resolved.get(pairOf[g]);
                    double km = GreatCircle.distanceKm(t.latitude(), t.longitude(), r.mention().place().latitude(),
                            r.mention().place().longitude());
                    examples.add(new Example(r.choice(), km <= KM));
                }
            }
        }
        return examples;
    }

    /** The model's inputs: 1, sole, lead (capped at 1) when not sole, one column per kind. */
    private static double[] features(Choice c) {
        double[] x = new double[3 + KINDS.size()];
        x[0] = 1;
        x[1] = c.sole() ? 1 : 0;
        x[2] = c.sole() ? 0 : Math.min(1, c.lead());
        int kind = KINDS.indexOf(Calibration.kind(c.place()));
        if (kind >= 0) {
            x[3 + kind] = 1;
        }
        return x;
    }

    /** Logistic regression by Newton's method, with a slight ridge so that a kind with few examples stays finite. */
    static double[] fit(List<Example> examples) {
        int k = 3 + KINDS.size();
        double[] beta = new double[k];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (Example e : examples) {
                if (e.choice().approximate()) {
                    continue;
                }
                double[] x = features(e.choice());
                double p = 1 / (1 + Math.exp(-dot(beta, x)));
                for (int i = 0; i < k; i++) {
                    gradient[i] += (p - (e.right() ? 1 : 0)) * x[i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                gradient[i] += 1e-3 * beta[i];
                hessian[i][i] += 1e-3;
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < k; i++) {
                beta[i] -= step[i];
                size = Math.max(size, Math.abs(step[i]));
            }
            if (size < 1e-9) {
                break;
            }
        }
        return beta;
    }

    private static Calibration model(double[] beta) {
        Map<String, Double> kinds = new LinkedHashMap<>();
        for (int i = 0; i < KINDS.size(); i++) {
            kinds.put(KINDS.get(i), round(beta[3 + i]));
        }
        ScorerChain chain = new ScorerChain(Weights.DEFAULT, p -> p.population());
        Map<String, Double> weights = new LinkedHashMap<>();
        Weights.DEFAULT.table().forEach((name, value) -> weights.put(name, value.doubleValue()));
        return new Calibration(chain.names(), weights, round(beta[0]), round(beta[1]), round(beta[2]), 1.0, kinds,
                Calibration.bundled().approximate());
    }

    private static void report(String name, Calibration c, List<Example> examples) {
        double logLoss = 0;
        double brier = 0;
        int[] count = new int[10];
        int[] right = new int[10];
        for (Example e : examples) {
            double p = Math.min(0.999, Math.max(0.001, c.confidence(e.choice())));
            int y = e.right() ? 1 : 0;
            logLoss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
            brier += (p - y) * (p - y);
            int bin = Math.min(9, (int) (p * 10));
            count[bin]++;
            right[bin] += y;
        }
        StringBuilder bins = new StringBuilder();
        for (int b = 0; b < 10; b++) {
            if (count[b] > 0) {
                bins.append(String.format(Locale.ROOT, " %.1f-%.1f: %d, %.3f;", b / 10.0, (b + 1) / 10.0, count[b],
                        right[b] / (double) count[b]));
            }
        }
        System.out.printf(Locale.ROOT, "%-8s log-loss %.4f  Brier %.4f  reliability (bin: n, right):%s%n", name,
                logLoss / examples.size(), brier / examples.size(), bins);
    }

    private static void write(Calibration c, String fittedOn) throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("intercept", c.intercept());
        model.put("sole", c.sole());
        model.put("lead", c.lead());
        model.put("leadCap", c.leadCap());
        model.put("kinds", c.kinds());
        model.put("approximate", c.approximate());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("about", new ObjectMapper().readTree(Files.readString(ARTEFACT)).get("about").asText());
        root.put("fitted", fittedOn);
        root.put("scorers", c.scorers());
        root.put("weights", Weights.DEFAULT.table());
        root.put("model", model);
        Files.writeString(ARTEFACT, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(root) + "\n");
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting: a x = b. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                pivot = Math.abs(m[r][col]) > Math.abs(m[pivot][col]) ? r : pivot;
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
