package org.openiop.join.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.openiop.join.boundary.Joins;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.security.web.SignedInUser;

/**
 * {@code /portal/join/{ticket}}: uses a join ticket and sends the browser on to the vendor's room.
 * The answer is never cached and sends no referrer, so neither the ticket nor our address travels
 * on. A used or expired ticket, or a vendor that fails, brings the participant back to My sessions
 * with a plain message; nothing is shown of why beyond what they can act on.
 */
@WebServlet("/portal/join/*")
public class JoinTicketServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB transient Joins joins;

    @Inject transient SignedInUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getPathInfo();
        String ticket = path == null ? "" : path.substring(1);
        URI vendor;
        try {
            vendor = joins.redeem(ticket, user.actor());
        } catch (RequestRefused e) {
            String problem = "video-unavailable".equals(e.code()) ? "video" : "ticket";
            response.sendRedirect(request.getContextPath() + "/portal/index.xhtml?join=" + problem);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", vendor.toString());
    }
}
