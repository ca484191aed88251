package org.waymark.cli;

import java.nio.file.Path;
import org.waymark.gazetteer.geonames.GeoNamesCache;
import picocli.CommandLine.Option;

/** Where GeoNames web-service answers are kept: shared by the commands that read text and by {@code cache}. */
final class CacheDirectoryOption {
    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where GeoNames web-service answers are kept between runs (default: "
                    + "$XDG_CACHE_HOME/waymark/geonames, else ~/.cache/waymark/geonames). Runs that share it share "
                    + "answers and the credit count; see 'waymark cache'.")
    Path directory;

    Path directory() {
        return directory != null ? directory : GeoNamesCache.defaultDirectory();
    }
}
