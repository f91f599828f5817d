package org.openiop.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.openiop.platform.control.SchemaMigrations;

/** Ready when jdbc/openiop answers and the start-up migrations ran; reports the schema version. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/openiop")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("database");
        var migrations = SchemaMigrations.lastRun();
        migrations.ifPresent(
                m ->
                        answer.withData("schemaVersion", m.schemaVersion())
                                .withData("migrationsAppliedAtStart", m.appliedAtStart())
                                .withData("database", m.database()));
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return answer.down()
                        .withData("reason", "jdbc/openiop did not answer within 2 seconds")
                        .build();
            }
        } catch (SQLException e) {
            return answer.down()
                    .withData(
                            "reason",
                            "Cannot connect to jdbc/openiop (SQLState " + e.getSQLState() + ")")
                    .build();
        }
        if (migrations.isEmpty()) {
            return answer.down().withData("reason", "Schema migrations have not run yet").build();
        }
        return answer.up().build();
    }
}
