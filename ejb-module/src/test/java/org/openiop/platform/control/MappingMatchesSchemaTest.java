package org.openiop.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;

/**
 * Hibernate validates every entity in persistence.xml against the schema the migrations build, as
 * the server does at deployment, so a mapping mistake fails in seconds here rather than at deploy.
 */
class MappingMatchesSchemaTest {

    @Test
    void everyEntityMatchesTheMigratedSchemaAndEveryNamedQueryParses() throws Exception {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:mapping;DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(ds, false, Instant.EPOCH);
        List<String> entities = entitiesInPersistenceXml();
        assertFalse(entities.isEmpty());
        var registry =
                new StandardServiceRegistryBuilder()
                        .applySetting("hibernate.connection.datasource", ds)
                        .applySetting("hibernate.hbm2ddl.auto", "validate")
                        .applySetting("hibernate.jdbc.time_zone", "UTC")
                        .applySetting("openiop.demo-data", "true")
                        .build();
        try {
            var sources = new MetadataSources(registry);
            for (String entity : entities) {
                sources.addAnnotatedClass(Class.forName(entity));
            }
            // Building the factory runs schema validation and compiles every named query.
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static List<String> entitiesInPersistenceXml() throws IOException {
        try (InputStream in =
                MappingMatchesSchemaTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
            List<String> out = new ArrayList<>();
            while (m.find()) {
                out.add(m.group(1).strip());
            }
            return out;
        }
    }
}
