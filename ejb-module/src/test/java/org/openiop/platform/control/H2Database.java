package org.openiop.platform.control;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The real schema (the migrations) in an in-memory H2 database, with every entity of
 * persistence.xml mapped onto it, for tests of boundaries and controls that query. Each test class
 * takes its own database by name; close it when done.
 */
public final class H2Database implements AutoCloseable {

    private final StandardServiceRegistry registry;
    private final SessionFactory factory;

    public H2Database(String name) throws ClassNotFoundException, IOException {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        SchemaMigrationsAccess.migrate(ds);
        registry =
                new StandardServiceRegistryBuilder()
                        .applySetting("hibernate.connection.datasource", ds)
                        .applySetting("hibernate.hbm2ddl.auto", "validate")
                        .applySetting("hibernate.jdbc.time_zone", "UTC")
                        .applySetting("openiop.demo-data", "false")
                        .build();
        var sources = new MetadataSources(registry);
        for (String entity : entitiesInPersistenceXml()) {
            sources.addAnnotatedClass(Class.forName(entity));
        }
        factory = sources.buildMetadata().buildSessionFactory();
    }

    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    @Override
    public void close() {
        factory.close();
        StandardServiceRegistryBuilder.destroy(registry);
    }

    private static List<String> entitiesInPersistenceXml() throws IOException {
        try (InputStream in = H2Database.class.getResourceAsStream("/META-INF/persistence.xml")) {
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
