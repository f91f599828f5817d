package org.openiop.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorDispatchServletTest {

    @Test
    void eachErrorHasItsFriendlyPage() {
        assertEquals("/error/403.xhtml", ErrorDispatchServlet.page(403, false));
        assertEquals("/error/404.xhtml", ErrorDispatchServlet.page(404, false));
        assertEquals("/error/500.xhtml", ErrorDispatchServlet.page(500, false));
        assertEquals("/error/503.xhtml", ErrorDispatchServlet.page(503, false));
        assertEquals("/error/500.xhtml", ErrorDispatchServlet.page(405, false));
        assertEquals("/error/expired.xhtml", ErrorDispatchServlet.page(400, true));
    }
}
