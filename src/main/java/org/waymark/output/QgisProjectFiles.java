package org.waymark.output;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link QgisProjectWriter} wrote.
 *
 * @param project the {@code .qgs} file
 * @param baseMap the GeoPackage of country outlines beside it, which the project needs too
 * @param layers  the project's layers, top to bottom
 */
public record QgisProjectFiles(Path project, Path baseMap, List<String> layers) {

    public QgisProjectFiles {
        layers = List.copyOf(layers);
    }
}
