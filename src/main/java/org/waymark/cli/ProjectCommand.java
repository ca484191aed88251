package org.waymark.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.output.QgisProjectFiles;
import org.waymark.output.QgisProjectWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "project", mixinStandardHelpOptions = true,
        description = {
            "Writes a QGIS project (.qgs) for a Waymark GeoPackage.",
            "",
            "The project holds the layers with their styles over an offline country base map (written beside "
                + "it as NAME-basemap.gpkg), ready for QGIS and for QGIS Server's WMS. 'waymark map "
                + "--qgis-project' writes one as it maps. Existing files are replaced only with --overwrite.",
            "",
            "Example:",
            "  waymark project out.gpkg -o out.qgs && qgis out.qgs"})
final class ProjectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GPKG", description = "A GeoPackage written by 'waymark map'.")
    Path gpkg;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "QGS", description = "The project to write.")
    Path qgs;

    @Option(names = "--overwrite", description = "Replace QGS and its base map if they exist.")
    boolean overwrite;

    @Override
    public Integer call() {
        report(QgisProjectWriter.write(gpkg, qgs, overwrite));
        return 0;
    }

    static void report(QgisProjectFiles files) {
        System.err.println("wrote " + files.project() + " (layers " + files.layers() + ", base map "
                + files.baseMap().getFileName() + ")");
    }
}
