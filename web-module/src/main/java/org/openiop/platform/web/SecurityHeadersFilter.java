package org.openiop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Applies {@link SecurityHeaders} to every request, forward and error page, and makes PrimeFaces'
 * nonce-bearing Content-Security-Policy replace the default instead of adding a second one, which
 * browsers would enforce together. Mapped in web.xml, first, for requests, forwards and error
 * pages.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        chain.doFilter(request, new SingleCspResponse(response));
    }

    /** Turns any later "add" of the CSP header into a replacement. */
    static final class SingleCspResponse extends HttpServletResponseWrapper {

        SingleCspResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
