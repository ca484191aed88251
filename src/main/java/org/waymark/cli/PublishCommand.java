package org.waymark.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.output.PostGisTarget;
import org.waymark.publish.GeoServerPublisher;
import org.waymark.publish.Publication;
import org.waymark.publish.PublishException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {
            "Publishes a Waymark GeoPackage or PostGIS schema on a map server, as WMS layers with Waymark's styles.",
            "",
            "Example:",
            "  waymark publish geoserver out.gpkg --url http://localhost:8080/geoserver \\",
            "      --user admin --workspace news"},
        subcommands = PublishCommand.GeoServer.class)
final class PublishCommand {

    @Command(name = "geoserver", mixinStandardHelpOptions = true, sortOptions = false,
            description = {
                "Publishes a Waymark GeoPackage or PostGIS schema on GeoServer through its REST API.",
                "",
                "Creates the workspace if missing, uploads the file as a GeoPackage data store (or, for a "
                    + "postgresql:// URL, adds a PostGIS data store on that schema), and publishes "
                    + "places, mentions, movements and flows (EPSG:4326) with Waymark's SLD styles as their "
                    + "default styles. Running it again replaces the data and updates the styles. The WMS "
                    + "capabilities URL is printed on stdout.",
                "",
                "Example (the password comes from WAYMARK_GEOSERVER_PASSWORD, or is asked):",
                "  waymark publish geoserver out.gpkg --url http://localhost:8080/geoserver \\",
                "      --user admin --workspace news"})
    static final class GeoServer implements Callable<Integer> {
        @Parameters(paramLabel = "GPKG|URL", description = "A GeoPackage written by 'waymark map', or the PostGIS "
                + "schema it wrote: postgresql://USER@HOST:PORT/DB?schema=NAME (GeoServer then connects to the "
                + "database with that user and the password from PGPASSWORD or ~/.pgpass; nothing is uploaded).")
        String source;

        @Option(names = "--url", required = true, paramLabel = "URL", description = "GeoServer's base URL, e.g. http://host:8080/geoserver")
        String url;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "An administrator account.")
        String user;

        @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
                description = "The password (default: $WAYMARK_GEOSERVER_PASSWORD; asked when given without value).")
        String password;

        @Option(names = "--workspace", required = true, paramLabel = "NAME", description = "Workspace to publish into (created if missing).")
        String workspace;

        @Option(names = "--store", defaultValue = GeoServerPublisher.DEFAULT_STORE, paramLabel = "NAME",
                description = "Data store name (default ${DEFAULT-VALUE}).")
        String store;

        @Override
        public Integer call() {
            String pw = password != null ? password : System.getenv("WAYMARK_GEOSERVER_PASSWORD");
            if (pw == null) {
                throw new IllegalArgumentException("no password: give --password or set WAYMARK_GEOSERVER_PASSWORD");
            }
            try {
                GeoServerPublisher publisher = new GeoServerPublisher(url, user, pw);
                Publication p = PostGisTarget.isUrl(source)
                        ? publisher.publish(PostGisTarget.parse(source), workspace, store)
                        : publisher.publish(Path.of(source), workspace, store);
                p.steps().forEach(s -> System.err.println("  " + s));
                System.err.println("published " + p.layers() + " in workspace " + p.workspace()
                        + " (GeoServer " + p.geoServerVersion() + ")");
                System.out.println(p.wmsCapabilities());
                return 0;
            } catch (PublishException e) {
                System.err.println("waymark: " + e.getMessage());
                return 2;
            }
        }
    }
}
