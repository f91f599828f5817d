package org.openiop.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /signout} asks before it does anything: it shows the sign-out page, whose form posts
 * to {@link SignOut}. A GET changes nothing, so a link or an image on another site cannot sign
 * anyone out. Any other method gets 405.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    static final String CONFIRM_PAGE = "/signout.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher(CONFIRM_PAGE).forward(request, response);
    }
}
