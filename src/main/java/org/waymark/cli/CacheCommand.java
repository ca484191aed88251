package org.waymark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.waymark.gazetteer.geonames.GeoNamesCache;
import org.waymark.gazetteer.geonames.GeoNamesWebGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "cache", mixinStandardHelpOptions = true,
        description = {
            "Shows or clears the cache of GeoNames web-service answers.",
            "",
            "Every answer of the service (map and eval --geonames-user) is kept, so a second run over the same text sends no request and "
                + "spends no credit. The cache also counts the credits spent in the last hour and day, so that "
                + "runs that follow each other stay under the account's limits together. Answers do not expire: "
                + "clear the cache to see GeoNames' corrections.",
            "",
            "Examples:",
            "  waymark cache info",
            "  waymark cache clear --cache /tmp/geonames-cache"},
        subcommands = {CacheCommand.Info.class, CacheCommand.Clear.class})
final class CacheCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do with the cache: info or clear");
    }

    /** A subcommand that works on the cache in {@code --cache}, if there is one: opening it is never creating it. */
    private abstract static class OnCache implements Callable<Integer> {
        @Mixin
        CacheDirectoryOption cache;

        @Override
        public final Integer call() {
            Path directory = cache.directory();
            if (!Files.isRegularFile(directory.resolve(GeoNamesCache.FILE_NAME))) {
                noCache(directory);
                return 0;
            }
            try (GeoNamesCache c = GeoNamesCache.open(directory)) {
                use(c);
            }
            return 0;
        }

        /** Says that {@code directory} holds no cache. */
        abstract void noCache(Path directory);

        abstract void use(GeoNamesCache cache);
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = {
                "Tells where the cache is, how many answers it holds, and the credits recently spent.",
                "",
                "Credits are those spent by the runs that used this cache, in the last hour and in the last "
                    + "day, against what a run may spend at most.",
                "",
                "Example:",
                "  waymark cache info --cache /tmp/geonames-cache"})
    static final class Info extends OnCache {
        @Override
        void noCache(Path directory) {
            System.out.println("no GeoNames cache in " + directory + " yet");
        }

        @Override
        void use(GeoNamesCache c) {
            Instant now = Instant.now();
            System.out.println("cache:   " + c.file());
            System.out.printf("answers: %,d (%s on disk)%n", c.size(), megabytes(c.bytesOnDisk()));
            System.out.printf("credits: %,d in the last hour (a run spends at most %,d), %,d in the last day "
                            + "(at most %,d)%n",
                    c.creditsSpentAfter(now.minus(Duration.ofHours(1))), GeoNamesWebGazetteer.DEFAULT_CREDITS_PER_HOUR,
                    c.creditsSpentAfter(now.minus(Duration.ofDays(1))), GeoNamesWebGazetteer.DEFAULT_CREDITS_PER_DAY);
        }

        private static String megabytes(long bytes) {
            return String.format("%.1f MB", bytes / 1e6);
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = {
                "Forgets every cached answer, so that the next run asks the service again.",
                "",
                "The count of credits spent is kept: those credits were spent.",
                "",
                "Example:",
                "  waymark cache clear"})
    static final class Clear extends OnCache {
        @Override
        void noCache(Path directory) {
            System.err.println("no GeoNames cache in " + directory + ": nothing to clear");
        }

        @Override
        void use(GeoNamesCache c) {
            System.err.printf("forgot %,d answers in %s%n", c.clear(), c.file());
        }
    }
}
