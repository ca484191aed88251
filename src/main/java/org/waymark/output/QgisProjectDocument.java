package org.waymark.output;

import java.math.BigDecimal;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the XML of a QGIS 3.22 project ({@code .qgs}): vector layers from GeoPackages with their styles embedded,
 * EPSG:4326 project CRS, the opening extent and the WMS settings QGIS Server publishes.
 */
final class QgisProjectDocument {

    /** The version written into the project; QGIS 3.22 and later open it without conversion. */
    static final String QGIS_VERSION = "3.22.0-Białowieża";
    static final String PROJECT_CRS = "EPSG:4326";
    /** Web clients ask for Web Mercator; QGIS Server answers only in the CRSs listed. */
    static final List<String> WMS_CRS = List.of("EPSG:4326", "EPSG:3857");
    /** Pale sea blue behind the country outlines. */
    static final int[] CANVAS_RGB = {222, 235, 247};

    /**
     * One layer of the project.
     *
     * @param source         the table, its geometry and its style (QML) or null for QGIS's default style
     * @param datasource     OGR data source, the GeoPackage path relative to the project: {@code ./x.gpkg|layername=t}
     * @param title          human title (legend, WMS Title)
     * @param description    WMS Abstract
     * @param attribution    attribution text shown by WMS clients
     * @param attributionUrl where the attribution points
     */
    record ProjectLayer(SourceLayer source, String datasource, String title, String description, String attribution,
                        String attributionUrl) {

        String id() {
            return "waymark_" + source.table();
        }

        String name() {
            return source.table();
        }
    }

    /**
     * Project settings beyond the layers.
     *
     * @param title              project and WMS service title
     * @param description        WMS service abstract
     * @param accessConstraints  WMS AccessConstraints (licences of the data)
     * @param extent             opening map extent, also the advertised WMS extent
     */
    record Settings(String title, String description, String accessConstraints, Extent extent) {
    }

    private final Document doc;

    private QgisProjectDocument(Document doc) {
        this.doc = doc;
    }

    /** The project with {@code layers} listed top (drawn last) to bottom (drawn first). */
    static Document build(Settings settings, List<ProjectLayer> layers) {
        QgisProjectDocument p = new QgisProjectDocument(QmlStyle.parser().newDocument());
        return p.project(settings, layers);
    }

    private Document project(Settings settings, List<ProjectLayer> layers) {
        Element qgis = doc.createElement("qgis");
        doc.appendChild(qgis);
        qgis.setAttribute("version", QGIS_VERSION);
        qgis.setAttribute("projectname", settings.title());
        child(qgis, "homePath").setAttribute("path", "");
        text(qgis, "title", settings.title());
        child(qgis, "autotransaction").setAttribute("active", "0");
        child(qgis, "evaluateDefaultValues").setAttribute("active", "0");
        child(qgis, "trust").setAttribute("active", "0");
        child(qgis, "projectCrs").appendChild(wgs84());

        Element tree = child(qgis, "layer-tree-group");
        child(tree, "customproperties");
        for (ProjectLayer layer : layers) {
            Element node = child(tree, "layer-tree-layer");
            node.setAttribute("id", layer.id());
            node.setAttribute("name", layer.name());
            node.setAttribute("source", layer.datasource());
            node.setAttribute("providerKey", "ogr");
            node.setAttribute("checked", "Qt::Checked");
            node.setAttribute("expanded", "1");
            child(node, "customproperties");
        }
        child(qgis, "relations");

        Element canvas = child(qgis, "mapcanvas");
        canvas.setAttribute("name", "theMapCanvas");
        canvas.setAttribute("annotationsVisible", "1");
        text(canvas, "units", "degrees");
        extent(child(canvas, "extent"), settings.extent());
        text(canvas, "rotation", "0");
        child(canvas, "destinationsrs").appendChild(wgs84());
        text(canvas, "rendermaptile", "0");

        Element projectLayers = child(qgis, "projectlayers");
        for (ProjectLayer layer : layers) {
            projectLayers.appendChild(mapLayer(layer));
        }

        properties(child(qgis, "properties"), settings);
        child(qgis, "visibility-presets");
        child(qgis, "transformContext");

        Element metadata = child(qgis, "projectMetadata");
        text(metadata, "title", settings.title());
        text(metadata, "abstract", settings.description());
        text(metadata, "rights", settings.accessConstraints());

        Element view = child(qgis, "ProjectViewSettings");
        view.setAttribute("UseProjectScales", "0");
        view.setAttribute("rotation", "0");
        child(view, "Scales");
        Element defaultView = child(view, "DefaultViewExtent");
        Extent e = settings.extent();
        defaultView.setAttribute("xmin", number(e.minX()));
        defaultView.setAttribute("ymin", number(e.minY()));
        defaultView.setAttribute("xmax", number(e.maxX()));
        defaultView.setAttribute("ymax", number(e.maxY()));
        defaultView.appendChild(wgs84());
        return doc;
    }

    private Element mapLayer(ProjectLayer layer) {
        SourceLayer source = layer.source();
        Element m = doc.createElement("maplayer");
        m.setAttribute("type", "vector");
        m.setAttribute("geometry", source.qgisGeometry());
        m.setAttribute("wkbType", source.qgisWkbType());
        if (source.extent() != null) {
            extent(child(m, "extent"), source.extent());
            extent(child(m, "wgs84extent"), source.extent());
        }
        text(m, "id", layer.id());
        text(m, "datasource", layer.datasource());
        text(m, "shortname", layer.name());
        text(m, "title", layer.title());
        text(m, "abstract", layer.description());
        Element keywords = child(m, "keywordList");
        text(keywords, "value", "Waymark");
        Element attribution = text(m, "attribution", layer.attribution());
        attribution.setAttribute("href", layer.attributionUrl());
        text(m, "layername", layer.name());
        child(m, "srs").appendChild(wgs84());
        Element metadata = child(m, "resourceMetadata");
        text(metadata, "type", "dataset");
        text(metadata, "title", layer.title());
        text(metadata, "abstract", layer.description());
        text(metadata, "rights", layer.attribution());
        Element provider = text(m, "provider", "ogr");
        provider.setAttribute("encoding", "UTF-8");
        Element styles = child(m, "map-layer-style-manager");
        styles.setAttribute("current", "default");
        child(styles, "map-layer-style").setAttribute("name", "default");
        if (source.qml() != null) {
            QmlStyle.parse(source.qml(), "of layer " + source.table()).applyTo(m);
        }
        return m;
    }

    private void properties(Element properties, Settings settings) {
        Element gui = child(properties, "Gui");
        typed(gui, "CanvasColorRedPart", "int", Integer.toString(CANVAS_RGB[0]));
        typed(gui, "CanvasColorGreenPart", "int", Integer.toString(CANVAS_RGB[1]));
        typed(gui, "CanvasColorBluePart", "int", Integer.toString(CANVAS_RGB[2]));
        typed(child(properties, "Paths"), "Absolute", "bool", "false");
        typed(child(properties, "SpatialRefSys"), "ProjectionsEnabled", "int", "1");
        typed(properties, "WMSServiceCapabilities", "bool", "true");
        typed(properties, "WMSServiceTitle", "QString", settings.title());
        typed(properties, "WMSServiceAbstract", "QString", settings.description());
        typed(properties, "WMSAccessConstraints", "QString", settings.accessConstraints());
        typed(properties, "WMSFees", "QString", "none");
        typed(properties, "WMSRootName", "QString", "waymark");
        Extent e = settings.extent();
        list(properties, "WMSExtent",
                List.of(number(e.minX()), number(e.minY()), number(e.maxX()), number(e.maxY())));
        list(properties, "WMSCrsList", WMS_CRS);
        list(properties, "WMSKeywordList", List.of("Waymark", "news", "places", "movements"));
    }

    /** EPSG:4326 as QGIS 3.22 writes it; QGIS reads the authid first. */
    private Element wgs84() {
        Element srs = doc.createElement("spatialrefsys");
        text(srs, "wkt", "GEOGCRS[\"WGS 84\",DATUM[\"World Geodetic System 1984\",ELLIPSOID[\"WGS 84\",6378137,"
                + "298.257223563,LENGTHUNIT[\"metre\",1]]],PRIMEM[\"Greenwich\",0,ANGLEUNIT[\"degree\","
                + "0.0174532925199433]],CS[ellipsoidal,2],AXIS[\"geodetic latitude (Lat)\",north,ORDER[1],"
                + "ANGLEUNIT[\"degree\",0.0174532925199433]],AXIS[\"geodetic longitude (Lon)\",east,ORDER[2],"
                + "ANGLEUNIT[\"degree\",0.0174532925199433]],USAGE[SCOPE[\"Horizontal component of 3D system.\"],"
                + "AREA[\"World.\"],BBOX[-90,-180,90,180]],ID[\"EPSG\",4326]]");
        text(srs, "proj4", "+proj=longlat +datum=WGS84 +no_defs");
        text(srs, "srsid", "3452");
        text(srs, "srid", "4326");
        text(srs, "authid", PROJECT_CRS);
        text(srs, "description", "WGS 84");
        text(srs, "projectionacronym", "longlat");
        text(srs, "ellipsoidacronym", "EPSG:7030");
        text(srs, "geographicflag", "true");
        return srs;
    }

    private void extent(Element element, Extent e) {
        text(element, "xmin", number(e.minX()));
        text(element, "ymin", number(e.minY()));
        text(element, "xmax", number(e.maxX()));
        text(element, "ymax", number(e.maxY()));
    }

    private void typed(Element parent, String name, String type, String value) {
        text(parent, name, value).setAttribute("type", type);
    }

    private void list(Element parent, String name, List<String> values) {
        Element list = child(parent, name);
        list.setAttribute("type", "QStringList");
        for (String v : values) {
            text(list, "value", v);
        }
    }

    private Element child(Element parent, String name) {
        Element e = doc.createElement(name);
        parent.appendChild(e);
        return e;
    }

    private Element text(Element parent, String name, String value) {
        Element e = child(parent, name);
        e.setTextContent(value);
        return e;
    }

    /** Plain decimal notation: no exponent for QGIS to misread. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
