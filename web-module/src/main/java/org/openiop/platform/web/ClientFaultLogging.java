package org.openiop.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps client faults out of the server log where Payara itself logs them with a stack trace; a
 * client can cause these at will, so they could otherwise fill the log. The caller already gets the
 * right answer in the error shape (401, 403); OpenIOP's own faults are still logged in full.
 *
 * <ul>
 *   <li>The EJB container logs a boundary's refusal of a caller's roles (an EJB access exception)
 *       at WARNING with a full trace: those records are replaced by one short line a minute at
 *       most, counting them. Any other record of the container passes as it is.
 *   <li>Faces logs a forged PrimeFaces CSP nonce or an expired view at SEVERE with a full trace
 *       when it meets them while rendering; {@link ClientFaultFilter} answers those posts 400 and
 *       notes them itself, a line a minute at most, so the Faces record is dropped.
 * </ul>
 */
@WebListener
public class ClientFaultLogging implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ClientFaultLogging.class.getName());

    /** Held so that what is set on them stays: JUL keeps loggers only weakly. */
    private static final Logger EJB_CONTAINER =
            Logger.getLogger("jakarta.enterprise.ejb.container");

    private static final Logger FACES_CONTEXT =
            Logger.getLogger("jakarta.enterprise.resource.webcontainer.faces.context");

    private static final AtomicLong WINDOW = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    /** Boundary methods that have refused a caller once already: later refusals are counted. */
    private static final Set<String> REFUSING = ConcurrentHashMap.newKeySet();

    private Filter ejbBefore;
    private Filter ejbOurs;
    private Filter facesBefore;
    private Filter facesOurs;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Filter ejb = EJB_CONTAINER.getFilter();
        ejbBefore = ejb;
        ejbOurs = record -> !refusedCaller(record) && (ejb == null || ejb.isLoggable(record));
        EJB_CONTAINER.setFilter(ejbOurs);
        Filter faces = FACES_CONTEXT.getFilter();
        facesBefore = faces;
        facesOurs = record -> !forgedOrStale(record) && (faces == null || faces.isLoggable(record));
        FACES_CONTEXT.setFilter(facesOurs);
    }

    /**
     * The loggers are the server's: on undeploy they get back what they had, unless someone set
     * another filter since.
     */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (EJB_CONTAINER.getFilter() == ejbOurs) {
            EJB_CONTAINER.setFilter(ejbBefore);
        }
        if (FACES_CONTEXT.getFilter() == facesOurs) {
            FACES_CONTEXT.setFilter(facesBefore);
        }
    }

    /**
     * A forged CSP nonce or an expired view: the post's fault, answered 400 by ClientFaultFilter.
     */
    static boolean forgedOrStale(LogRecord record) {
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.equals("org.primefaces.csp.CspException")
                    || type.equals("jakarta.faces.application.ViewExpiredException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * A role refusal: instead of its stack trace, one warning line the first time a boundary method
     * refuses anyone (so that a refusal OpenIOP causes itself, one boundary calling another without
     * the role, is seen and named), then only counted, in a line a minute.
     */
    static boolean refusedCaller(LogRecord record) {
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException) {
                String where = boundaryMethod(t);
                if (REFUSING.add(where)) {
                    LOG.warning(
                            "A boundary refused a caller's roles at "
                                    + where
                                    + " (answered 403); later refusals there are only counted.");
                    return true;
                }
                REFUSED.incrementAndGet();
                long minute = System.currentTimeMillis() / 60_000;
                long last = WINDOW.get();
                if (last != minute && WINDOW.compareAndSet(last, minute)) {
                    LOG.info(
                            "Boundaries refused callers' roles "
                                    + REFUSED.getAndSet(0)
                                    + " time(s) since the last note (answered 403).");
                }
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The refused OpenIOP boundary method, as Bean.method, from the refusal's stack. */
    static String boundaryMethod(Throwable refusal) {
        for (StackTraceElement frame : refusal.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.openiop.") && type.contains(".boundary.")) {
                String bean =
                        type.substring(type.lastIndexOf('.') + 1)
                                .replace("__EJB31_Generated__", "");
                int cut = bean.indexOf("__");
                return (cut > 0 ? bean.substring(0, cut) : bean) + "." + frame.getMethodName();
            }
        }
        return "an unnamed boundary";
    }
}
