package org.waymark.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * SLD 1.0.0 schemas loaded from jars on the test classpath, never from the network: schemas.opengis.net
 * and www.w3.org locations are mapped to the copies in org.jvnet.ogc:ogc-schemas and
 * org.hisrc.w3c:w3c-schemas, and any other location is refused.
 */
final class SldSchemas {

    /** Which SLD 1.0.0 schema: the OGC one, or GeoServer's copy of it with GeoServer's extensions. */
    enum Dialect {
        OGC("/ogc/sld/1.0.0/StyledLayerDescriptor.xsd"),
        GEOSERVER("/geoserver/sld/StyledLayerDescriptor.xsd");

        final String resource;

        Dialect(String resource) {
            this.resource = resource;
        }
    }

    /** Absolute schema locations and the classpath folders holding offline copies of them. */
    private static final Map<String, String> OFFLINE = Map.of(
            "http://schemas.opengis.net/", "/ogc/",
            "http://www.w3.org/1999/", "/w3c/1999/",
            "http://www.w3.org/2001/", "/w3c/2001/");

    private SldSchemas() {
    }

    static Schema load(Dialect dialect) throws SAXException {
        return load(resourceUrl(dialect.resource));
    }

    static Schema load(URL xsd) throws SAXException {
        // the JDK's own implementation: an old Xerces on the classpath lacks the access properties
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        // only jar: and file: reads, so a location the resolver does not map fails instead of downloading
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver(new OfflineResolver());
        return factory.newSchema(new StreamSource(xsd.toExternalForm()));
    }

    /** Every schema violation in {@code xml}, as "line:column message"; empty when it is valid. */
    static List<String> problems(Schema schema, String xml) throws IOException, SAXException {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            // not well-formed: reported through the handler already
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    private static URL resourceUrl(String path) {
        URL url = SldSchemas.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("schema " + path + " is not on the test classpath");
        }
        return url;
    }

    private static final class OfflineResolver implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                                       String baseUri) {
            if (systemId == null) {
                return null;
            }
            String path = null;
            for (Map.Entry<String, String> mapping : OFFLINE.entrySet()) {
                if (systemId.startsWith(mapping.getKey())) {
                    path = mapping.getValue() + systemId.substring(mapping.getKey().length());
                }
            }
            if (path == null && !systemId.contains(":") && baseUri != null && baseUri.contains("!/")) {
                // relative include inside a jar: resolve against the including schema's path
                String base = "/" + baseUri.substring(baseUri.indexOf("!/") + 2);
                path = URI.create("file://" + base).resolve(systemId).getPath();
            }
            if (path == null) {
                throw new IllegalStateException("schema " + systemId + " (from " + baseUri
                        + ") is not available offline");
            }
            return new JarInput(publicId, resourceUrl(path));
        }
    }

    private record JarInput(String publicId, URL url) implements LSInput {

        @Override
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + url, e);
            }
        }

        @Override
        public String getSystemId() {
            return url.toExternalForm();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        // LSInput is a mutable DOM interface; the schema loader only reads it.
        @Override
        public void setCharacterStream(Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setStringData(String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setSystemId(String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPublicId(String publicId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setBaseURI(String baseUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setEncoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }
}
