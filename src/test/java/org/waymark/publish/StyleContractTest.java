package org.waymark.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.waymark.output.Column;
import org.waymark.output.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The styles draw the layers of the schema ({@link Layer}): every attribute they read exists in their layer,
 * every value they tell apart is one the pipeline writes, and each such value has its own symbol.
 */
class StyleContractTest {

    private static final String SLD_NS = "http://www.opengis.net/sld";
    private static final String OGC_NS = "http://www.opengis.net/ogc";
    private static final Pattern QUOTED_FIELD = Pattern.compile("\"([^\"]+)\"");
    private static final Map<LayerStyle, String> QGIS_RENDERER = Map.of(
            LayerStyle.PLACES, "singleSymbol", LayerStyle.MENTIONS, "categorizedSymbol",
            LayerStyle.MOVEMENTS, "categorizedSymbol", LayerStyle.FLOWS, "singleSymbol");

    @ParameterizedTest
    @EnumSource(LayerStyle.class)
    void sldNamesItsLayerAndStyleAndReadsOnlyContractAttributes(LayerStyle layer) throws Exception {
        Document sld = parse(layer.sld());
        assertEquals(layer.layerName(), childText(sld.getDocumentElement(), SLD_NS, "NamedLayer", "Name"));
        assertEquals(layer.styleName(), childText(sld.getDocumentElement(), SLD_NS, "UserStyle", "Name"));

        Set<String> read = texts(sld, OGC_NS, "PropertyName");
        Set<String> allowed = new HashSet<>(columns(layer));
        allowed.add(Layer.GEOMETRY);
        assertTrue(allowed.containsAll(read), layer + " SLD reads " + read + ", layer has " + allowed);
        assertFalse(read.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(LayerStyle.class)
    void sldRulesCoverExactlyTheValuesOfTheColumnTheyDistinguish(LayerStyle layer) throws Exception {
        Document sld = parse(layer.sld());
        NodeList comparisons = sld.getElementsByTagNameNS(OGC_NS, "PropertyIsEqualTo");
        Map<String, Set<String>> compared = new java.util.TreeMap<>();
        for (int i = 0; i < comparisons.getLength(); i++) {
            Element comparison = (Element) comparisons.item(i);
            String column = text(comparison, OGC_NS, "PropertyName");
            String value = text(comparison, OGC_NS, "Literal");
            compared.computeIfAbsent(column, c -> new TreeSet<>()).add(value);
        }
        for (Map.Entry<String, Set<String>> column : compared.entrySet()) {
            assertEquals(values(layer, column.getKey()), column.getValue(), layer + " rules on " + column.getKey());
        }
        Set<String> expectedColumns = switch (layer) {
            case MENTIONS -> Set.of("kind");
            case MOVEMENTS -> Set.of("status");
            default -> Set.of();
        };
        assertEquals(expectedColumns, compared.keySet());
    }

    @ParameterizedTest
    @EnumSource(LayerStyle.class)
    void qmlIsAQgis322StyleReadingOnlyContractAttributes(LayerStyle layer) throws Exception {
        Document qml = parse(layer.qml());
        Element root = qml.getDocumentElement();
        assertEquals("qgis", root.getTagName());
        assertTrue(root.getAttribute("version").startsWith("3.22."), root.getAttribute("version"));
        assertEquals("AllStyleCategories", root.getAttribute("styleCategories"));

        Element renderer = single(qml, "renderer-v2");
        assertEquals(QGIS_RENDERER.get(layer), renderer.getAttribute("type"));

        List<String> fields = columns(layer);
        Set<String> read = new TreeSet<>();
        if (!renderer.getAttribute("attr").isEmpty()) {
            read.add(renderer.getAttribute("attr"));
        }
        NodeList options = qml.getElementsByTagName("Option");
        for (int i = 0; i < options.getLength(); i++) {
            Element option = (Element) options.item(i);
            String value = option.getAttribute("value");
            if (option.getAttribute("name").equals("expression")) {
                read.addAll(quotedFields(value));
            } else if (option.getAttribute("name").equals("field") && !value.isEmpty()) {
                read.add(value);
            }
        }
        NodeList orderBy = qml.getElementsByTagName("orderByClause");
        for (int i = 0; i < orderBy.getLength(); i++) {
            read.addAll(quotedFields(orderBy.item(i).getTextContent()));
        }
        NodeList labels = qml.getElementsByTagName("text-style");
        for (int i = 0; i < labels.getLength(); i++) {
            String field = ((Element) labels.item(i)).getAttribute("fieldName");
            if (!field.isEmpty()) {
                read.add(field);
            }
        }
        assertFalse(read.isEmpty(), layer + " QML reads no attribute at all");
        assertTrue(fields.containsAll(read), layer + " QML reads " + read + ", layer has " + fields);
    }

    @ParameterizedTest
    @EnumSource(LayerStyle.class)
    void qmlCategoriesAreTheColumnsValuesPlusACatchAll(LayerStyle layer) throws Exception {
        Document qml = parse(layer.qml());
        Element renderer = single(qml, "renderer-v2");
        if (!renderer.getAttribute("type").equals("categorizedSymbol")) {
            return;
        }
        Set<String> values = new TreeSet<>();
        NodeList categories = renderer.getElementsByTagName("category");
        for (int i = 0; i < categories.getLength(); i++) {
            values.add(((Element) categories.item(i)).getAttribute("value"));
        }
        Set<String> expected = values(layer, renderer.getAttribute("attr"));
        if (layer == LayerStyle.MENTIONS) {
            expected.add(""); // QGIS' "all other values" category
        }
        assertEquals(expected, values);
    }

    @Test
    void everyStyledLayerIsFoundByItsTableName() {
        for (LayerStyle layer : LayerStyle.values()) {
            assertEquals(Optional.of(layer), LayerStyle.forLayer(layer.layerName()));
        }
        assertEquals(Optional.empty(), LayerStyle.forLayer("documents"));
    }

    private static List<String> columns(LayerStyle style) {
        return style.layer().columns().stream().map(Column::name).toList();
    }

    /** All the values the schema says the pipeline writes into an enumerated column. */
    private static Set<String> values(LayerStyle style, String column) {
        Column c = style.layer().column(column).orElseThrow(() -> new AssertionError(style + " has no " + column));
        assertTrue(c.enumerated(), style + "." + column + " is not an enumerated column");
        return new TreeSet<>(c.values());
    }

    private static Set<String> quotedFields(String expression) {
        Set<String> fields = new TreeSet<>();
        Matcher m = QUOTED_FIELD.matcher(expression);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    private static Element single(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        assertEquals(1, nodes.getLength(), tag);
        return (Element) nodes.item(0);
    }

    private static String childText(Element root, String ns, String parent, String child) {
        Element element = (Element) root.getElementsByTagNameNS(ns, parent).item(0);
        return text(element, ns, child);
    }

    /** Text of the first {@code name} child element of {@code parent}. */
    private static String text(Element parent, String ns, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && name.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static Set<String> texts(Document document, String ns, String name) {
        Set<String> texts = new TreeSet<>();
        NodeList nodes = document.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        // QML starts with <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' ...>: never fetch it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
