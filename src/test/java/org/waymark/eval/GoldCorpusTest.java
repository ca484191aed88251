package org.waymark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorpusTest {

    @TempDir
    Path dir;

    /** UTF-16 index of a phrase, as the XML corpora count. */
    private static int charAt(String text, String phrase) {
        int i = text.indexOf(phrase);
        assertTrue(i >= 0, phrase);
        return i;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsLglWithCdataConvertsToCodePointsAndRealignsDriftedOffsets() throws IOException {
        // a character outside the BMP before the toponyms: 2 UTF-16 chars, 1 code point
        String text = "\uD83D\uDE81 Troops <left> Paris & went to Bonn,\n  then Ulm.";
        int paris = charAt(text, "Paris"), bonn = charAt(text, "Bonn"), ulm = charAt(text, "Ulm");
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <articles>
                  <article docid="77">
                    <title>t</title>
                    <text><![CDATA[%s]]></text>
                    <toponyms>
                      <toponym><phrase>Paris</phrase><start>%d</start><end>%d</end>
                        <gaztag geonameid="2988507"><name>Paris</name><lat>48.85</lat><lon>2.35</lon></gaztag></toponym>
                      <toponym><phrase>Bonn</phrase><start>%d</start><end>%d</end>
                        <gaztag geonameid="2946447"><lat>50.73</lat><lon>7.1</lon></gaztag></toponym>
                      <toponym><phrase>Ulm</phrase><start>%d</start><end>%d</end></toponym>
                    </toponyms>
                  </article>
                </articles>
                """.formatted(text, paris, paris + 5, bonn - 3, bonn + 1, ulm, ulm + 3);
        GoldCorpus corpus = GoldCorpus.read(write("lgl.xml", xml));

        assertEquals(GoldCorpus.Format.LGL_XML, corpus.format());
        GoldDocument doc = corpus.documents().get(0);
        assertEquals("77", doc.id());
        assertEquals(text, doc.text(), "CDATA content is the text, untrimmed");
        List<GoldToponym> t = doc.toponyms();
        assertEquals(3, t.size());
        assertEquals(paris - 1, t.get(0).start(), "code point offset: the helicopter counts once");
        assertEquals(2988507L, t.get(0).geonameid());
        assertEquals(48.85, t.get(0).latitude());
        assertEquals("Bonn", doc.document().slice(t.get(1).start(), t.get(1).end()), "drifted span realigned");
        assertEquals("Ulm", doc.document().slice(t.get(2).start(), t.get(2).end()));
        assertNull(t.get(2).geonameid(), "no gaztag: kept for recognition");
        assertTrue(!t.get(2).hasCoordinates());
        assertEquals(new OffsetCheck(3, 2, 1, 0, 0), corpus.offsets());
    }

    @Test
    void realignsToAWholeWordOnlyAndKeepsWhatItCannotFind() throws IOException {
        String text = "Flights to USA, then US.";
        int us = text.lastIndexOf("US");
        String xml = """
                <articles><article docid="1"><text>%s</text><toponyms>
                <toponym><phrase>US</phrase><start>%d</start><end>%d</end></toponym>
                <toponym><phrase>Oslo</phrase><start>0</start><end>4</end></toponym>
                </toponyms></article></articles>""".formatted(text, us - 8, us - 6);
        GoldCorpus corpus = GoldCorpus.read(write("us.xml", xml));
        List<GoldToponym> t = corpus.documents().get(0).toponyms();
        assertEquals(us, t.get(0).start(), "the nearer 'US' inside 'USA' is passed over");
        assertEquals(0, t.get(1).start(), "not found: offsets kept as given");
        assertEquals(new OffsetCheck(2, 0, 1, 1, 0), corpus.offsets());
    }

    @Test
    void readsGeoVirusTakingOneOffItsOffsets() throws IOException {
        String text = "Cases in Pandi, Bulacan rose.";
        int pandi = charAt(text, "Pandi"), bulacan = charAt(text, "Bulacan");
        String xml = """
                <articles>
                    <article>
                        <source>https://example.org/a</source>
                        <text>%s</text>
                        <locations>
                            <location><name>Pandi</name><start>%d</start><end>%d</end><lat>14.87</lat><lon>120.95</lon><page>p</page></location>
                            <!--<location><name></name></location>-->
                            <location><name>Bulacan</name><start>%d</start><end>%d</end><lat>15</lat><lon>121.08</lon></location>
                        </locations>
                    </article>
                    <article><source/><text>Nothing here.</text><locations/></article>
                </articles>
                """.formatted(text, pandi + 1, pandi + 6, bulacan + 1, bulacan + 8);
        GoldCorpus corpus = GoldCorpus.read(write("GeoVirus.xml", xml));

        assertEquals(GoldCorpus.Format.GEOVIRUS_XML, corpus.format());
        assertEquals(List.of("GeoVirus-1", "GeoVirus-2"), corpus.documents().stream().map(GoldDocument::id).toList());
        GoldToponym first = corpus.documents().get(0).toponyms().get(0);
        assertEquals(pandi, first.start());
        assertEquals(pandi + 5, first.end());
        assertNull(first.geonameid());
        assertEquals(15.0, corpus.documents().get(0).toponyms().get(1).latitude());
        assertEquals(new OffsetCheck(2, 2, 0, 0, 0), corpus.offsets(), "all agree once corrected");
        assertEquals(0, corpus.documents().get(1).toponyms().size());
    }

    @Test
    void readsJsonLinesWithCodePointOffsets() throws IOException {
        String text = "\uD835\uDC0D: Aid reached Kano.";
        int kano = text.codePointCount(0, text.indexOf("Kano"));
        String jsonl = """
                {"id": "j1", "text": "%s", "toponyms": [{"start": %d, "end": %d, "geonameid": 2335204, "lat": 12.0, "lon": 8.5}]}

                {"id": 2, "text": "Rain.", "toponyms": [{"start": 0, "end": 4, "phrase": "Rain", "lat": null, "lon": null}]}
                """.formatted(text, kano, kano + 4);
        GoldCorpus corpus = GoldCorpus.read(write("gold.jsonl", jsonl));

        assertEquals(GoldCorpus.Format.JSONL, corpus.format());
        assertEquals(2, corpus.documents().size());
        GoldToponym t = corpus.documents().get(0).toponyms().get(0);
        assertEquals("Kano", t.phrase(), "phrase taken from the text by code points");
        assertEquals(2335204L, t.geonameid());
        assertEquals("2", corpus.documents().get(1).id());
        assertTrue(!corpus.documents().get(1).toponyms().get(0).hasCoordinates());
        assertEquals(new OffsetCheck(2, 1, 0, 0, 1), corpus.offsets());
    }

    @Test
    void badInputFailsWithAMessageThatSaysWhy() throws IOException {
        assertMessage("unknown gold format", write("a.txt", "id\ttext\n"));
        assertMessage("is empty", write("e.xml", "  \n"));
        assertMessage("MovelinkEvaluator", write("s.xml", "<SpaceEvalTaskv1.2><TEXT/></SpaceEvalTaskv1.2>"));
        assertMessage("not well-formed XML (line 1", write("b.xml", "<articles><article></articles>"));
        assertMessage("either <toponyms> (LGL/TR-News) or <locations>",
                write("n.xml", "<articles><article><text>x</text></article></articles>"));
        assertMessage("line 2 is not a JSON object", write("j.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{oops\n"));
        assertMessage("\"text\" (a string) is missing", write("k.jsonl", "{\"id\":\"a\"}\n"));
        assertMessage("is not a span of the text",
                write("r.jsonl", "{\"id\":\"a\",\"text\":\"abc\",\"toponyms\":[{\"start\":1,\"end\":9}]}\n"));
        assertMessage("outside its text", write("o.xml", "<articles><article docid=\"9\"><text>abc</text><toponyms>"
                + "<toponym><phrase>xyz</phrase><start>2</start><end>40</end></toponym></toponyms></article></articles>"));
        assertMessage("<start> is not an integer", write("i.xml", "<articles><article docid=\"9\"><text>abc</text>"
                + "<toponyms><toponym><phrase>a</phrase><start>x</start><end>1</end></toponym></toponyms></article></articles>"));
    }

    private static void assertMessage(String expected, Path file) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldCorpus.read(file));
        assertTrue(e.getMessage().contains(expected), () -> "message: " + e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), () -> "names the file: " + e.getMessage());
    }
}
