package org.waymark.output;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A QGIS layer style as a {@code .qml} document holds it ({@code <qgis>} root with {@code renderer-v2},
 * {@code labeling}, …), ready to be embedded in a project's {@code maplayer} element, where QGIS keeps the same
 * attributes and children.
 */
final class QmlStyle {

    private final Element root;

    private QmlStyle(Element root) {
        this.root = root;
    }

    /**
     * Parses QML text. The DOCTYPE that QGIS writes names a DTD that is never fetched.
     *
     * @param origin where the text comes from, for the error message
     * @throws QgisProjectException when the text is not XML or its root is not {@code <qgis>}
     */
    static QmlStyle parse(String qml, String origin) {
        Document doc;
        try {
            doc = parser().parse(new InputSource(new StringReader(qml)));
        } catch (SAXException | IOException e) {
            throw new QgisProjectException("The QGIS style " + origin + " is not valid XML: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"qgis".equals(root.getTagName())) {
            throw new QgisProjectException("The QGIS style " + origin + " is no QML document: its root element is <"
                    + root.getTagName() + ">, not <qgis>");
        }
        dropIndentation(root);
        return new QmlStyle(root);
    }

    /**
     * Copies the style into {@code mapLayer}: the root's attributes (scale visibility, labelsEnabled, …, but not the
     * QGIS version) and its child elements.
     */
    void applyTo(Element mapLayer) {
        Document target = mapLayer.getOwnerDocument();
        NamedNodeMap attributes = root.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (!a.getName().equals("version")) {
                mapLayer.setAttribute(a.getName(), a.getValue());
            }
        }
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                mapLayer.appendChild(target.importNode(child, true));
            }
        }
    }

    /** The {@code type} of the style's {@code renderer-v2}, or "" when it has none. */
    String rendererType() {
        NodeList renderers = root.getElementsByTagName("renderer-v2");
        return renderers.getLength() == 0 ? "" : ((Element) renderers.item(0)).getAttribute("type");
    }

    static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a standard feature: " + e.getMessage(), e);
        }
    }

    /**
     * Removes whitespace-only text between elements (the file's indentation) so that the project can be indented
     * anew; text of elements that hold only text is left alone.
     */
    private static void dropIndentation(Element element) {
        NodeList children = element.getChildNodes();
        boolean hasElements = false;
        for (int i = 0; i < children.getLength(); i++) {
            hasElements |= children.item(i).getNodeType() == Node.ELEMENT_NODE;
        }
        for (int i = children.getLength() - 1; i >= 0; i--) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                dropIndentation((Element) child);
            } else if (hasElements && child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                element.removeChild(child);
            }
        }
    }
}
