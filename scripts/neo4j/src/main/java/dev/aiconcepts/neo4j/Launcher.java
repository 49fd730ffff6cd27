package dev.aiconcepts.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParser;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Local development Neo4j server: Neo4j Community embedded in a small launcher.
 *
 * <p>Usage: {@code java -cp 'target/lib/*:target/classes' dev.aiconcepts.neo4j.Launcher <home-dir>}
 * (normally via {@code scripts/neo4j/start.sh}). Only Bolt is enabled, bound to 127.0.0.1.
 *
 * <p>Environment (all optional):
 * <ul>
 *   <li>{@code NEO4J_BOLT_PORT} Bolt port on 127.0.0.1 (default 7687)</li>
 *   <li>{@code NEO4J_TX_TIMEOUT} server-side transaction timeout (default 30s)</li>
 *   <li>{@code NEO4J_TX_MEMORY_MAX} per-transaction memory cap (default 256m)</li>
 *   <li>{@code NEO4J_TX_MEMORY_TOTAL_MAX} cap for all transactions together (default 512m)</li>
 *   <li>{@code NEO4J_PAGECACHE} page cache size (default 128m)</li>
 * </ul>
 *
 * <p>On startup it prints a single line starting with {@code NEO4J_READY} to stdout once Bolt is
 * accepting connections. SIGTERM runs a shutdown hook that shuts the DBMS down cleanly.
 */
public final class Launcher {

    static final String READY_MARKER = "NEO4J_READY";

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Launcher <neo4j-home-dir>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        String version = Version.getNeo4jVersion();

        final int port;
        final Duration txTimeout;
        final long txMemoryMax;
        final long txMemoryTotalMax;
        final long pageCache;
        try {
            port = parsePort(env("NEO4J_BOLT_PORT", "7687"));
            txTimeout = parseEnv("NEO4J_TX_TIMEOUT", "30s", SettingValueParsers.DURATION);
            txMemoryMax = parseEnv("NEO4J_TX_MEMORY_MAX", "256m", SettingValueParsers.BYTES);
            txMemoryTotalMax = parseEnv("NEO4J_TX_MEMORY_TOTAL_MAX", "512m", SettingValueParsers.BYTES);
            pageCache = parseEnv("NEO4J_PAGECACHE", "128m", SettingValueParsers.BYTES);
        } catch (RuntimeException e) {
            System.err.println("launcher: invalid configuration: " + e.getMessage());
            System.exit(2);
            return;
        }

        Map<Setting<?>, Object> config = new LinkedHashMap<>();
        // --- network: Bolt only, loopback only, no TLS; no HTTP/HTTPS, no routing connector
        config.put(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"));
        config.put(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"));
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        config.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        config.put(GraphDatabaseSettings.routing_enabled, false);
        // --- auth: disabled (loopback-only dev server). Drivers may still send basic auth; it is ignored.
        config.put(GraphDatabaseSettings.auth_enabled, false);
        config.put(GraphDatabaseSettings.initial_default_database, GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        // --- protective query limits
        config.put(GraphDatabaseSettings.forbid_exhaustive_shortestpath, true);
        config.put(GraphDatabaseSettings.transaction_timeout, txTimeout);
        config.put(GraphDatabaseSettings.memory_transaction_max_size, txMemoryMax);
        config.put(GraphDatabaseSettings.memory_transaction_global_max_size, txMemoryTotalMax);
        // --- sizing for a small (2-core) machine
        config.put(GraphDatabaseSettings.pagecache_memory, pageCache);
        config.put(BoltConnector.thread_pool_min_size, 2);
        config.put(BoltConnector.thread_pool_max_size, 64); // well above the app driver pool (NEO4J_MAX_POOL_SIZE, 10 by default)
        config.put(GraphDatabaseSettings.pagecache_warmup_enabled, false);
        config.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        config.put(GraphDatabaseSettings.keep_logical_logs, "1 days");
        // --- no phoning home (the machine has no internet access anyway)
        config.put(GraphDatabaseSettings.udc_enabled, false);
        // --- faster clean shutdown: Netty's default 5 s quiet period is paid once per Bolt connector
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1);

        log("starting Neo4j " + version + " (Community, embedded) home=" + home + " bolt=127.0.0.1:" + port
                + " java=" + System.getProperty("java.version")
                + " maxHeap=" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
        for (Map.Entry<Setting<?>, Object> e : config.entrySet()) {
            log("  " + e.getKey().name() + "=" + display(e.getValue()));
        }

        final DatabaseManagementService managementService;
        try {
            Files.createDirectories(home);
            managementService = new DatabaseManagementServiceBuilder(home)
                    .setConfig(config)
                    .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                    .build();
        } catch (Throwable t) {
            System.err.println("launcher: Neo4j failed to start: " + t);
            t.printStackTrace(System.err);
            System.err.flush();
            // Halt: a half-started DBMS may have left non-daemon threads behind.
            Runtime.getRuntime().halt(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutdown requested, stopping Neo4j ...");
            try {
                managementService.shutdown();
                log("Neo4j stopped cleanly");
            } catch (Throwable t) {
                System.err.println("launcher: error during shutdown: " + t);
                t.printStackTrace(System.err);
            } finally {
                System.out.flush();
                stopped.countDown();
            }
        }, "neo4j-launcher-shutdown"));

        try {
            GraphDatabaseService db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
                throw new IllegalStateException("database 'neo4j' not available after 60s");
            }
            String edition = db.executeTransactionally(
                    "CALL dbms.components() YIELD name, versions, edition RETURN edition, versions",
                    Map.of(),
                    r -> {
                        if (!r.hasNext()) {
                            return "unknown";
                        }
                        Map<String, Object> row = r.next();
                        return row.get("edition") + " " + row.get("versions");
                    });
            log("databases: " + String.join(", ", listDatabases(managementService)) + "; components: " + edition);
        } catch (Throwable t) {
            System.err.println("launcher: Neo4j started but the default database is not usable: " + t);
            t.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        // Machine-readable ready line; start.sh reads the version from it.
        log(READY_MARKER + " version=" + version + " uri=bolt://127.0.0.1:" + port);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> listDatabases(DatabaseManagementService managementService) {
        return managementService.listDatabases();
    }

    private static int parsePort(String value) {
        int p;
        try {
            p = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NEO4J_BOLT_PORT is not a number: '" + value + "'");
        }
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("NEO4J_BOLT_PORT out of range: " + p);
        }
        return p;
    }

    private static String display(Object value) {
        if (value instanceof Long bytes && bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + "m";
        }
        if (value instanceof Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
        }
        return String.valueOf(value);
    }

    private static <T> T parseEnv(String name, String dflt, SettingValueParser<T> parser) {
        String value = env(name, dflt);
        try {
            return parser.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    name + "='" + value + "' is invalid: expected " + parser.getDescription() + " (" + e.getMessage() + ")");
        }
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " [launcher] " + message);
        System.out.flush();
    }
}
