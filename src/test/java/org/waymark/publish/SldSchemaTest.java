package org.waymark.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Every shipped SLD validates against the SLD 1.0.0 schema, offline; broken SLDs do not. */
class SldSchemaTest {

    private static final String SLD_NS = "http://www.opengis.net/sld";
    private static final String OGC_NS = "http://www.opengis.net/ogc";

    private static Schema ogc;
    private static Schema geoServer;

    @BeforeAll
    static void loadSchemas() throws SAXException {
        ogc = SldSchemas.load(SldSchemas.Dialect.OGC);
        geoServer = SldSchemas.load(SldSchemas.Dialect.GEOSERVER);
    }

    @ParameterizedTest
    @EnumSource(LayerStyle.class)
    void validAgainstGeoServersSld10Schema(LayerStyle layer) throws Exception {
        assertEquals(List.of(), SldSchemas.problems(geoServer, layer.sld()), layer.layerName() + ".sld");
    }

    /**
     * The OGC schema allows only a property name inside sld:Geometry; the arrow heads need GeoServer's
     * endPoint(geom) there. Everything else must be plain OGC SLD 1.0: with those geometry functions put
     * back to the plain geometry property, each SLD validates against the OGC schema itself.
     */
    @ParameterizedTest
    @EnumSource(LayerStyle.class)
    void validAgainstOgcSld10SchemaApartFromGeometryFunctions(LayerStyle layer) throws Exception {
        String sld = layer.sld();
        int geometryFunctions = geometryFunctions(sld);
        boolean arrows = layer == LayerStyle.MOVEMENTS || layer == LayerStyle.FLOWS;
        assertEquals(arrows, geometryFunctions > 0, layer + " geometry functions: " + geometryFunctions);

        List<String> asShipped = SldSchemas.problems(ogc, sld);
        if (!arrows) {
            assertEquals(List.of(), asShipped, layer.layerName() + ".sld");
            return;
        }
        assertFalse(asShipped.isEmpty(), "the OGC schema should reject ogc:Function in sld:Geometry");
        // each complaint is about an ogc:Function where only ogc:PropertyName may stand
        assertTrue(asShipped.stream().allMatch(p -> p.contains(OGC_NS + "\":Function}") && p.contains("PropertyName")),
                String.join("\n", asShipped));
        assertEquals(geometryFunctions, asShipped.size(), String.join("\n", asShipped));
        assertEquals(List.of(), SldSchemas.problems(ogc, withPlainGeometry(sld)), layer.layerName() + ".sld");
    }

    /** One mistake each, of the kinds that are easy to make when editing SLD by hand. */
    @ParameterizedTest
    @EnumSource(SldSchemas.Dialect.class)
    void brokenSldsFail(SldSchemas.Dialect dialect) throws Exception {
        Schema schema = dialect == SldSchemas.Dialect.OGC ? ogc : geoServer;
        String places = LayerStyle.PLACES.sld();
        Map<String, String> broken = Map.of(
                "SLD 1.1 SvgParameter in an SLD 1.0 document",
                places.replace("CssParameter", "SvgParameter"),
                "Stroke before Fill in a Mark",
                places.replaceFirst("(?s)(<Fill>.*?</Fill>)(\\s*)(<Stroke>.*?</Stroke>)", "$3$2$1"),
                "misspelt filter operator",
                LayerStyle.MENTIONS.sld().replace("ogc:PropertyIsEqualTo", "ogc:PropertyIsEqual"),
                "wrong SLD version",
                places.replace("version=\"1.0.0\"", "version=\"1.1.0\""),
                "not well-formed",
                places.replace("</Rule>", "</Rul>"),
                "symbolizer outside a rule",
                places.replace("<Rule>", "").replace("</Rule>", ""));
        for (Map.Entry<String, String> mistake : broken.entrySet()) {
            assertNotEquals(places, mistake.getValue(), "mutation had no effect: " + mistake.getKey());
            assertFalse(SldSchemas.problems(schema, mistake.getValue()).isEmpty(), mistake.getKey());
        }
    }

    @Test
    void schemaLocationsThatAreNotAvailableOfflineFail(@TempDir Path dir) throws Exception {
        Path xsd = dir.resolve("remote.xsd");
        Files.writeString(xsd, """
                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test">
                  <xsd:import namespace="urn:elsewhere" schemaLocation="http://example.org/elsewhere.xsd"/>
                </xsd:schema>
                """);
        Exception e = assertThrows(Exception.class, () -> SldSchemas.load(xsd.toUri().toURL()));
        Throwable cause = e;
        while (cause.getCause() != null && !String.valueOf(cause.getMessage()).contains("offline")) {
            cause = cause.getCause();
        }
        assertTrue(String.valueOf(cause.getMessage()).contains("not available offline"), String.valueOf(e));
    }

    private static int geometryFunctions(String sld) throws Exception {
        NodeList geometries = parse(sld).getElementsByTagNameNS(SLD_NS, "Geometry");
        int functions = 0;
        for (int i = 0; i < geometries.getLength(); i++) {
            functions += ((Element) geometries.item(i)).getElementsByTagNameNS(OGC_NS, "Function").getLength() > 0 ? 1 : 0;
        }
        return functions;
    }

    /** The SLD with each sld:Geometry reduced to the plain {@code geom} property. */
    private static String withPlainGeometry(String sld) throws Exception {
        Document document = parse(sld);
        NodeList geometries = document.getElementsByTagNameNS(SLD_NS, "Geometry");
        for (int i = 0; i < geometries.getLength(); i++) {
            Element geometry = (Element) geometries.item(i);
            while (geometry.getFirstChild() != null) {
                geometry.removeChild(geometry.getFirstChild());
            }
            Element property = document.createElementNS(OGC_NS, "ogc:PropertyName");
            property.setTextContent(org.waymark.output.Layer.GEOMETRY);
            geometry.appendChild(property);
        }
        StringWriter out = new StringWriter();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
