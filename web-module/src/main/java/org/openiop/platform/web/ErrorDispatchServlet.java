package org.openiop.platform.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.openiop.platform.rest.ErrorBody;

/**
 * Where every container error lands (web.xml maps them all here). Under /api the answer is JSON
 * ({@code {"error": ..., "detail": ...}}); elsewhere a friendly page in the site's layout. Nothing
 * reaches the browser but a status and a message: stack traces go to the server log, by type only.
 */
@WebServlet("/error/dispatch")
public class ErrorDispatchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code == null ? 500 : code;
        boolean expired = causedBy(error, ViewExpiredException.class);
        boolean databaseDown =
                !expired
                        && (DatabaseFaults.unreachable(error)
                                || request.getAttribute(DatabaseFaults.REQUEST_ATTRIBUTE) != null);
        if (expired) {
            status = HttpServletResponse.SC_BAD_REQUEST;
        } else if (causedBy(error, EJBAccessException.class)
                || causedBy(error, AccessLocalException.class)) {
            // A boundary refused the caller by role although the page let them in: the friendly
            // 403.
            status = HttpServletResponse.SC_FORBIDDEN;
        } else if (databaseDown) {
            if (error != null) {
                DatabaseFaults.logged(error);
            }
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } else if (error != null) {
            request.setAttribute("errorReference", ErrorLog.unexpected(error));
            status = 500;
        }
        response.setStatus(status);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", DatabaseFaults.RETRY_AFTER);
        }
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            writeJson(
                    response,
                    status,
                    databaseDown ? ErrorBody.DATABASE_UNAVAILABLE : ErrorBody.forStatus(status));
        } else {
            request.getRequestDispatcher(page(status, expired)).forward(request, response);
        }
    }

    static String page(int status, boolean expired) {
        if (expired) {
            return "/error/expired.xhtml";
        }
        return switch (status) {
            case 400 -> "/error/400.xhtml";
            case 403 -> "/error/403.xhtml";
            case 404 -> "/error/404.xhtml";
            case 503 -> "/error/503.xhtml";
            default -> "/error/500.xhtml";
        };
    }

    private static void writeJson(HttpServletResponse response, int status, ErrorBody body)
            throws IOException {
        if (status == 401) {
            response.setHeader("WWW-Authenticate", ErrorBody.BEARER_CHALLENGE);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.toJson());
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
