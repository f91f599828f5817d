package org.openiop.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * While the database is out of reach every request makes Payara, Hibernate and the EJB container
 * log about eight records, three with a full stack trace: thousands of lines a minute, burying
 * whatever else happens. These loggers get a filter that holds such records back ({@link
 * DatabaseFaults#heldBack}); {@link DatabaseFaults} notes the outage once a minute instead, with
 * how many were held back. Any other record passes as it is.
 */
@WebListener
public class DatabaseOutageLogging implements ServletContextListener {

    /** Where the records come from, as the server log names them. */
    static final List<String> LOGGERS =
            List.of(
                    "jakarta.enterprise.web",
                    "jakarta.enterprise.ejb.container",
                    "javax.enterprise.resource.jta.com.sun.enterprise.transaction",
                    "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors",
                    "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource",
                    "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator",
                    "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.pool",
                    "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.rm",
                    "javax.enterprise.resource.resourceadapter.com.sun.gjc.spi",
                    "javax.enterprise.resource.resourceadapter.com.sun.gjc.spi.jdbc40",
                    "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                    "org.hibernate.event.internal.DefaultLoadEventListener");

    /** Held so that the filters stay: JUL keeps loggers only weakly. */
    private static final List<Logger> HELD = LOGGERS.stream().map(Logger::getLogger).toList();

    private record Installed(Logger logger, Filter before, Filter ours) {}

    private final List<Installed> installed = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        for (Logger logger : HELD) {
            Filter before = logger.getFilter();
            Filter ours =
                    record ->
                            !DatabaseFaults.heldBack(record)
                                    && (before == null || before.isLoggable(record));
            logger.setFilter(ours);
            installed.add(new Installed(logger, before, ours));
        }
    }

    /** The loggers are the server's: on undeploy they get back what they had, unless changed. */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Installed i : installed) {
            if (i.logger().getFilter() == i.ours()) {
                i.logger().setFilter(i.before());
            }
        }
        installed.clear();
    }
}
