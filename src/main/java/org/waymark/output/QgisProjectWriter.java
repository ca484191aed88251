package org.waymark.output;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/**
 * Writes a QGIS project ({@code .qgs}, QGIS 3.22 format) that opens a Waymark GeoPackage ready-styled and that
 * QGIS Server publishes as a WMS:
 *
 * <ul>
 *   <li>layers, top to bottom: places, mentions, movements, flows (those the GeoPackage has), then a base map of
 *       country outlines;</li>
 *   <li>each layer's style embedded: the default QML from the GeoPackage's {@code layer_styles} table, else the
 *       Waymark style on the classpath ({@code org/waymark/styles/<layer>.qml}), else QGIS's default;</li>
 *   <li>data sources relative to the project, so project and GeoPackage can move together;</li>
 *   <li>project CRS EPSG:4326, opening on the extent of the data;</li>
 *   <li>WMS capabilities on, the data extent as WMS extent, EPSG:4326 and EPSG:3857 offered, and the GeoNames
 *       CC BY 4.0 attribution on every data layer.</li>
 * </ul>
 *
 * <p>The base map is a small GeoPackage of Natural Earth country outlines written beside the project
 * ({@code NAME.qgs} → {@code NAME-basemap.gpkg}, see {@link QgisProjectFiles#baseMap()}); the Waymark GeoPackage is
 * only read. Both files are replaced whole, never left half-written. QGIS is not needed to write a project.
 *
 * <pre>{@code
 * QgisProjectFiles files = QgisProjectWriter.write(Path.of("out.gpkg"), Path.of("out.qgs"));
 * }</pre>
 */
public final class QgisProjectWriter {

    /** The Waymark layers a project shows, top to bottom. */
    static final List<String> DATA_LAYERS = List.of("places", "mentions", "movements", "flows");
    /** Where the Waymark styles are on the classpath (the pom copies {@code styles/} there). */
    static final String STYLE_FOLDER = "org/waymark/styles";

    static final String GEONAMES_ATTRIBUTION = "GeoNames CC BY 4.0";
    static final String GEONAMES_URL = "https://www.geonames.org/";
    static final String BASE_MAP_ATTRIBUTION = "Natural Earth (public domain); names GeoNames CC BY 4.0";
    static final String BASE_MAP_URL = "https://www.naturalearthdata.com/";

    private final Supplier<List<CountryOutline>> countries;
    private final ClassLoader styles;

    private QgisProjectWriter(Supplier<List<CountryOutline>> countries, ClassLoader styles) {
        this.countries = countries;
        this.styles = styles;
    }

    /**
     * Writes the project {@code qgsOut} for the Waymark GeoPackage {@code gpkg}, and its base map beside it.
     *
     * @param gpkg   a GeoPackage written by Waymark (only read)
     * @param qgsOut the project to write, ending in {@code .qgs}, in an existing directory; it and its base map
     *               must not exist yet
     * @return the files written
     * @throws QgisProjectException when {@code gpkg} is no GeoPackage or has none of the Waymark layers, when a
     *                              layer is not in EPSG:4326, when a stored style is not QML, when the Natural
     *                              Earth outlines of {@code org.waymark.geography} are not on the classpath, or on
     *                              an I/O failure
     */
    public static QgisProjectFiles write(Path gpkg, Path qgsOut) {
        return write(gpkg, qgsOut, false);
    }

    /** As {@link #write(Path, Path)}; with {@code overwrite} an existing project and base map are replaced. */
    public static QgisProjectFiles write(Path gpkg, Path qgsOut, boolean overwrite) {
        return new QgisProjectWriter(NaturalEarthCountries::load, QgisProjectWriter.class.getClassLoader())
                .writeProject(gpkg, qgsOut, overwrite);
    }

    /**
     * Checks, before any work, that the project {@code qgsOut} and its base map can be written for the GeoPackage
     * {@code gpkg}: a {@code .qgs} name, a folder that exists and can be written, no directory in their place, and
     * no existing file unless {@code overwrite}.
     *
     * @throws QgisProjectException naming what is wrong
     */
    public static void check(Path gpkg, Path qgsOut, boolean overwrite) {
        Path project = qgsOut.toAbsolutePath().normalize();
        checkProjectPath(project);
        Path baseMap = BaseMapPackage.pathFor(project);
        if (baseMap.equals(gpkg.toAbsolutePath().normalize())) {
            throw new QgisProjectException("The project " + project.getFileName() + " would write its base map over "
                    + "the GeoPackage " + baseMap + "; choose another project name");
        }
        if (Files.isDirectory(baseMap)) {
            throw new QgisProjectException("The base map path is a directory: " + baseMap);
        }
        if (!Files.isWritable(project.getParent())) {
            throw new QgisProjectException("Cannot write " + project + ": permission denied (folder "
                    + project.getParent() + ")");
        }
        if (!overwrite) {
            for (Path file : List.of(project, baseMap)) {
                if (Files.exists(file)) {
                    throw new QgisProjectException("The file " + file + " already exists; use --overwrite to "
                            + "replace it");
                }
            }
        }
    }

    /** A writer with other country outlines and another class loader for the fallback styles. */
    static QgisProjectWriter using(Supplier<List<CountryOutline>> countries, ClassLoader styles) {
        return new QgisProjectWriter(Objects.requireNonNull(countries), Objects.requireNonNull(styles));
    }

    QgisProjectFiles writeProject(Path gpkg, Path qgsOut) {
        return writeProject(gpkg, qgsOut, false);
    }

    QgisProjectFiles writeProject(Path gpkg, Path qgsOut, boolean overwrite) {
        Objects.requireNonNull(gpkg, "gpkg");
        Objects.requireNonNull(qgsOut, "qgsOut");
        Path data = gpkg.toAbsolutePath().normalize();
        Path project = qgsOut.toAbsolutePath().normalize();
        check(data, project, overwrite);
        if (data.toString().contains("|") || project.toString().contains("|")) {
            // QGIS data sources read "path|layername=…": a '|' in a path cannot be written
            throw new QgisProjectException("QGIS cannot read a GeoPackage whose path holds '|': " + data + ", "
                    + project);
        }
        Path baseMapPath = BaseMapPackage.pathFor(project);

        List<SourceLayer> sources = GeoPackageInventory.read(data, DATA_LAYERS);
        if (sources.isEmpty()) {
            throw new QgisProjectException(data + " has none of the Waymark layers " + String.join(", ", DATA_LAYERS)
                    + ": is it a GeoPackage that Waymark wrote?");
        }
        List<CountryOutline> outlines = countries.get();
        String countriesQml = resource(styles, BaseMapPackage.STYLE_RESOURCE.substring(1));
        if (countriesQml == null) {
            throw new QgisProjectException("The base map style " + BaseMapPackage.STYLE_RESOURCE
                    + " is missing from the classpath");
        }

        Path projectDir = project.getParent();
        List<QgisProjectDocument.ProjectLayer> layers = new ArrayList<>();
        Extent dataExtent = null;
        for (SourceLayer source : sources) {
            if (source.srsId() != 4326) {
                throw new QgisProjectException("Layer " + source.table() + " of " + data + " is in SRS "
                        + source.srsId() + "; Waymark layers are in EPSG:4326");
            }
            SourceLayer styled = source.qml() != null ? source
                    : source.withQml(resource(styles, STYLE_FOLDER + "/" + source.table() + ".qml"));
            layers.add(new QgisProjectDocument.ProjectLayer(styled, datasource(projectDir, data, source.table()),
                    title(source.table()), description(source.table()), GEONAMES_ATTRIBUTION, GEONAMES_URL));
            dataExtent = source.extent() == null ? dataExtent : source.extent().union(dataExtent);
        }
        Extent view = dataExtent == null ? Extent.WORLD : dataExtent.withMargin(2.0);

        SourceLayer baseMap = BaseMapPackage.layer(outlines, countriesQml);
        layers.add(new QgisProjectDocument.ProjectLayer(baseMap, datasource(projectDir, baseMapPath, baseMap.table()),
                "Countries", "Country outlines, Natural Earth 1:50m", BASE_MAP_ATTRIBUTION, BASE_MAP_URL));

        String name = data.getFileName().toString();
        QgisProjectDocument.Settings settings = new QgisProjectDocument.Settings(
                "Waymark: " + (name.toLowerCase(Locale.ROOT).endsWith(".gpkg") ? name.substring(0, name.length() - 5)
                        : name),
                "Places, mentions and movements that Waymark found in news text (" + name + ").",
                "Place data from GeoNames, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); "
                        + "country outlines from Natural Earth, public domain.",
                view);
        Document doc = QgisProjectDocument.build(settings, layers);   // fails on a bad style before any file is written
        BaseMapPackage.write(baseMapPath, outlines, countriesQml);
        writeXml(doc, project);

        List<String> names = layers.stream().map(l -> l.source().table()).toList();
        return new QgisProjectFiles(project, baseMapPath, names);
    }

    private static void checkProjectPath(Path project) {
        String name = project.getFileName() == null ? "" : project.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".qgz")) {
            throw new QgisProjectException("Waymark writes plain .qgs projects, not zipped .qgz: " + project);
        }
        if (!name.endsWith(".qgs")) {
            throw new QgisProjectException("A QGIS project file name must end in .qgs: " + project);
        }
        if (Files.isDirectory(project)) {
            throw new QgisProjectException("The project path is a directory: " + project);
        }
        Path dir = project.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new QgisProjectException("The directory of the project does not exist: " + dir);
        }
    }

    /**
     * The OGR data source of a table, with the file relative to the project directory. QGIS takes paths that start
     * with {@code ./} or {@code ../} as relative to the project; a file on another drive stays absolute.
     */
    static String datasource(Path projectDir, Path file, String table) {
        String path;
        try {
            String relative = projectDir.relativize(file).toString().replace(File.separatorChar, '/');
            path = relative.startsWith("../") ? relative : "./" + relative;
        } catch (IllegalArgumentException e) {
            path = file.toString().replace(File.separatorChar, '/');
        }
        return path + "|layername=" + table;
    }

    private static String title(String table) {
        return switch (table) {
            case "places" -> "Places";
            case "mentions" -> "Mentions";
            case "movements" -> "Movements";
            case "flows" -> "Flows";
            default -> table;
        };
    }

    private static String description(String table) {
        return switch (table) {
            case "places" -> "Places mentioned, with mention counts over all documents";
            case "mentions" -> "Every place name found in the text, at the place it was resolved to";
            case "movements" -> "Reported movements from origin to destination, one per report";
            case "flows" -> "Movements summed per origin and destination over all documents";
            default -> table;
        };
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QgisProjectException("Cannot read the resource " + name + ": " + e.getMessage(), e);
        }
    }

    /** Writes to a temporary file beside {@code target}, then moves it over {@code target}. */
    private static void writeXml(Document doc, Path target) {
        Path temp = TemporaryFile.beside(target, ".tmp");
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.setOutputProperty(OutputKeys.DOCTYPE_PUBLIC, "http://mrcc.com/qgis.dtd");
            t.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, "SYSTEM");
            try (OutputStream out = Files.newOutputStream(temp)) {
                t.transform(new DOMSource(doc), new StreamResult(out));
            }
            TemporaryFile.moveOver(temp, target);
        } catch (IOException | TransformerException e) {
            TemporaryFile.delete(temp, false);
            throw new QgisProjectException("Cannot write the QGIS project " + target + ": " + e.getMessage(), e);
        }
    }
}
