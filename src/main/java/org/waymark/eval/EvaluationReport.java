package org.waymark.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The outcome of {@link GeoparsingEvaluator}: per-document scores in input order and their micro-averaged
 * totals (counts summed over documents, errors pooled).
 */
public final class EvaluationReport extends Report<DocumentScore> {

    private final PrecisionRecall exact;
    private final PrecisionRecall overlap;
    private final ResolutionScore resolution;

    public EvaluationReport(List<DocumentScore> documentScores) {
        super(documentScores);
        PrecisionRecall e = PrecisionRecall.NONE, o = PrecisionRecall.NONE;
        List<Double> errors = new java.util.ArrayList<>();
        int unresolved = 0;
        for (DocumentScore d : documentScores()) {
            e = e.plus(d.exact());
            o = o.plus(d.overlap());
            errors.addAll(d.resolution().errorsKm());
            unresolved += d.resolution().unresolved();
        }
        this.exact = e;
        this.overlap = o;
        this.resolution = new ResolutionScore(errors, unresolved);
    }

    public int goldToponyms() {
        return overlap.gold();
    }

    public int systemMentions() {
        return overlap.system();
    }

    /** Gold toponyms matched by an overlapping mention. */
    public int matched() {
        return overlap.matched();
    }

    /** Recognition with equal spans. */
    public PrecisionRecall exact() {
        return exact;
    }

    /** Recognition with overlapping spans. */
    public PrecisionRecall overlap() {
        return overlap;
    }

    public ResolutionScore resolution() {
        return resolution;
    }

    /**
     * Overlap recall × Acc@161: roughly the share of gold toponyms both found and placed within 161 km
     * (0 when no pair could be scored).
     */
    public double endToEnd() {
        return resolution.count() == 0 ? 0 : overlap.recall() * resolution.accuracyAt161();
    }

    @Override
    public String toTable() {
        return new ReportTable()
                .line("Geoparsing: %d documents, %d gold toponyms, %d system mentions, %d matched (overlap)",
                        documents(), goldToponyms(), systemMentions(), matched())
                .precisionRecallHeader("Recognition", 22)
                .precisionRecall("  exact span", exact)
                .precisionRecall("  overlapping span", overlap)
                .line("Resolution over %d matched gold toponyms with coordinates (%d unresolved, counted as %.0f km)",
                        resolution.count(), resolution.unresolved(), ResolutionScore.MAX_ERROR_KM)
                .measure("  Acc@161 km", resolution.accuracyAt161(), "%8.3f")
                .measure("  mean error km", resolution.meanKm(), "%8.1f")
                .measure("  median error km", resolution.medianKm(), "%8.1f")
                .measure("  AUC (lower is better)", resolution.auc(), "%8.3f")
                .measure("End-to-end (overlap recall x Acc@161)", endToEnd(), "%8.3f")
                .toString();
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.put("documents", documents());
        root.put("goldToponyms", goldToponyms());
        root.put("systemMentions", systemMentions());
        root.put("matched", matched());
        ObjectNode recognition = root.putObject("recognition");
        recognition.set("exact", ReportJson.precisionRecall(exact));
        recognition.set("overlap", ReportJson.precisionRecall(overlap));
        root.set("resolution", resolution(resolution));
        ReportJson.put(root, "endToEnd", endToEnd());
        ArrayNode perDocument = root.putArray("perDocument");
        for (DocumentScore d : documentScores()) {
            ObjectNode n = perDocument.addObject();
            n.put("id", d.id());
            n.put("gold", d.overlap().gold());
            n.put("system", d.overlap().system());
            n.put("exactMatched", d.exact().matched());
            n.put("overlapMatched", d.overlap().matched());
            n.put("unresolved", d.resolution().unresolved());
            ArrayNode errors = n.putArray("errorsKm");
            d.resolution().errorsKm().forEach(errors::add);
        }
        return root;
    }

    private static ObjectNode resolution(ResolutionScore r) {
        ObjectNode n = ReportJson.MAPPER.createObjectNode();
        n.put("pairs", r.count());
        n.put("unresolved", r.unresolved());
        ReportJson.put(n, "accuracyAt161", r.accuracyAt161());
        ReportJson.put(n, "meanErrorKm", r.meanKm());
        ReportJson.put(n, "medianErrorKm", r.medianKm());
        ReportJson.put(n, "auc", r.auc());
        return n;
    }
}
