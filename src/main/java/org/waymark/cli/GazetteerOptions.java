package org.waymark.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.waymark.gazetteer.Gazetteer;
import org.waymark.gazetteer.GeoNamesIndex;
import org.waymark.gazetteer.geonames.GeoNamesWebGazetteer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The gazetteer options that every command reading text shares. */
final class GazetteerOptions {
    static final String USER_VARIABLE = "WAYMARK_GEONAMES_USER";

    @Option(names = "--gazetteer", paramLabel = "INDEX",
            description = "A gazetteer index made by 'waymark gazetteer build' (default: the embedded one: "
                    + "GeoNames' cities500 with countries, divisions, seas, straits, island groups and regions, "
                    + "offline). With --geonames-user it answers whenever the web service cannot.")
    Path index;

    @Option(names = "--geonames-user", paramLabel = "NAME", defaultValue = "${env:" + USER_VARIABLE + "}",
            description = "Resolve names with the GeoNames web service under this account (default: $"
                    + USER_VARIABLE + "). The account is free: register at https://www.geonames.org/login, then "
                    + "enable the free web services on https://www.geonames.org/manageaccount. Each name asked "
                    + "costs 1 credit; a free account has 1,000 an hour and 10,000 a day, of which a run spends "
                    + "at most 900 and 9,000. Answers are cached (--cache), so a second run over the same text "
                    + "costs nothing. When the service refuses, fails or the credits run out, the offline "
                    + "gazetteer answers, and the rows' source column says which one did.")
    String geonamesUser;

    @Option(names = "--geonames-url", paramLabel = "URL",
            description = "The web service root (default: http://api.geonames.org/); premium accounts have their own "
                    + "server.")
    String geonamesUrl;

    @Option(names = "--offline", description = "Never ask the web service, even when $" + USER_VARIABLE + " is set.")
    boolean offline;

    @Mixin
    CacheDirectoryOption cache;

    /**
     * Opens the gazetteer these options name; with a GeoNames account, the web service in front of it.
     *
     * @param notices where the web service's fallbacks and their reasons are told, one line each
     */
    OpenGazetteer open(Consumer<String> notices) {
        Gazetteer local = openLocal();
        boolean web = !offline && geonamesUser != null && !geonamesUser.isBlank();
        if (!web) {
            if (geonamesUrl != null && !offline) {
                throw new IllegalArgumentException("--geonames-url needs a GeoNames account: --geonames-user NAME, "
                        + "or the variable " + USER_VARIABLE);
            }
            return new OpenGazetteer(local, null);
        }
        GeoNamesWebGazetteer.Builder builder = GeoNamesWebGazetteer.builder(geonamesUser, local)
                .cacheDirectory(cache.directory())
                .notices(message -> notices.accept("waymark: " + GeoNamesWebGazetteer.SOURCE_NAME + ": " + message));
        if (geonamesUrl != null) {
            builder.baseUrl(geonamesUrl);
        }
        return new OpenGazetteer(local, builder.build());
    }

    /** {@link #open(Consumer)} with notices on stderr. */
    OpenGazetteer open() {
        return open(System.err::println);
    }

    private Gazetteer openLocal() {
        try {
            return index == null ? GeoNamesIndex.embedded() : GeoNamesIndex.load(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer index " + index + ": " + e.getMessage(), e);
        }
    }
}
