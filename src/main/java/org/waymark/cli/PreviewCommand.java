package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waymark.output.PreviewRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {
            "Draws a PNG (or JPEG: -o NAME.jpg) of a Waymark GeoPackage: places and movements over country "
                + "outlines.",
            "",
            "A quick look without QGIS: circles are places sized by mentions, red arrows are movements "
                + "(width by count), and a bar at an arrow's tip marks a movement that ends on a border.",
            "",
            "Example:",
            "  waymark preview out.gpkg -o map.png --size 1600x1000"})
final class PreviewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GPKG", description = "A GeoPackage written by 'waymark map'.")
    Path gpkg;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PNG", description = "The image to write: .png, or .jpg/.jpeg for a JPEG.")
    Path png;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1400x900", description = "Image size (default ${DEFAULT-VALUE}).")
    String size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        int width;
        int height;
        try {
            if (wh.length != 2) {
                throw new NumberFormatException();
            }
            width = Integer.parseInt(wh[0].strip());
            height = Integer.parseInt(wh[1].strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--size takes WIDTHxHEIGHT, e.g. 1400x900; got " + size);
        }
        PreviewRenderer.render(gpkg, png, width, height);
        System.err.println("wrote " + png);
        return 0;
    }
}
