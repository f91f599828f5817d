package org.openiop.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form post that a client can make fail at will, a stale or forged view state or a made-up
 * PrimeFaces CSP nonce, is the client's fault: 400 with the friendly page in the site's layout (the
 * session-expired page for a stale view), and at most one short log line a minute with a count,
 * never a stack trace. Without this, each such post logged a full stack trace (a scanner's few
 * hundred forms wrote thousands) and a forged nonce ended in a 500, because the error page itself
 * tripped over the same nonce. OpenIOP's own faults still reach the error page and the log.
 */
public class ClientFaultFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(ClientFaultFilter.class.getName());
    private static final String NONCE = "primefaces.nonce";
    private static final AtomicLong WINDOW = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } catch (ServletException | RuntimeException e) {
            boolean expired = causedBy(e, ViewExpiredException.class);
            if (!(expired || causedBy(e, CspException.class)) || res.isCommitted()) {
                throw e;
            }
            note(expired ? "a stale view state" : "a forged CSP nonce");
            HttpServletResponse response = (HttpServletResponse) res;
            response.reset();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            req.getRequestDispatcher(expired ? "/error/expired.xhtml" : "/error/400.xhtml")
                    .forward(new WithoutFormState((HttpServletRequest) req), response);
        }
    }

    /** One line a minute at most, with how many were refused since the last one. */
    private static void note(String what) {
        long minute = System.currentTimeMillis() / 60_000;
        long count = REFUSED.incrementAndGet();
        long previous = WINDOW.get();
        if (previous != minute && WINDOW.compareAndSet(previous, minute)) {
            REFUSED.set(0);
            LOG.info(
                    () ->
                            "Refused a form post with "
                                    + what
                                    + " (400); "
                                    + count
                                    + " such posts refused since the last note");
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The refused request as the error page sees it: no nonce and no view state, so that the page
     * renders fresh instead of failing on the same forged values.
     */
    private static final class WithoutFormState extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithoutFormState(HttpServletRequest request) {
            super(request);
            Map<String, String[]> kept = new HashMap<>(request.getParameterMap());
            kept.remove(NONCE);
            kept.remove("jakarta.faces.ViewState");
            kept.remove("jakarta.faces.partial.ajax");
            this.parameters = Collections.unmodifiableMap(kept);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
