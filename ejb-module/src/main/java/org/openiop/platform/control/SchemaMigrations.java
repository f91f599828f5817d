package org.openiop.platform.control;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Brings the schema up to date with Flyway while Hibernate builds the persistence unit, before it
 * validates the mapping. Running here rather than in a start-up bean matters: the container builds
 * the persistence unit first, and validation against an empty database would fail the deployment.
 * Flyway takes a database lock, so instances starting together migrate once.
 */
public class SchemaMigrations implements Integrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
    private static volatile MigrationReport lastRun;
    private static final Instant JVM_STARTED =
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    @Override
    public void integrate(
            Metadata metadata,
            BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        DataSource dataSource =
                sessionFactory
                        .getServiceRegistry()
                        .requireService(ConnectionProvider.class)
                        .unwrap(DataSource.class);
        // A Hibernate setting wins over MicroProfile Config, so the mapping test can build a
        // factory without a container.
        Object setting = sessionFactory.getProperties().get("openiop.demo-data");
        boolean demoData =
                setting != null
                        ? Boolean.parseBoolean(setting.toString())
                        : ConfigProvider.getConfig()
                                .getOptionalValue("openiop.demo-data", Boolean.class)
                                .orElse(false);
        DataSource owner = schemaOwner().orElse(dataSource);
        lastRun = migrate(owner, demoData, JVM_STARTED);
        if (owner != dataSource) {
            try {
                DatabaseGrants.grant(owner, dataSource);
            } catch (SQLException e) {
                // Deploying with rights nobody meant is worse than not deploying.
                throw new IllegalStateException(
                        "Could not set the application's database rights (SQLState "
                                + e.getSQLState()
                                + "): "
                                + e.getMessage(),
                        e);
            }
        }
    }

    /**
     * The schema owner's data source, when the deployment has one ({@code jdbc/openiop-schema}):
     * migrations run as the owner, and the application's own role gets only the rights {@link
     * DatabaseGrants} gives it. Without it, both are the application's data source (H2, the quick
     * start).
     */
    private static Optional<DataSource> schemaOwner() {
        try {
            String name =
                    ConfigProvider.getConfig()
                            .getOptionalValue("openiop.db.schema-datasource", String.class)
                            .orElse("jdbc/openiop-schema");
            return Optional.of((DataSource) new InitialContext().lookup(name));
        } catch (NamingException | ClassCastException | IllegalStateException e) {
            return Optional.empty(); // no such resource, or no container at all (the mapping test)
        }
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory,
            SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release: Flyway holds no resources after migrate()
    }

    static MigrationReport migrate(DataSource dataSource, boolean demoData, Instant started) {
        return migrate(dataSource, demoData, started, thisProcess());
    }

    /**
     * This server process as Flyway's history records who applied a migration (pid@host): in a
     * cluster every node starts before the first migration, so only this name tells which node
     * applied it.
     */
    static String thisProcess() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    static MigrationReport migrate(
            DataSource dataSource, boolean demoData, Instant started, String process) {
        String[] locations =
                demoData
                        ? new String[] {"classpath:db/migration", "classpath:db/demo"}
                        : new String[] {"classpath:db/migration"};
        Flyway flyway =
                Flyway.configure(SchemaMigrations.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(locations)
                        .validateMigrationNaming(true)
                        .installedBy(process)
                        .load();
        flyway.migrate();
        MigrationInfoService info = flyway.info();
        String version = info.current() == null ? "none" : info.current().getVersion().getVersion();
        MigrationReport report =
                new MigrationReport(
                        appliedSince(info, started, process), version, productName(dataSource));
        LOG.info(
                () ->
                        "Schema at version "
                                + report.schemaVersion()
                                + "; migrations applied at this start: "
                                + report.appliedAtStart()
                                + (demoData ? " (demo data on)" : ""));
        return report;
    }

    /**
     * Counted from Flyway's history rather than from this call's result: Payara Server may build an
     * EAR's persistence unit twice while deploying, and the second build finds nothing to do. Only
     * this process's: another node of a cluster may have applied them since this one started.
     */
    static int appliedSince(MigrationInfoService info, Instant since, String process) {
        return (int)
                Arrays.stream(info.applied())
                        .filter(m -> m.getState().isApplied() && m.getInstalledOn() != null)
                        .filter(m -> !m.getInstalledOn().toInstant().isBefore(since))
                        .filter(m -> process.equals(m.getInstalledBy()))
                        .count();
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "unknown (SQLState " + e.getSQLState() + ")";
        }
    }

    /**
     * What the last start-up migration did, for readiness; empty before the persistence unit is
     * built.
     */
    public static Optional<MigrationReport> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /**
     * @param appliedAtStart migrations applied since this server process started; 0 on every start
     *     after the first
     * @param database the database product, such as H2 or PostgreSQL
     */
    public record MigrationReport(int appliedAtStart, String schemaVersion, String database) {}
}
