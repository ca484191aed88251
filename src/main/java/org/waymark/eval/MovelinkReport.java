package org.waymark.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The outcome of {@link MovelinkEvaluator}: per-document scores in input order and their pooled totals. */
public final class MovelinkReport extends Report<MovelinkScore> {

    private final PrecisionRecall source;
    private final PrecisionRecall goal;

    public MovelinkReport(List<MovelinkScore> documentScores) {
        super(documentScores);
        PrecisionRecall s = PrecisionRecall.NONE, g = PrecisionRecall.NONE;
        for (MovelinkScore d : documentScores()) {
            s = s.plus(d.source());
            g = g.plus(d.goal());
        }
        this.source = s;
        this.goal = g;
    }

    public int links() {
        return documentScores().stream().mapToInt(MovelinkScore::links).sum();
    }

    public int movements() {
        return documentScores().stream().mapToInt(MovelinkScore::movements).sum();
    }

    public PrecisionRecall source() {
        return source;
    }

    public PrecisionRecall goal() {
        return goal;
    }

    /** Every end the system gives against every scorable end gold has. */
    public PrecisionRecall combined() {
        return source.plus(goal);
    }

    @Override
    public String toTable() {
        return new ReportTable()
                .line("MOVELINK: %d documents, %d gold links, %d system movements", documents(), links(), movements())
                .precisionRecallHeader("End", 12)
                .precisionRecall("  source", source)
                .precisionRecall("  goal", goal)
                .precisionRecall("  combined", combined())
                .toString();
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.put("documents", documents());
        root.put("links", links());
        root.put("movements", movements());
        root.set("source", ReportJson.precisionRecall(source));
        root.set("goal", ReportJson.precisionRecall(goal));
        root.set("combined", ReportJson.precisionRecall(combined()));
        ArrayNode perDocument = root.putArray("perDocument");
        for (MovelinkScore d : documentScores()) {
            ObjectNode n = perDocument.addObject();
            n.put("id", d.id());
            n.put("links", d.links());
            n.put("movements", d.movements());
            n.set("source", ReportJson.precisionRecall(d.source()));
            n.set("goal", ReportJson.precisionRecall(d.goal()));
        }
        return root;
    }
}
