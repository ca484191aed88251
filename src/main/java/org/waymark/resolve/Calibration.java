package org.waymark.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.waymark.gazetteer.Place;

/**
 * How likely a choice is within 161 km of the truth: a logistic model of how far it leads the runner-up (or that it
 * had none) and of the kind of place, fitted on the dev corpora and read from {@code calibration.json} beside this
 * class. Large areas are less often right at 161 km whatever the lead: their points differ between gazetteers
 * (GeoNames, Wikipedia), so their confidence is lower. A guessed spelling is worth a fraction of that.
 *
 * <p>The scores the lead is measured in are those of one chain of scorers with one set of weights; the artefact
 * records both ({@link #scorers}, {@link #weights}) and {@code CalibrationTest} fails when the resolver's differ,
 * until {@code CalibrationFit} is run again.
 *
 * @param scorers     the scorer names the model was fitted with, in chain order
 * @param weights     the weights table ({@link Weights#table}) it was fitted with
 * @param intercept   the log-odds of a choice with no lead
 * @param sole        added when the name had one candidate only
 * @param lead        added per unit of lead over the runner-up …
 * @param leadCap     … counted up to this lead
 * @param kinds       added for a choice of each {@link #kind} (absent: 0)
 * @param approximate the share of the confidence a choice found under a guessed spelling keeps
 */
record Calibration(List<String> scorers, Map<String, Double> weights, double intercept, double sole, double lead,
                   double leadCap, Map<String, Double> kinds, double approximate) {
    /** The resource name of the artefact, beside this class. */
    static final String RESOURCE = "calibration.json";

    private static final Calibration BUNDLED = read(Calibration.class.getResourceAsStream(RESOURCE));

    Calibration {
        scorers = List.copyOf(scorers);
        weights = Map.copyOf(weights);
        kinds = Map.copyOf(kinds);
    }

    /** The artefact in the jar. */
    static Calibration bundled() {
        return BUNDLED;
    }

    /** The confidence of a choice, 0..1 in thousandths. */
    double confidence(Choice c) {
        double z = intercept + (c.sole() ? sole : lead * Math.min(leadCap, c.lead()));
        z += kinds.getOrDefault(kind(c.place()), 0.0);
        double p = Math.round(1000 / (1 + Math.exp(-z))) / 1000.0;
        return c.approximate() ? Math.round(p * approximate * 1000) / 1000.0 : p;
    }

    /** The kinds of place the model has a term for: a place is of the first that applies ("other" if none). */
    static final Map<String, Predicate<Place>> KINDS = kindTests();

    private static Map<String, Predicate<Place>> kindTests() {
        Map<String, Predicate<Place>> kinds = new LinkedHashMap<>();
        kinds.put("country", Place::isCountry);
        kinds.put("admin1", Place::isAdmin1);
        kinds.put("region", Place::isContinentOrRegion);
        kinds.put("water", p -> p.featureClass().equals("H"));
        kinds.put("division", p -> p.featureClass().equals("A"));
        return Collections.unmodifiableMap(kinds);
    }

    static String kind(Place p) {
        return KINDS.entrySet().stream().filter(k -> k.getValue().test(p)).map(Map.Entry::getKey).findFirst()
                .orElse("other");
    }

    /**
     * What differs between the scorers and weights this was fitted with and the given ones, one line each; empty
     * when they are the same.
     */
    List<String> differencesFrom(List<String> names, Map<String, Number> table) {
        List<String> differences = new ArrayList<>();
        if (!scorers.equals(names)) {
            differences.add("scorers: fitted with " + scorers + ", the chain has " + names);
        }
        Map<String, Double> now = new LinkedHashMap<>();
        table.forEach((k, v) -> now.put(k, v.doubleValue()));
        for (String k : now.keySet()) {
            if (!Objects.equals(weights.get(k), now.get(k))) {
                differences.add("weight " + k + ": fitted with " + weights.get(k) + ", now " + now.get(k));
            }
        }
        weights.keySet().stream().filter(k -> !now.containsKey(k)).sorted()
                .forEach(k -> differences.add("weight " + k + ": fitted with " + weights.get(k) + ", now gone"));
        return differences;
    }

    static Calibration read(InputStream in) {
        Objects.requireNonNull(in, RESOURCE + " is missing: run CalibrationFit");
        try (in) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> scorers = new ArrayList<>();
            root.get("scorers").forEach(n -> scorers.add(n.asText()));
            JsonNode model = root.get("model");
            return new Calibration(scorers, numbers(root.get("weights")), model.get("intercept").asDouble(),
                    model.get("sole").asDouble(), model.get("lead").asDouble(), model.get("leadCap").asDouble(),
                    numbers(model.get("kinds")), model.get("approximate").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, Double> numbers(JsonNode object) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> numbers.put(e.getKey(), e.getValue().asDouble()));
        return numbers;
    }
}
