/**
 * Evaluation against gold corpora, for {@code waymark eval}.
 *
 * <p>Toponyms: {@link org.waymark.eval.GoldCorpus#read} reads LGL/TR-News XML, GeoVirus XML or JSON Lines
 * (told apart by content) into {@link org.waymark.eval.GoldDocument}s with code point offsets;
 * {@link org.waymark.eval.GeoparsingEvaluator#evaluate} runs a system ({@code Function<Document, List<Mention>>})
 * on them and returns an {@link org.waymark.eval.EvaluationReport} (table or JSON).
 *
 * <p>Movements: {@link org.waymark.eval.MovelinkEvaluator#evaluate} reads SpaceEval 2015 files
 * ({@link org.waymark.eval.MovelinkCorpus}) and scores a system's ({@code Function<Document, List<Movement>>})
 * origins and destinations against MOVELINK sources and goals, in a {@link org.waymark.eval.MovelinkReport}.
 * Both reports are a {@link org.waymark.eval.Report}: scores per document, a table and JSON.
 *
 * <pre>{@code
 * GoldCorpus gold = GoldCorpus.read(Path.of("TR-News.xml"));
 * EvaluationReport report = GeoparsingEvaluator.evaluate(gold.documents(), doc -> pipeline.mentions(doc));
 * System.out.print(report.toTable());
 * report.writeJson(Path.of("eval.json"));
 * }</pre>
 */
package org.waymark.eval;
