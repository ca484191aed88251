package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.output.PreviewRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {
            "Draws a PNG of a Waymark GeoPackage: places and movements over country outlines.",
            "",
            "A quick look without QGIS: circles are places sized by mentions, red arrows are movements "
                + "(width by count), and a bar at an arrow's tip marks a movement that ends on a border.",
            "",
            "Example:",
            "  waymark preview out.gpkg -o map.png --size 1600x1000"})
final class PreviewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GPKG", description = "A GeoPackage written by 'waymark map'.")
    Path gpkg;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PNG", description = "The image to write.")
    Path png;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1400x900", description = "Image size (default ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() throws IOException {
        String[] wh = size.toLowerCase().split("x");
        if (wh.length != 2) {
            throw new IllegalArgumentException("--size takes WIDTHxHEIGHT, e.g. 1400x900; got " + size);
        }
        PreviewRenderer.render(gpkg, png, Integer.parseInt(wh[0].strip()), Integer.parseInt(wh[1].strip()));
        System.err.println("wrote " + png);
        return 0;
    }
}
