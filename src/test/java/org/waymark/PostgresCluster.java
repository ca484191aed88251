package org.waymark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster with PostGIS of its own for a test class: {@code initdb} into a temporary folder and
 * {@code pg_ctl} on a free 127.0.0.1 port (as the user {@code postgres} when the tests run as root, which
 * PostgreSQL refuses to be), stopped and deleted by {@link #close()}. Where the Debian packages are missing
 * ({@code apt-get install -y postgresql-15-postgis-3}), {@link #start()} skips the calling test with one line, unless
 * {@code WAYMARK_REQUIRE_POSTGIS=1} (set by {@code .ci/run}) makes that a failure.
 *
 * <p>Roles: {@value #SUPERUSER} (trusted), and {@value #WRITER} with the password {@value #PASSWORD}, which only a
 * password lets in.
 */
public final class PostgresCluster implements AutoCloseable {

    public static final String SUPERUSER = "waymark";
    public static final String WRITER = "writer";
    public static final String PASSWORD = "s3cret-Pw";
    private static final Path VERSIONS = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgres;

    private PostgresCluster(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Starts a cluster, or skips the calling test where PostgreSQL with PostGIS is not installed. */
    public static PostgresCluster start() {
        Optional<Path> bin = installation();
        boolean required = "1".equals(System.getenv("WAYMARK_REQUIRE_POSTGIS"));
        if (bin.isEmpty()) {
            String why = "needs PostgreSQL with PostGIS (apt-get install -y postgresql-15-postgis-3): not installed, "
                    + "skipped";
            if (required) {
                throw new IllegalStateException(why.replace(", skipped", "") + ", and WAYMARK_REQUIRE_POSTGIS=1");
            }
            Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
            System.out.println("[SKIPPED] " + caller.getSimpleName() + " " + why);
            assumeTrue(false, why);
        }
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = Files.createTempDirectory("waymark-pg");
            PostgresCluster cluster = new PostgresCluster(bin.get(), dir, freePort(), root);
            cluster.init();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }

    /** The bin folder of the newest PostgreSQL whose share folder has PostGIS. */
    private static Optional<Path> installation() {
        if (!Files.isDirectory(VERSIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(VERSIONS)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .filter(v -> Files.exists(Path.of("/usr/share/postgresql", v.getFileName().toString(),
                            "extension/postgis.control")))
                    .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D",
                            "0"))))
                    .map(v -> v.resolve("bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void init() throws IOException {
        if (asPostgres) {
            run("chown", "postgres", dir.toString());
        }
        run(pg("initdb"), "-D", data().toString(), "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8",
                "--auth-local=trust", "--auth-host=trust", "--no-sync");
        Files.writeString(data().resolve("pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all " + WRITER + " 127.0.0.1/32 scram-sha-256",
                "host all all 127.0.0.1/32 trust", ""), StandardCharsets.UTF_8);
        run(pg("pg_ctl"), "-D", data().toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off "
                        + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60", "start");
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + WRITER + " LOGIN PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the cluster: " + e.getMessage(), e);
        }
    }

    /** A new database with PostGIS, owned by {@value #WRITER}. */
    public String createDatabase(String name) {
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " OWNER " + WRITER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        try (Connection c = connect(name); Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION postgis");
            st.execute("GRANT ALL ON SCHEMA public TO " + WRITER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add PostGIS to " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code postgresql://USER@127.0.0.1:PORT/DB?schema=SCHEMA}, as {@code waymark map --to} takes it. */
    public String url(String user, String database, String schema) {
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database + "?schema=" + schema;
    }

    /** libpq's form, as GDAL and QGIS take it. */
    public String conninfo(String database) {
        return "host=127.0.0.1 port=" + port + " dbname=" + database + " user=" + SUPERUSER;
    }

    /** A connection as the superuser, auto-commit. */
    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", SUPERUSER);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    /** Stops the server at once and deletes its files. */
    @Override
    public void close() {
        try {
            run(pg("pg_ctl"), "-D", data().toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private String pg(String program) {
        return bin.resolve(program).toString();
    }

    private void run(String... command) {
        List<String> full = new ArrayList<>();
        if (asPostgres && !command[0].equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        try {
            Path log = Files.createTempFile("pg-command", ".log");
            try {
                Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(full + " did not end in 120 s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(full + " failed: " + Files.readString(log));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + full, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
